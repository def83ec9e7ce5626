import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const FOOTER_LINKS = [
  { href: "/privacy", label: "footerPrivacy" },
  { href: "/accessibility", label: "footerAccessibility" },
  { href: "/host-terms", label: "footerHostTerms" },
  { href: "/api-docs", label: "footerApi" },
] as const;

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600">
        <p>{t("footer")}</p>
        <nav aria-label={t("footerLegal")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="underline">
                  {t(link.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-slate-600">
        <p>{t("footer")}</p>
        <Link href="/api-docs" className="underline">
          {t("footerApi")}
        </Link>
      </div>
    </footer>
  );
}

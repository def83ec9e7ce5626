import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu, type UserMenuLabels } from "./user-menu";

/** The same for every visitor (so pages can be cached); the signed-in menu is a client island. */
export async function SiteHeader() {
  const t = await getTranslations("common");
  const keys = [
    "navApplications",
    "navSaved",
    "navProfile",
    "navApprovals",
    "navRecords",
    "navStatistics",
    "navOfficeSettings",
    "navInstitutions",
    "navHosts",
    "navAudit",
    "navPublicStats",
    "dashboard",
    "navAccount",
    "signOut",
    "signIn",
    "register",
    "loadingAccount",
  ] as const;
  const text = Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>;
  const { loadingAccount, ...rest } = text;
  // The name is filled in on the client: the placeholder is kept.
  const labels: UserMenuLabels = { ...rest, loading: loadingAccount, signedInAs: t("signedInAs", { name: "{name}" }) };
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* Wraps on a phone; at 1280 px even the longest (Danish) menu keeps to one row beside the name. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full bg-brand-700 ring-4 ring-gold-400" />
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm font-medium xl:gap-x-4">
          <Link className="text-slate-800 hover:text-brand-700" href="/offers">
            {t("findOffers")}
          </Link>
          <UserMenu labels={labels} />
          <LanguageSwitcher label={t("language")} />
        </nav>
      </div>
    </header>
  );
}

import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/session";
import { ROLE_HOME } from "@/lib/server/auth/policy";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full bg-brand-700 ring-4 ring-gold-400" />
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-4 text-sm font-medium">
          <Link className="text-slate-800 hover:text-brand-700" href="/offers">
            {t("findOffers")}
          </Link>
          {user?.role === "STUDENT" && (
            <>
              <Link className="text-slate-800 hover:text-brand-700" href="/student/applications">
                {t("navApplications")}
              </Link>
              <Link className="text-slate-800 hover:text-brand-700" href="/student/saved">
                {t("navSaved")}
              </Link>
              <Link className="text-slate-800 hover:text-brand-700" href="/student/profile">
                {t("navProfile")}
              </Link>
            </>
          )}
          {user?.role === "OFFICE" && (
            <>
              <NavLink href="/office/placements">{t("navApprovals")}</NavLink>
              <NavLink href="/office/records">{t("navRecords")}</NavLink>
              <NavLink href="/office/statistics">{t("navStatistics")}</NavLink>
              <NavLink href="/office/settings">{t("navOfficeSettings")}</NavLink>
            </>
          )}
          {user?.role === "ADMIN" && (
            <>
              <NavLink href="/admin/institutions">{t("navInstitutions")}</NavLink>
              <NavLink href="/admin/hosts">{t("navHosts")}</NavLink>
              <NavLink href="/admin/audit">{t("navAudit")}</NavLink>
              <NavLink href="/admin/statistics">{t("navStatistics")}</NavLink>
            </>
          )}
          {(!user || user.role === "STUDENT" || user.role === "COMPANY") && <NavLink href="/stats">{t("navPublicStats")}</NavLink>}
          {user ? (
            <>
              <Link className="text-slate-800 hover:text-brand-700" href={ROLE_HOME[user.role]}>
                {t("dashboard")}
              </Link>
              <span className="text-slate-600">{t("signedInAs", { name: user.name })}</span>
              <NavLink href="/account">{t("navAccount")}</NavLink>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link className="text-slate-800 hover:text-brand-700" href="/sign-in">
                {t("signIn")}
              </Link>
              <Link className="rounded-md bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800" href="/register">
                {t("register")}
              </Link>
            </>
          )}
          <LanguageSwitcher label={t("language")} />
        </nav>
      </div>
    </header>
  );
}

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link className="text-slate-800 hover:text-brand-700" href={href}>
      {children}
    </Link>
  );
}

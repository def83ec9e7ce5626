"use client";
import { Link } from "@/i18n/navigation";
import type { Role } from "@/lib/auth/permissions";
import { useSession } from "./session-context";
import { SignOutButton } from "./sign-out-button";

export type UserMenuLabels = {
  navApplications: string;
  navSaved: string;
  navProfile: string;
  navApprovals: string;
  navRecords: string;
  navStatistics: string;
  navOfficeSettings: string;
  navInstitutions: string;
  navHosts: string;
  navAudit: string;
  navPublicStats: string;
  dashboard: string;
  /** "Signed in as {name}", the placeholder left in. */
  signedInAs: string;
  navAccount: string;
  signOut: string;
  signIn: string;
  register: string;
  loading: string;
};

const LINK = "text-slate-800 hover:text-brand-700";

const ROLE_LINKS: Record<Role, [href: string, label: keyof UserMenuLabels][]> = {
  STUDENT: [
    ["/student/applications", "navApplications"],
    ["/student/saved", "navSaved"],
    ["/student/profile", "navProfile"],
    ["/stats", "navPublicStats"],
  ],
  COMPANY: [["/stats", "navPublicStats"]],
  OFFICE: [
    ["/office/placements", "navApprovals"],
    ["/office/records", "navRecords"],
    ["/office/statistics", "navStatistics"],
    ["/office/settings", "navOfficeSettings"],
  ],
  ADMIN: [
    ["/admin/institutions", "navInstitutions"],
    ["/admin/hosts", "navHosts"],
    ["/admin/audit", "navAudit"],
    ["/admin/statistics", "navStatistics"],
  ],
};

function SignedOut({ labels }: { labels: UserMenuLabels }) {
  return (
    <>
      <Link className={LINK} href="/stats">
        {labels.navPublicStats}
      </Link>
      <Link className={LINK} href="/sign-in">
        {labels.signIn}
      </Link>
      <Link className="rounded-md bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800" href="/register">
        {labels.register}
      </Link>
    </>
  );
}

/**
 * The header's personal part, filled in after load so the page around it can be cached. Until
 * the answer comes, an invisible signed-out menu keeps its place (no layout shift for the many
 * visitors who are signed out); without JavaScript the signed-out links show.
 */
export function UserMenu({ labels }: { labels: UserMenuLabels }) {
  const user = useSession();
  if (user === undefined) {
    return (
      <span className="contents" aria-busy="true">
        <span className="sr-only">{labels.loading}</span>
        <span className="invisible flex items-center gap-4" aria-hidden="true" inert>
          <SignedOut labels={labels} />
        </span>
        <noscript>
          <span className="flex items-center gap-4">
            <SignedOut labels={labels} />
          </span>
        </noscript>
      </span>
    );
  }
  if (user === null) return <SignedOut labels={labels} />;
  return (
    <>
      {ROLE_LINKS[user.role].map(([href, label]) => (
        <Link key={href} className={LINK} href={href}>
          {labels[label]}
        </Link>
      ))}
      <Link className={LINK} href={user.home}>
        {labels.dashboard}
      </Link>
      {/* Shown where the row has room; read out everywhere (the account page names the user too). */}
      <span className="sr-only text-slate-600 2xl:not-sr-only" data-testid="signed-in-as">
        {labels.signedInAs.replace("{name}", user.name)}
      </span>
      <Link className={LINK} href="/account">
        {labels.navAccount}
      </Link>
      <SignOutButton label={labels.signOut} />
    </>
  );
}

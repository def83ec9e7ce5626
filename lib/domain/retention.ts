// Storage limitation (GDPR Art. 5(1)(e)): what the daily retention pass removes. Not an Erasmus+
// rule, but a pure rule like auth-token.ts and passwords.ts, so it lives beside them; the
// service (lib/server/services/retention/service.ts) reads candidate rows, asks these predicates, and
// deletes with compare-and-set statements. Nothing here touches the mobility record: a CV of an
// application that led to a placement, and any account with applications, is never due.
import type { ApplicationState, PlacementState } from "./placement-lifecycle";
import { daysInMonth } from "./dates";

const DAY_MS = 86_400_000;

export type RetentionSettings = {
  /** CVs of applications without a placement: months after the offer closed (RETENTION_CV_MONTHS). */
  readonly cvMonths: number;
  /** Self-registered accounts that never confirmed their address, with nothing attached: days after registration. */
  readonly unverifiedAccountDays: number;
  /**
   * Single-use links: days after they expired. Until then a late click still says "this link
   * has expired" (lib/domain/auth-token.ts tokenState) instead of "this link is not valid".
   */
  readonly authTokenGraceDays: number;
  /**
   * Throttle counters: days since their last hit. The longest any throttle remembers is a day
   * (an account's sign-in failures, lib/server/security/throttle.ts); twice that is safely over.
   */
  readonly throttleIdleDays: number;
};

export const RETENTION_DEFAULTS: RetentionSettings = { cvMonths: 12, unverifiedAccountDays: 30, authTokenGraceDays: 7, throttleIdleDays: 2 };

/** `at` moved back by whole calendar months in UTC; the 31st becomes the month's last day. */
export function monthsBefore(at: Date, months: number): Date {
  const total = at.getUTCFullYear() * 12 + at.getUTCMonth() - months;
  const y = Math.floor(total / 12);
  const m = total - y * 12; // 0–11
  const d = Math.min(at.getUTCDate(), daysInMonth(y, m + 1));
  return new Date(Date.UTC(y, m, d, at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()));
}

export type RetentionCutoffs = {
  /** A CV is due when its offer closed at or before this moment. */
  readonly offerClosedBy: Date;
  readonly accountCreatedBy: Date;
  readonly tokenExpiredBy: Date;
  readonly throttleIdleSince: Date;
};

export function retentionCutoffs(now: Date, settings: RetentionSettings = RETENTION_DEFAULTS): RetentionCutoffs {
  return {
    offerClosedBy: monthsBefore(now, settings.cvMonths),
    accountCreatedBy: new Date(now.getTime() - settings.unverifiedAccountDays * DAY_MS),
    tokenExpiredBy: new Date(now.getTime() - settings.authTokenGraceDays * DAY_MS),
    throttleIdleSince: new Date(now.getTime() - settings.throttleIdleDays * DAY_MS),
  };
}

export type OfferClosing = { status: "DRAFT" | "PUBLISHED" | "CLOSED"; applicationDeadline: Date; updatedAt: Date };

/**
 * When an offer closed to applicants: its application deadline, or — when the host closed it
 * earlier — the moment it was closed. The schema keeps no "closed at", so a CLOSED offer's
 * `updatedAt` stands for it: a closed offer is not edited, and any later write only moves that
 * date later, which keeps CVs longer, never shorter.
 */
export function offerClosedAt(offer: OfferClosing): Date {
  const deadline = offer.applicationDeadline;
  if (offer.status !== "CLOSED") return deadline;
  return offer.updatedAt < deadline ? offer.updatedAt : deadline;
}

export type CvCandidate = {
  status: ApplicationState;
  /** The current proposal's status; null when the host never accepted. */
  placement: PlacementState | null;
  cvFile: string | null;
  offer: OfferClosing;
};

/**
 * Whether the application led to a placement, whose file the mobility record may need: it is
 * ACCEPTED (a proposal is under way or approved), or its placement was approved and later
 * cancelled (CANCELLED is only reached from APPROVED). A proposal the office refused and the host
 * then released (application REJECTED, placement REJECTED) never became a placement.
 */
export function ledToPlacement(application: Pick<CvCandidate, "status" | "placement">): boolean {
  return application.status === "ACCEPTED" || application.placement === "APPROVED" || application.placement === "CANCELLED";
}

/**
 * An application's CV is due when the application did not lead to a placement — it was rejected,
 * withdrawn, or never decided (SUBMITTED, SHORTLISTED) — and its offer closed `cvMonths` ago.
 */
export function isCvDue(application: CvCandidate, cutoffs: RetentionCutoffs): boolean {
  if (!application.cvFile || ledToPlacement(application)) return false;
  return offerClosedAt(application.offer) <= cutoffs.offerClosedBy;
}

/**
 * A stored CV file may go when no profile names it and every application naming it is due (an
 * application normally holds its own copy; older ones may share the profile's file).
 */
export function isCvFileRemovable(applications: readonly CvCandidate[], profilesNamingIt: number, cutoffs: RetentionCutoffs): boolean {
  return profilesNamingIt === 0 && applications.length > 0 && applications.every((a) => isCvDue(a, cutoffs));
}

/** Roles anyone can register for themselves (lib/server/services/users.ts registerUser); others are provisioned. */
export const SELF_REGISTERED_ROLES = ["STUDENT", "COMPANY"] as const;

export type AccountCandidate = {
  role: string;
  emailVerifiedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  /** Applications of its participant profile. */
  applications: number;
  /** Messages it wrote in application threads. */
  messages: number;
  /** A company account that has described its organisation. */
  hostOrganisationId: string | null;
};

export type AccountVerdict = "not-due" | "remove" | "keep-referenced";

/**
 * An unverified self-registered account is removed `unverifiedAccountDays` after registration
 * when nothing else needs it: no applications, no messages, no host organisation (which may hold
 * offers and other members: removing organisations is the administrator's decision). Such an
 * account is kept and counted, never half-deleted. Its own profile (and CV), saved offers and
 * searches, tokens and linked identities go with it.
 */
export function accountVerdict(account: AccountCandidate, cutoffs: RetentionCutoffs): AccountVerdict {
  if (account.emailVerifiedAt || account.deletedAt) return "not-due";
  if (!(SELF_REGISTERED_ROLES as readonly string[]).includes(account.role)) return "not-due";
  if (account.createdAt > cutoffs.accountCreatedBy) return "not-due";
  if (account.applications > 0 || account.messages > 0 || account.hostOrganisationId) return "keep-referenced";
  return "remove";
}

/** A single-use link is due once it has been expired for the grace period (used ones expire too). */
export function isAuthTokenDue(token: { expiresAt: Date }, cutoffs: RetentionCutoffs): boolean {
  return token.expiresAt <= cutoffs.tokenExpiredBy;
}

/** A throttle counter is due when it has not been hit for the idle period and holds no lock still running. */
export function isThrottleCounterDue(counter: { lastHitAt: Date; lockedUntil: Date | null }, now: Date, cutoffs: RetentionCutoffs): boolean {
  if (counter.lockedUntil && counter.lockedUntil > now) return false;
  return counter.lastHitAt <= cutoffs.throttleIdleSince;
}

/** What one pass removed (and kept), in numbers only: the summary never names a person or a file. */
export type RetentionCounts = {
  cvs: number;
  cvFailures: number;
  accounts: number;
  accountsKept: number;
  authTokens: number;
  throttleCounters: number;
  dataExports: number;
};

export const EMPTY_RETENTION_COUNTS: RetentionCounts = {
  cvs: 0,
  cvFailures: 0,
  accounts: 0,
  accountsKept: 0,
  authTokens: 0,
  throttleCounters: 0,
  dataExports: 0,
};

import { describe, expect, it } from "vitest";
import {
  RETENTION_DEFAULTS,
  type AccountCandidate,
  type CvCandidate,
  accountVerdict,
  isAuthTokenDue,
  isCvDue,
  isCvFileRemovable,
  isThrottleCounterDue,
  ledToPlacement,
  monthsBefore,
  offerClosedAt,
  retentionCutoffs,
} from "@/lib/domain/retention";

const at = (iso: string) => new Date(iso);
const NOW = at("2026-12-07T03:00:00Z");
const cutoffs = retentionCutoffs(NOW);

describe("monthsBefore", () => {
  it.each([
    ["2026-12-07T03:00:00Z", 12, "2025-12-07T03:00:00.000Z"],
    ["2026-03-31T10:00:00Z", 1, "2026-02-28T10:00:00.000Z"],
    ["2028-03-31T00:00:00Z", 1, "2028-02-29T00:00:00.000Z"],
    ["2026-01-15T00:00:00Z", 1, "2025-12-15T00:00:00.000Z"],
    ["2026-05-15T00:00:00Z", 0, "2026-05-15T00:00:00.000Z"],
    ["2026-05-15T00:00:00Z", 25, "2024-04-15T00:00:00.000Z"],
  ])("%s minus %i months is %s", (from, months, expected) => {
    expect(monthsBefore(at(from), months).toISOString()).toBe(expected);
  });
});

describe("retentionCutoffs", () => {
  it("applies the defaults: 12 months, 30 days, 7 days, 2 days", () => {
    expect(RETENTION_DEFAULTS).toEqual({ cvMonths: 12, unverifiedAccountDays: 30, authTokenGraceDays: 7, throttleIdleDays: 2 });
    expect(cutoffs.offerClosedBy.toISOString()).toBe("2025-12-07T03:00:00.000Z");
    expect(cutoffs.accountCreatedBy.toISOString()).toBe("2026-11-07T03:00:00.000Z");
    expect(cutoffs.tokenExpiredBy.toISOString()).toBe("2026-11-30T03:00:00.000Z");
    expect(cutoffs.throttleIdleSince.toISOString()).toBe("2026-12-05T03:00:00.000Z");
  });

  it("takes the CV months from the settings", () => {
    expect(retentionCutoffs(NOW, { ...RETENTION_DEFAULTS, cvMonths: 6 }).offerClosedBy.toISOString()).toBe("2026-06-07T03:00:00.000Z");
  });
});

describe("offerClosedAt", () => {
  const deadline = at("2025-06-30T00:00:00Z");
  it.each([
    ["a published offer closes at its deadline", "PUBLISHED", "2025-03-01T00:00:00Z", deadline],
    ["a closed offer closed before its deadline: when it was closed", "CLOSED", "2025-04-02T09:00:00Z", at("2025-04-02T09:00:00Z")],
    ["a closed offer written after its deadline: still the deadline", "CLOSED", "2025-09-01T00:00:00Z", deadline],
    ["a draft: its deadline", "DRAFT", "2025-01-01T00:00:00Z", deadline],
  ] as const)("%s", (_, status, updatedAt, expected) => {
    expect(offerClosedAt({ status, applicationDeadline: deadline, updatedAt: at(updatedAt) })).toEqual(expected);
  });
});

describe("CVs of applications without a placement", () => {
  const closedLongAgo = { status: "CLOSED", applicationDeadline: at("2025-06-30T00:00:00Z"), updatedAt: at("2025-07-01T00:00:00Z") } as const;
  const app = (over: Partial<CvCandidate>): CvCandidate => ({ status: "REJECTED", placement: null, cvFile: "cv-a.pdf", offer: closedLongAgo, ...over });

  it.each<[string, Partial<CvCandidate>, boolean]>([
    ["rejected, offer closed 17 months ago", {}, true],
    ["withdrawn", { status: "WITHDRAWN" }, true],
    ["never decided (submitted)", { status: "SUBMITTED" }, true],
    ["never decided (shortlisted)", { status: "SHORTLISTED" }, true],
    ["released after the office refused (application and placement rejected)", { placement: "REJECTED" }, true],
    ["accepted: proposed placement", { status: "ACCEPTED", placement: "PROPOSED" }, false],
    ["accepted: approved placement", { status: "ACCEPTED", placement: "APPROVED" }, false],
    ["accepted: refused proposal the host may still correct", { status: "ACCEPTED", placement: "REJECTED" }, false],
    ["approved then cancelled (application withdrawn)", { status: "WITHDRAWN", placement: "CANCELLED" }, false],
    ["no CV", { cvFile: null }, false],
    [
      "offer closed exactly 12 months ago",
      { offer: { status: "PUBLISHED", applicationDeadline: cutoffs.offerClosedBy, updatedAt: cutoffs.offerClosedBy } },
      true,
    ],
    [
      "offer closed 11 months ago",
      { offer: { status: "PUBLISHED", applicationDeadline: at("2026-01-07T00:00:00Z"), updatedAt: at("2025-01-01T00:00:00Z") } },
      false,
    ],
    [
      "closed by the host 13 months ago, deadline was later",
      { offer: { status: "CLOSED", applicationDeadline: at("2026-08-01T00:00:00Z"), updatedAt: at("2025-11-01T00:00:00Z") } },
      true,
    ],
    [
      "published, deadline still ahead",
      { offer: { status: "PUBLISHED", applicationDeadline: at("2027-01-01T00:00:00Z"), updatedAt: at("2024-01-01T00:00:00Z") } },
      false,
    ],
  ])("%s → due: %s", (_, over, expected) => {
    expect(isCvDue(app(over), cutoffs)).toBe(expected);
  });

  it("ledToPlacement is true exactly for ACCEPTED and for approved-then-cancelled", () => {
    expect(ledToPlacement({ status: "ACCEPTED", placement: null })).toBe(true);
    expect(ledToPlacement({ status: "WITHDRAWN", placement: "CANCELLED" })).toBe(true);
    expect(ledToPlacement({ status: "REJECTED", placement: "REJECTED" })).toBe(false);
    expect(ledToPlacement({ status: "WITHDRAWN", placement: null })).toBe(false);
  });

  it("a file goes only when no profile names it and every application naming it is due", () => {
    expect(isCvFileRemovable([app({}), app({ status: "WITHDRAWN" })], 0, cutoffs)).toBe(true);
    expect(isCvFileRemovable([app({})], 1, cutoffs)).toBe(false);
    expect(isCvFileRemovable([app({}), app({ status: "ACCEPTED", placement: "APPROVED" })], 0, cutoffs)).toBe(false);
    expect(isCvFileRemovable([], 0, cutoffs)).toBe(false);
  });
});

describe("unverified accounts", () => {
  const account = (over: Partial<AccountCandidate>): AccountCandidate => ({
    role: "STUDENT",
    emailVerifiedAt: null,
    deletedAt: null,
    createdAt: at("2026-10-01T00:00:00Z"),
    applications: 0,
    messages: 0,
    hostOrganisationId: null,
    ...over,
  });

  it.each<[string, Partial<AccountCandidate>, string]>([
    ["a student unverified for two months, nothing attached", {}, "remove"],
    ["a company unverified for two months, no organisation yet", { role: "COMPANY" }, "remove"],
    ["registered exactly 30 days ago", { createdAt: cutoffs.accountCreatedBy }, "remove"],
    ["registered 29 days ago", { createdAt: at("2026-11-08T03:00:00Z") }, "not-due"],
    ["verified", { emailVerifiedAt: at("2026-10-02T00:00:00Z") }, "not-due"],
    ["already removed (soft delete)", { deletedAt: at("2026-11-01T00:00:00Z") }, "not-due"],
    ["an officer (provisioned, never self-registered)", { role: "OFFICE" }, "not-due"],
    ["an administrator", { role: "ADMIN" }, "not-due"],
    ["with an application", { applications: 1 }, "keep-referenced"],
    ["with a message", { messages: 2 }, "keep-referenced"],
    ["a company that described its organisation", { role: "COMPANY", hostOrganisationId: "h1" }, "keep-referenced"],
  ])("%s → %s", (_, over, expected) => {
    expect(accountVerdict(account(over), cutoffs)).toBe(expected);
  });
});

describe("tokens and throttle counters", () => {
  it.each([
    ["expired eight days ago", "2026-11-29T03:00:00Z", true],
    ["expired exactly seven days ago", "2026-11-30T03:00:00Z", true],
    ["expired yesterday: a late click still hears 'expired'", "2026-12-06T03:00:00Z", false],
    ["still valid", "2026-12-08T03:00:00Z", false],
  ])("a token %s → due: %s", (_, expiresAt, expected) => {
    expect(isAuthTokenDue({ expiresAt: at(expiresAt) }, cutoffs)).toBe(expected);
  });

  it.each([
    ["idle three days, never locked", "2026-12-04T00:00:00Z", null, true],
    ["idle three days, lock long over", "2026-12-04T00:00:00Z", "2026-12-04T00:15:00Z", true],
    ["hit an hour ago", "2026-12-07T02:00:00Z", null, false],
    ["idle a day (an account's failures are remembered for a day)", "2026-12-06T03:00:00Z", null, false],
    ["idle three days but locked until tomorrow", "2026-12-04T00:00:00Z", "2026-12-08T00:00:00Z", false],
  ])("a counter %s → due: %s", (_, lastHitAt, lockedUntil, expected) => {
    expect(isThrottleCounterDue({ lastHitAt: at(lastHitAt), lockedUntil: lockedUntil ? at(lockedUntil) : null }, NOW, cutoffs)).toBe(expected);
  });
});

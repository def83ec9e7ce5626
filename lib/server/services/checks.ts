import "server-only";
import { checkPlacement, classifyActivities, estimateGrant, type GrantRateRow } from "@/lib/domain";
import type { PlacementCheckRequest } from "@/lib/validation/checks";

/** The public activity check: the classifier's verdict with the evidence phrases. */
export function activityCheckReport(text: string) {
  const result = classifyActivities(text);
  return {
    qualifies: result.qualifies,
    categories: result.categories,
    excluded: result.excluded,
    evidence: result.evidence.map((e) => ({ id: e.id, kind: e.kind, phrase: e.phrase, sentence: e.sentence })),
  };
}

/**
 * Every placement check with its verdict, the inclusive duration, and the grant estimate when a
 * rate applies (default rates unless an institution's table is passed in).
 */
export function placementCheckReport(input: PlacementCheckRequest, rates?: readonly GrantRateRow[]) {
  const result = checkPlacement(input);
  const grant =
    result.durationDays > 0
      ? estimateGrant({ action: input.action, callYear: input.callYear, hostCountry: input.hostCountry, days: result.durationDays, fewerOpportunities: false, greenTravel: false, rates })
      : null;
  return {
    approvable: result.approvable,
    checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, code: c.code, message: c.message })),
    durationDays: result.durationDays,
    ...(grant ? { grant: { currency: "EUR", ...grant } } : {}),
  };
}

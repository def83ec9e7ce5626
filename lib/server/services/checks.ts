import "server-only";
import { activityCodeOf, checkPlacement, classifyActivities, estimateGrant, type GrantRateRow } from "@/lib/domain";
import type { PlacementCheckRequest } from "@/lib/validation/checks";
import type { ActivityCheckJson, PlacementCheckJson } from "@/lib/api/schemas/checks";

/** Longest sentence quoted with a piece of evidence in the API's answer. */
export const MAX_QUOTED_SENTENCE = 300;

/**
 * The sentence around a phrase, at most `max` characters ("…" where cut). Without this a text
 * that is one long sentence full of evidence answers with that sentence once per phrase:
 * 5 MB for 10,000 characters, which cost the server more than the classification itself.
 */
export function quoteAround(sentence: string, phrase: string, max = MAX_QUOTED_SENTENCE): string {
  if (sentence.length <= max) return sentence;
  const at = Math.max(0, sentence.indexOf(phrase));
  const start = Math.max(0, Math.min(at - Math.floor((max - phrase.length) / 2), sentence.length - max));
  const end = start + max;
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end).trim()}${end < sentence.length ? "…" : ""}`;
}

/** The public activity check: the classifier's verdict with the evidence phrases. */
export function activityCheckReport(text: string): ActivityCheckJson {
  const result = classifyActivities(text);
  return {
    qualifies: result.qualifies,
    categories: result.categories,
    excluded: result.excluded,
    evidence: result.evidence.map((e) => ({ id: e.id, kind: e.kind, phrase: e.phrase, sentence: quoteAround(e.sentence, e.phrase) })),
  };
}

/**
 * Every placement check with its verdict, the inclusive duration, and the grant estimate when a
 * rate applies (default rates unless an institution's table is passed in).
 */
export function placementCheckReport(input: PlacementCheckRequest, rates?: readonly GrantRateRow[]): PlacementCheckJson {
  const result = checkPlacement(input);
  const format = result.format;
  const grant =
    result.durationDays > 0 && format
      ? estimateGrant({
          action: input.action,
          format,
          callYear: input.callYear,
          hostCountry: input.hostCountry,
          days: result.durationDays,
          fewerOpportunities: false,
          greenTravel: false,
          rates,
        })
      : null;
  return {
    approvable: result.approvable,
    // docs/domain.md §3a: the format the checks applied, given or inferred from the category and dates.
    format: format ? { id: format, activityCode: activityCodeOf(format, input.action), inferred: input.format === undefined } : null,
    checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, code: c.code, message: c.message })),
    durationDays: result.durationDays,
    ...(grant ? { grant: { currency: "EUR" as const, ...grant } } : {}),
  };
}

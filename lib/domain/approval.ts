// The officer's approval decision from the server's own placement checks: approve only
// when every check passes; hard rules (docs/domain.md §2–§3) are never overridable; when only the
// advisory digital-activity check fails (no evidence in the wording, docs/domain.md §1), the officer may
// confirm specific activities with a written justification.
import { type DotActivityId, isDotActivityId } from "./activities";
import { type CheckId, HARD_CHECK_IDS, type PlacementCheckResult } from "./placement-checks";

export const OVERRIDE_JUSTIFICATION_MIN = 30;
export const OVERRIDE_JUSTIFICATION_MAX = 2000;
// A rejection is explained to the participant and the host.
export const REJECT_REASON_MIN = 10;
export const REJECT_REASON_MAX = 2000;

export interface OverrideRequest {
  readonly categories: readonly string[];
  readonly justification: string;
}

export interface ApprovedOverride {
  readonly categories: readonly DotActivityId[];
  readonly justification: string;
}

export type OverrideProblem =
  | "override-required" // only digital-activity fails and no override was given
  | "categories-required"
  | "unknown-category"
  | "justification-too-short"
  | "justification-too-long";

export type ApprovalVerdict =
  | { readonly outcome: "approve"; readonly override: ApprovedOverride | null }
  /** `failing`: the hard checks that fail; empty with `override-not-needed` (every check passes). */
  | { readonly outcome: "refuse"; readonly reason: "hard-checks-fail" | "override-not-needed"; readonly failing: readonly CheckId[] }
  | { readonly outcome: "needs-override"; readonly problems: readonly OverrideProblem[] };

function overrideProblems(override: OverrideRequest): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  if (override.categories.length === 0) problems.push("categories-required");
  if (override.categories.some((c) => !isDotActivityId(c))) problems.push("unknown-category");
  const length = override.justification.trim().length;
  if (length < OVERRIDE_JUSTIFICATION_MIN) problems.push("justification-too-short");
  if (length > OVERRIDE_JUSTIFICATION_MAX) problems.push("justification-too-long");
  return problems;
}

export function decideApproval(result: PlacementCheckResult, override?: OverrideRequest | null): ApprovalVerdict {
  const failing = result.checks.filter((c) => !c.ok && HARD_CHECK_IDS.includes(c.id)).map((c) => c.id);
  if (failing.length > 0 || !result.hardChecksPass) {
    return { outcome: "refuse", reason: "hard-checks-fail", failing };
  }
  if (result.approvable) {
    // An override is only for missing evidence; sending one when evidence exists is a stale form.
    return override ? { outcome: "refuse", reason: "override-not-needed", failing: [] } : { outcome: "approve", override: null };
  }
  if (!override) return { outcome: "needs-override", problems: ["override-required"] };
  const problems = overrideProblems(override);
  if (problems.length > 0) return { outcome: "needs-override", problems };
  return {
    outcome: "approve",
    override: {
      categories: [...new Set(override.categories.filter(isDotActivityId))],
      justification: override.justification.trim(),
    },
  };
}

// docs/domain.md §1: the seven activities that make a traineeship a DOT. The ids are stable
// identifiers (API, DB, URLs): never rename one, only add.
export const DOT_ACTIVITY_IDS = [
  "digital-marketing",
  "digital-design",
  "software-development",
  "it-systems",
  "cybersecurity",
  "data-analytics",
  "robotics-ai",
] as const;

// docs/domain.md §1: kinds of work that never make a traineeship a DOT, whatever tools are used.
export const EXCLUDED_ACTIVITY_IDS = ["customer-support", "order-fulfilment", "data-entry-office", "office-software"] as const;

export type DotActivityId = (typeof DOT_ACTIVITY_IDS)[number];
export type ExcludedActivityId = (typeof EXCLUDED_ACTIVITY_IDS)[number];
export type ActivityId = DotActivityId | ExcludedActivityId;

const dotIds: ReadonlySet<string> = new Set(DOT_ACTIVITY_IDS);
const excludedIds: ReadonlySet<string> = new Set(EXCLUDED_ACTIVITY_IDS);

export function isDotActivityId(value: unknown): value is DotActivityId {
  return typeof value === "string" && dotIds.has(value);
}

export function isExcludedActivityId(value: unknown): value is ExcludedActivityId {
  return typeof value === "string" && excludedIds.has(value);
}

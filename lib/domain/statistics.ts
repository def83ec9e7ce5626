import { recordCategories } from "./record-export";

// DOT placements counted by host country, activity category, field of education,
// sending country and start month. Aggregate counts only: nothing here identifies a person.

/** The MobilityRecord columns statistics read (a Prisma row fits; categories is raw JSON). */
export interface StatsRecord {
  readonly receivingCountry: string;
  readonly sendingCountry: string;
  readonly categories: unknown;
  readonly fieldOfEducation: string;
  readonly startDate: Date;
}

export type Counts = Record<string, number>;

export interface Statistics {
  readonly total: number;
  readonly byHostCountry: Counts;
  readonly byCategory: Counts;
  readonly bySendingCountry: Counts;
  /** ISCED-F detailed field (4 digits, docs/domain.md §6). */
  readonly byField: Counts;
  /** Start month "YYYY-MM", chronological, months without a start included as 0. */
  readonly byMonth: Counts;
}

export const STATISTICS_BREAKDOWNS = ["byHostCountry", "byCategory", "bySendingCountry", "byField", "byMonth"] as const;
export type StatisticsBreakdown = (typeof STATISTICS_BREAKDOWNS)[number];

/** Largest first, ties by key, so charts and JSON read the same way every time. */
function byCountDesc(counts: Map<string, number>): Counts {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

function bump(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** "YYYY-MM" of a calendar date stored at 00:00 UTC. */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Every month from the first to the last key, inclusive, with its count (0 for a gap). */
export function fillMonths(counts: Map<string, number>): Counts {
  const keys = [...counts.keys()].sort();
  if (!keys.length) return {};
  const [fy, fm] = keys[0]!.split("-").map(Number) as [number, number];
  const [ly, lm] = keys[keys.length - 1]!.split("-").map(Number) as [number, number];
  const out: Counts = {};
  for (let i = fy * 12 + fm - 1; i <= ly * 12 + lm - 1; i++) {
    const key = `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;
    out[key] = counts.get(key) ?? 0;
  }
  return out;
}

/**
 * Counts per breakdown. A record confirmed for several DOT categories counts once in each, so the
 * category counts may add up to more than the total; every other breakdown adds up to the total.
 */
export function aggregateRecords(records: readonly StatsRecord[]): Statistics {
  const host = new Map<string, number>();
  const category = new Map<string, number>();
  const sending = new Map<string, number>();
  const field = new Map<string, number>();
  const month = new Map<string, number>();
  for (const r of records) {
    bump(host, r.receivingCountry);
    bump(sending, r.sendingCountry);
    bump(field, r.fieldOfEducation);
    bump(month, monthKey(r.startDate));
    for (const c of recordCategories(r.categories)) bump(category, c);
  }
  return {
    total: records.length,
    byHostCountry: byCountDesc(host),
    byCategory: byCountDesc(category),
    bySendingCountry: byCountDesc(sending),
    byField: byCountDesc(field),
    byMonth: fillMonths(month),
  };
}

/** The public JSON (GET /api/v1/stats): exactly the keys, aggregate counts only. */
export function publicStatistics(stats: Statistics) {
  const { total, byHostCountry, byCategory, bySendingCountry, byField } = stats;
  return { total, byHostCountry, byCategory, bySendingCountry, byField };
}

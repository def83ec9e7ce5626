import { DAYS_PER_FUNDED_MONTH } from "../grants";
import type { ExportRecord } from "../record-export";

// What both EWP shapes read from a mobility record (a Prisma MobilityRecord row fits as is).

export interface EwpRecord extends ExportRecord {
  /** lib/domain/formats.ts FormatId: HE-SMT-LONG or HE-SMT-SHORT for KA131 student traineeships. */
  readonly format: string;
  /** lib/domain/formats.ts GrantBasis: "monthly" or a daily basis. */
  readonly grantBasis: string;
  readonly virtualDescription: string | null;
}

/** EWP common-types Gender is ISO/IEC 5218: 0 not known, 1 male, 2 female (our "undefined" is not known). */
export function iso5218(gender: string | null): 0 | 1 | 2 {
  return gender === "male" ? 1 : gender === "female" ? 2 : 0;
}

/** EWP AsciiPrintableIdentifier: printable ASCII without spaces, 1–64 characters ("B  GENT01" → "BGENT01"). */
export function asciiId(value: string): string {
  return value.replace(/[^\x21-\x7E]/g, "").slice(0, 64);
}

/** Cents as an XSD decimal with two fraction digits ("1234.50"). */
export function amount(cents: number): string {
  return (Math.round(cents) / 100).toFixed(2);
}

/** docs/domain.md §3a: a short-term traineeship at EQF 8 is doctoral; below it, blended. */
export const DOCTORAL_EQF = 8;

/**
 * The traineeship top-up per month, recovered from the record: topUpCents is the docs/domain.md §4
 * proration of the monthly top-up over the funded months and extra days, so exactly one whole-cent
 * monthly amount gives it back. Null when it cannot be separated: the record's top-up also holds
 * the fewer-opportunities top-up, or the grant is paid per day (short-term: no monthly top-up).
 */
export function traineeshipMonthlyTopUpCents(r: EwpRecord): number | null {
  if (r.grantBasis !== "monthly" || r.fewerOpportunities) return null;
  const thirtieths = r.fundedMonths * DAYS_PER_FUNDED_MONTH + r.extraDays;
  if (thirtieths <= 0) return null;
  const prorated = (monthly: number) => Math.floor((monthly * thirtieths + DAYS_PER_FUNDED_MONTH / 2) / DAYS_PER_FUNDED_MONTH);
  const guess = Math.round((r.topUpCents * DAYS_PER_FUNDED_MONTH) / thirtieths);
  const found = [0, -1, 1, -2, 2].map((d) => guess + d).find((m) => m >= 0 && prorated(m) === r.topUpCents);
  return found ?? null;
}

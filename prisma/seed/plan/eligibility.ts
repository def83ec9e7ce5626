// A seed-side sanity check of a planned placement against docs/domain.md §2–§3, built on lib/domain.
// It only decides which seeded placements may be APPROVED and proves the "clean" scenarios are
// clean; the app's own placement checks remain the authority.
import { calendarDateOf, isoDate } from "@/lib/domain/dates";
import type { HostType, ParticipantCategory } from "@/generated/prisma/enums";
import type { KeyAction } from "@/lib/domain/actions";
import { isEligibleHostCountry, isEligibleSendingCountry } from "@/lib/domain/actions";
import { durationRule, monthsForCap } from "@/lib/domain/duration";
import { isCategoryOpenInCallYear } from "@/lib/domain/participants";
import { addDays, periodEnd } from "../dates";

export type Problem = "host-type" | "host-country" | "sending-country" | "no-dot-evidence" | "category" | "duration" | "recent-graduate" | "study-cycle-cap";

export interface PlacementFacts {
  readonly action: KeyAction;
  readonly callYear: number;
  readonly start: Date;
  readonly end: Date;
  readonly sendingCountry: string;
  readonly hostCountry: string;
  readonly hostType: HostType;
  readonly dotQualifies: boolean;
  readonly category: ParticipantCategory;
  readonly graduationDate: Date | null;
  readonly selectedOn: Date | null;
  readonly previousMobilityMonths: number;
}

export function placementProblems(f: PlacementFacts): Problem[] {
  const problems: Problem[] = [];
  if (f.hostType === "EU_INSTITUTION" || f.hostType === "NATIONAL_AGENCY") problems.push("host-type");
  if (!isEligibleSendingCountry(f.action, f.sendingCountry, f.callYear)) problems.push("sending-country");
  if (!isEligibleHostCountry(f.action, f.sendingCountry, f.hostCountry, f.callYear)) problems.push("host-country");
  if (!f.dotQualifies) problems.push("no-dot-evidence");

  const he = f.category === "HE_STUDENT" || f.category === "HE_RECENT_GRADUATE";
  const recentGraduate = f.category === "HE_RECENT_GRADUATE" || f.category === "VET_RECENT_GRADUATE";
  // The seeded bulk placements are long-term traineeships (HE-SMT), open to HE students and
  // recent graduates only (docs/domain.md §3a); staff and VET participants have their own formats.
  if (!isCategoryOpenInCallYear(f.category, f.callYear) || !he || (f.action === "KA107" && recentGraduate)) {
    problems.push("category");
  }
  if (!durationRule(isoDate(f.start), isoDate(f.end)).ok) problems.push("duration");
  if (recentGraduate) {
    const graduated = f.graduationDate;
    const selectedInTime = graduated !== null && f.selectedOn !== null && f.selectedOn <= graduated;
    const endsInTime = graduated !== null && f.end <= periodEnd(addDays(graduated, 1), 12);
    if (!selectedInTime || !endsInTime) problems.push("recent-graduate");
  }
  if (he && f.previousMobilityMonths + monthsForCap(calendarDateOf(f.start), calendarDateOf(f.end)).months > 12) {
    problems.push("study-cycle-cap");
  }
  return problems;
}

/** What an office would write when refusing for that reason. */
export const REFUSAL_REASON: Readonly<Record<Problem, string>> = {
  "host-type": "EU bodies and organisations managing EU programmes cannot host Erasmus+ trainees (domain.md §3).",
  "host-country": "The host country is not eligible for this action and call.",
  "sending-country": "Our institution cannot send under this action and call.",
  "no-dot-evidence": "The planned tasks contain no digital-skills activity (domain.md §1).",
  category: "This participant category is not open under this action and call.",
  duration: "The planned period must be at least 60 days and at most 12 months.",
  "recent-graduate": "Recent graduates must be selected before graduating and finish within 12 months of graduation.",
  "study-cycle-cap": "This would exceed 12 months of Erasmus+ mobility in the current study cycle.",
};

import { isoDateOrNull } from "../dates";
import { validateRecordForExport } from "../record-export";
import { amount, asciiId, DOCTORAL_EQF, type EwpRecord, iso5218, traineeshipMonthlyTopUpCents } from "./common";
import { el, leaf, xmlDocument, type XmlElement } from "./xml";

// The EWP bm-mobilities report request (ewp-specs-api-bm-mobilities v0.1.0,
// endpoints/report-request.xsd; a copy in tests/fixtures/ewp/) for KA131 student traineeships, one
// `mobility` per mobility record. Elements the XSD requires but the portal does not hold are
// written with the closest truthful value and listed in docs/ewp.md ("What the portal lacks").

export const BM_REPORT_NAMESPACE = "https://github.com/erasmus-without-paper/ewp-specs-api-bm-mobilities/blob/stable-v1/endpoints/report-request.xsd";

/** The BM activity types of the report; the portal's KA131 student traineeships are all HE-SMT. */
export const BM_REPORT_ACTIVITY_TYPES = ["HE-SMS", "HE-SMT"] as const;

export type BmReportProblemField = ReturnType<typeof validateRecordForExport>[number] | "activityType" | "receivingOid";

/**
 * Why a record cannot go into the report: the CSV export's required columns, an activity type the
 * report has no code for, and a host without OID (the XSD's Organization is an Erasmus code, an
 * OID, or a full legal identity with address and phone number, which the record does not hold).
 */
export function bmReportProblems(r: EwpRecord): BmReportProblemField[] {
  const missing: BmReportProblemField[] = [...validateRecordForExport(r)];
  if (!(BM_REPORT_ACTIVITY_TYPES as readonly string[]).includes(r.activityType)) missing.push("activityType");
  if (!r.receivingOid?.trim()) missing.push("receivingOid");
  return missing;
}

function organisation(name: string, erasmusCode: string | null, oid: string | null): XmlElement {
  const code = erasmusCode?.trim() ? { tag: "erasmus", value: erasmusCode.trim() } : { tag: "oid", value: (oid ?? "").trim() };
  return el(name, null, leaf("id", asciiId(code.value)), leaf(code.tag, code.value));
}

function participant(r: EwpRecord): XmlElement {
  return el(
    "participant",
    null,
    leaf("given-names", r.participantFirstName),
    leaf("family-name", r.participantLastName),
    leaf("email", r.participantEmail),
    leaf("gender", iso5218(r.participantGender)),
    leaf("birth-date", isoDateOrNull(r.participantBirthDate)),
    leaf("nationality", r.participantNationality),
    leaf("recent-graduate", r.recentGraduate),
    leaf("fewer-opportunities", r.fewerOpportunities),
  );
}

function duration(r: EwpRecord): XmlElement {
  const monthly = r.grantBasis === "monthly";
  const virtualDays = r.virtualStart && r.virtualEnd ? Math.round((r.virtualEnd.getTime() - r.virtualStart.getTime()) / 86_400_000) + 1 : null;
  return el(
    "duration",
    null,
    leaf("start-date", isoDateOrNull(r.startDate)),
    leaf("end-date", isoDateOrNull(r.endDate)),
    leaf("duration-calculated", r.durationDays),
    // No interruptions are recorded: the mobility period is the whole stay.
    leaf("mobility-duration", r.durationDays),
    monthly && el("funded-duration", null, leaf("total-days", r.durationDays), leaf("full-months", r.fundedMonths), leaf("extra-days", r.extraDays)),
    leaf("virtual-days", virtualDays),
  );
}

function budget(r: EwpRecord): XmlElement {
  const monthly = r.grantBasis === "monthly";
  const topUp = traineeshipMonthlyTopUpCents(r);
  return el(
    "budget",
    null,
    leaf("zero-grant", r.totalGrantCents === 0),
    monthly ? leaf("student-monthly-grant", amount(r.monthlyRateCents)) : null,
    topUp !== null && topUp > 0 ? leaf("traineeship-monthly-top-up", amount(topUp)) : null,
    // The KA131 green-travel top-up, paid once (lib/domain/grants.ts).
    r.travelCents > 0 ? leaf("travel-top-up", amount(r.travelCents)) : null,
    leaf("mobility-grant", amount(r.totalGrantCents)),
  );
}

/** One `mobility` element of the report. */
export function bmMobility(r: EwpRecord): XmlElement {
  const blended = r.virtualStart !== null;
  return el(
    "mobility",
    null,
    leaf("agreement-number", r.agreementNumber),
    leaf("mobility-id", asciiId(r.mobilityId)),
    leaf("activity-type", r.activityType),
    leaf("long-term", r.format === "HE-SMT-LONG"),
    leaf("blended", blended),
    // The portal arranges no Blended Intensive Programmes.
    leaf("bip", false),
    blended ? leaf("virtual-description", r.virtualDescription) : null,
    // §4: a KA131 host country outside the country groups is a partner (third) country.
    leaf("international", r.countryGroup === null),
    leaf("doctoral", r.eqfLevel === DOCTORAL_EQF),
    // A traineeship found on the portal is never combined with a study period.
    leaf("combined", false),
    // Required: a BM DIGITAL_SKILLS level; the record holds a yes/no DOT flag, not a level (docs/ewp.md).
    leaf("digital-skills", ""),
    // Only approved, not cancelled mobilities are reported; the portal records no force majeure.
    leaf("force-majeure", false),
    participant(r),
    leaf("isced-f-code", r.fieldOfEducation),
    leaf("eqf-study-level", r.eqfLevel >= 1 && r.eqfLevel <= 8 ? r.eqfLevel : null),
    leaf("previous-participation", r.previousParticipationMonths.toFixed(2)),
    leaf("main-language", r.mainLanguage),
    organisation("sending-organization", r.sendingErasmusCode, r.sendingOid),
    organisation("receiving-organization", null, r.receivingOid),
    leaf("sending-country", r.sendingCountry),
    leaf("sending-city", r.sendingCity),
    leaf("receiving-country", r.receivingCountry),
    leaf("receiving-city", r.receivingCity),
    // Required, not held by the portal (docs/ewp.md): left empty rather than guessed.
    leaf("distance-band", ""),
    leaf("transport-means", ""),
    // The green-travel top-up is paid only for green travel.
    leaf("green-travel", r.travelCents > 0),
    duration(r),
    budget(r),
  );
}

/** The report document; check bmReportProblems first (a record with problems gives invalid XML). */
export function bmMobilitiesReport(records: readonly EwpRecord[]): string {
  return xmlDocument(el("bm-mobilities-report-request", { xmlns: BM_REPORT_NAMESPACE }, records.map(bmMobility)));
}

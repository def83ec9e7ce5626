import { isoDateOrNull } from "../dates";
import { DOCTORAL_EQF, type EwpRecord, iso5218 } from "./common";
import { el, leaf, xmlDocument, type XmlElement } from "./xml";

// An approved placement as the EWP Outgoing Mobilities API answers it
// (ewp-specs-api-omobilities v2, endpoints/get-response.xsd; a copy in tests/fixtures/ewp/), with
// activity type student-traineeships. Read from the placement's mobility record. What the XSD
// requires and the portal does not hold is listed in docs/ewp.md ("What the portal lacks").

export const OMOBILITIES_NAMESPACE = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v2/endpoints/get-response.xsd";

export type OmobilityAttribute = "long-term" | "short-term-blended" | "short-term-doctoral";

/** docs/domain.md §3a: a short-term traineeship is blended below EQF 8 and doctoral at EQF 8. */
export function omobilityAttribute(r: Pick<EwpRecord, "format" | "eqfLevel">): OmobilityAttribute {
  if (r.format === "HE-SMT-LONG") return "long-term";
  return r.eqfLevel === DOCTORAL_EQF ? "short-term-doctoral" : "short-term-blended";
}

/**
 * The academic year of the start date as "2025/2026": a year runs from 1 September (the usual
 * Erasmus+ convention; the portal does not hold the host's own calendar).
 */
export function academicYearOf(start: Date): string {
  const y = start.getUTCFullYear();
  const first = start.getUTCMonth() >= 8 ? y : y - 1;
  return `${first}/${first + 1}`;
}

const COUNTRY = /^[A-Z]{2}$/;

function student(r: EwpRecord): XmlElement {
  const citizenship = r.participantNationality.trim().toUpperCase();
  return el(
    "student",
    null,
    leaf("given-names", r.participantFirstName),
    leaf("family-name", r.participantLastName),
    // Required: the European Student Identifier, which the portal does not hold (docs/ewp.md).
    leaf("global-id", ""),
    leaf("birth-date", isoDateOrNull(r.participantBirthDate)),
    COUNTRY.test(citizenship) ? leaf("citizenship", citizenship) : null,
    leaf("gender", iso5218(r.participantGender)),
    leaf("email", r.participantEmail),
  );
}

export interface OmobilityInput {
  readonly record: EwpRecord;
  /** The sending institution's Erasmus code (EWP's hei-id is its SCHAC code, not held: docs/ewp.md). */
  readonly sendingHeiId: string;
}

export function studentMobility({ record: r, sendingHeiId }: OmobilityInput): XmlElement {
  return el(
    "student-mobility",
    null,
    leaf("omobility-id", r.mobilityId),
    el("sending-hei", null, leaf("hei-id", sendingHeiId)),
    // A traineeship host is an enterprise, not a HEI: its OID (or PIC) stands for the hei-id.
    el("receiving-hei", null, leaf("hei-id", r.receivingOid?.trim() || r.receivingPic?.trim() || "")),
    // A traineeship is not tied to one of the sending HEI's academic terms.
    el("non-standard-mobility-period", null),
    leaf("receiving-academic-year-id", academicYearOf(r.startDate)),
    student(r),
    // Approved by the sending office after the host accepted the application.
    leaf("status", "live"),
    leaf("activity-type", "student-traineeships"),
    leaf("activity-attributes", omobilityAttribute(r)),
    leaf("planned-arrival-date", isoDateOrNull(r.startDate)),
    leaf("planned-departure-date", isoDateOrNull(r.endDate)),
    r.eqfLevel >= 1 && r.eqfLevel <= 8 ? leaf("eqf-level-studied-at-departure", r.eqfLevel) : null,
    leaf("nominee-isced-f-code", r.fieldOfEducation || null),
    r.mainLanguage ? el("nominee-language-skill", null, leaf("language", r.mainLanguage)) : null,
  );
}

/** The get-response document for one mobility. */
export function omobilitiesGetResponse(input: OmobilityInput): string {
  return xmlDocument(el("omobilities-get-response", { xmlns: OMOBILITIES_NAMESPACE }, studentMobility(input)));
}

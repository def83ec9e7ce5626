import { isoDateOrNull } from "./dates";
import { isDotActivityId, type DotActivityId } from "./activities";
import { isKeyAction, sectorOfAction } from "./actions";
import {
  bmCountryCode,
  bmDigitalSkills,
  isBmActivityType,
  isBmCountry,
  isBmDigitalSkills,
  isBmEqfLevel,
  isBmFieldOfEducation,
  isBmLanguage,
} from "./bm/code-lists";
import { toCsv } from "./csv";

// docs/domain.md §5: the mobility record as the Beneficiary Module / Mobility Tool+ hold it, one column
// per field of their mobility import, in the order of docs/domain.md §5 (identification, participant,
// sending, receiving, period, DOT, grant): the BM template's own column list could not be obtained
// (docs/decisions/0016-beneficiary-module-export.md). Coded fields are checked against the BM
// code lists (lib/domain/bm/code-lists.ts). Headers are English on purpose: they are the
// reporting tools' field names, not UI text, and must not change with the officer's language.

/** The MobilityRecord columns an export reads (a Prisma row fits as is; categories is raw JSON). */
export interface ExportRecord {
  readonly mobilityId: string;
  readonly agreementNumber: string;
  /** A KEY_ACTIONS id (a Prisma row's text column fits as is). */
  readonly action: string;
  readonly callYear: number;
  readonly activityType: string;
  readonly participantFirstName: string | null;
  readonly participantLastName: string | null;
  readonly participantEmail: string;
  readonly participantBirthDate: Date | null;
  readonly participantNationality: string;
  readonly participantGender: string | null;
  readonly recentGraduate: boolean;
  readonly fewerOpportunities: boolean;
  readonly fieldOfEducation: string;
  readonly eqfLevel: number;
  readonly previousParticipationMonths: number;
  readonly mainLanguage: string;
  readonly sendingName: string;
  readonly sendingErasmusCode: string;
  readonly sendingOid: string | null;
  readonly sendingCountry: string;
  readonly sendingCity: string;
  readonly receivingName: string;
  readonly receivingPic: string | null;
  readonly receivingOid: string | null;
  readonly receivingBelowTwoFifty: boolean;
  readonly receivingSector: string;
  readonly receivingCountry: string;
  readonly receivingCity: string;
  readonly startDate: Date;
  readonly endDate: Date;
  readonly durationDays: number;
  readonly virtualStart: Date | null;
  readonly virtualEnd: Date | null;
  readonly digitalSkills: boolean;
  readonly categories: unknown;
  readonly fundedMonths: number;
  readonly extraDays: number;
  readonly countryGroup: number | null;
  readonly monthlyRateCents: number;
  readonly dailyRateCents: number;
  readonly baseGrantCents: number;
  readonly topUpCents: number;
  readonly travelCents: number;
  readonly totalGrantCents: number;
  readonly approvedAt: Date;
}

type Value = string | number | boolean | null;

interface ColumnDef<K extends string = string> {
  /** Stable key: the JSON export's property and the id validation reports. */
  readonly key: K;
  /** The reporting tools' column name (CSV header). */
  readonly header: string;
  /**
   * Must be non-blank for the record to be exported (listed, never silently blank); a
   * function when it depends on the record's action (docs/domain.md §3a: only HEIs have an Erasmus
   * code, other sending organisations are reported by OID).
   */
  readonly required: boolean | ((record: ExportRecord) => boolean);
  /** The typed value for JSON; CSV writes it with csvText. */
  readonly value: (record: ExportRecord) => Value;
  /** For a coded field: is the (non-blank) value in the BM code list for this record's action? */
  readonly inList?: (value: string, record: ExportRecord) => boolean;
}

/** Integer cents → euros with two decimals, as a number (JSON) — "1234.50" in the CSV. */
export function euros(cents: number): number {
  return Math.round(cents) / 100;
}

/** The record's DOT categories (JSON array of activity ids); anything else is dropped. */
export function recordCategories(json: unknown): DotActivityId[] {
  if (!Array.isArray(json)) return [];
  return [...new Set(json.filter(isDotActivityId))];
}

const MONEY_KEYS: ReadonlySet<string> = new Set(["monthlyRate", "dailyRate", "baseGrant", "topUp", "travel", "grantTotal"]);

/** Higher-education actions report the sending HEI by Erasmus code; the others by OID (§3a). */
const isHigherEducation = (r: ExportRecord) => !isKeyAction(r.action) || sectorOfAction(r.action) === "HE";

const col = <K extends string>(
  key: K,
  header: string,
  required: ColumnDef["required"],
  value: ColumnDef["value"],
  inList?: ColumnDef["inList"],
): ColumnDef<K> => ({
  key,
  header,
  required,
  value,
  ...(inList ? { inList } : {}),
});

const country = (iso: string) => bmCountryCode(iso.trim().toUpperCase());

export const RECORD_EXPORT_COLUMNS = [
  // The BM identifies a mobility by grant agreement number + mobility activity ID, in that order.
  col("agreementNumber", "Agreement Number", true, (r) => r.agreementNumber),
  col("mobilityId", "Mobility ID", true, (r) => r.mobilityId),
  col("keyAction", "Key Action", true, (r) => r.action),
  col("callYear", "Call Year", true, (r) => r.callYear),
  col(
    "activityType",
    "Activity Type",
    true,
    (r) => r.activityType,
    (v, r) => isBmActivityType(r.action, v),
  ),
  col("participantFirstName", "Participant First Name", true, (r) => r.participantFirstName),
  col("participantLastName", "Participant Last Name", true, (r) => r.participantLastName),
  col("participantEmail", "Participant Email", true, (r) => r.participantEmail),
  col("dateOfBirth", "Date of Birth", true, (r) => isoDateOrNull(r.participantBirthDate)),
  col("nationality", "Nationality", true, (r) => country(r.participantNationality), isBmCountry),
  // The reporting tools accept "undefined" for gender: optional here, blank when not given.
  col("gender", "Gender", false, (r) => r.participantGender),
  col("recentGraduate", "Recent Graduate", true, (r) => r.recentGraduate),
  col("fewerOpportunities", "Fewer Opportunities", true, (r) => r.fewerOpportunities),
  col("fieldOfEducation", "Field of Education (ISCED-F)", true, (r) => r.fieldOfEducation, isBmFieldOfEducation),
  col(
    "studyLevel",
    "Study Level (EQF)",
    true,
    (r) => r.eqfLevel,
    (v, r) => isBmEqfLevel(r.action, Number(v)),
  ),
  col("previousParticipationMonths", "Previous Participation (months)", true, (r) => r.previousParticipationMonths),
  col("mainLanguage", "Main Language", true, (r) => r.mainLanguage, isBmLanguage),
  col("sendingName", "Sending Organisation Name", true, (r) => r.sendingName),
  col("sendingErasmusCode", "Sending Erasmus Code", isHigherEducation, (r) => r.sendingErasmusCode),
  col(
    "sendingOid",
    "Sending OID",
    (r) => !isHigherEducation(r),
    (r) => r.sendingOid,
  ),
  col("sendingCountry", "Sending Country", true, (r) => country(r.sendingCountry), isBmCountry),
  col("sendingCity", "Sending City", true, (r) => r.sendingCity),
  col("receivingName", "Receiving Organisation Name", true, (r) => r.receivingName),
  // docs/domain.md §5: a host has a PIC or an OID when registered; neither is required of a company.
  col("receivingPic", "Receiving PIC", false, (r) => r.receivingPic),
  col("receivingOid", "Receiving OID", false, (r) => r.receivingOid),
  col("receivingBelow250", "Receiving Size <250", true, (r) => r.receivingBelowTwoFifty),
  col("receivingSector", "Receiving Sector (NACE)", true, (r) => r.receivingSector),
  col("receivingCountry", "Receiving Country", true, (r) => country(r.receivingCountry), isBmCountry),
  col("receivingCity", "Receiving City", true, (r) => r.receivingCity),
  col("startDate", "Start Date", true, (r) => isoDateOrNull(r.startDate)),
  col("endDate", "End Date", true, (r) => isoDateOrNull(r.endDate)),
  col("durationDays", "Duration (days)", true, (r) => r.durationDays),
  // §3a: a blended short-term traineeship's virtual component.
  col("virtualStart", "Virtual Component Start", false, (r) => isoDateOrNull(r.virtualStart)),
  col("virtualEnd", "Virtual Component End", false, (r) => isoDateOrNull(r.virtualEnd)),
  // KA103/KA107 report a yes/no flag, the 2021–2027 actions a level (lib/domain/bm/code-lists.ts).
  col(
    "digitalSkills",
    "Digital Skills",
    true,
    (r) => bmDigitalSkills(r.action, r.digitalSkills),
    (v, r) => isBmDigitalSkills(r.action, v),
  ),
  col("dotCategories", "DOT Categories", true, (r) => recordCategories(r.categories).join("; ") || null),
  col("fundedMonths", "Funded Months", true, (r) => r.fundedMonths),
  col("extraDays", "Extra Days", true, (r) => r.extraDays),
  // docs/domain.md §4: only countries in a group have one (a KA107 partner country has none).
  col("countryGroup", "Country Group", false, (r) => r.countryGroup),
  col("monthlyRate", "Monthly Rate (EUR)", true, (r) => euros(r.monthlyRateCents)),
  // §3a: staff, learners of KA121/KA122 and short-term traineeships are paid per day.
  col("dailyRate", "Daily Rate (EUR)", true, (r) => euros(r.dailyRateCents)),
  col("baseGrant", "Base Grant (EUR)", true, (r) => euros(r.baseGrantCents)),
  col("topUp", "Top-up (EUR)", true, (r) => euros(r.topUpCents)),
  col("travel", "Travel (EUR)", true, (r) => euros(r.travelCents)),
  col("grantTotal", "Grant Total (EUR)", true, (r) => euros(r.totalGrantCents)),
  col("approvedOn", "Approved On", true, (r) => isoDateOrNull(r.approvedAt)),
] as const;

export type RecordColumnKey = (typeof RECORD_EXPORT_COLUMNS)[number]["key"];

export const RECORD_EXPORT_HEADERS: readonly string[] = RECORD_EXPORT_COLUMNS.map((c) => c.header);

const isBlank = (value: Value) => value === null || (typeof value === "string" && value.trim() === "");

/** The keys of the required columns this record leaves blank, in column order (empty = exportable). */
export function validateRecordForExport(record: ExportRecord): RecordColumnKey[] {
  const required = (c: ColumnDef) => (typeof c.required === "function" ? c.required(record) : c.required);
  return RECORD_EXPORT_COLUMNS.filter((c) => required(c) && isBlank(c.value(record))).map((c) => c.key);
}

/** A coded field whose value is not in the BM code list (for the record's action). */
export interface InvalidCode {
  readonly key: RecordColumnKey;
  readonly value: string;
}

/** The coded fields of this record whose value the BM would refuse, in column order. */
export function invalidCodesForExport(record: ExportRecord): InvalidCode[] {
  return RECORD_EXPORT_COLUMNS.flatMap((c: ColumnDef<RecordColumnKey>) => {
    const value = c.value(record);
    if (!c.inList || isBlank(value)) return [];
    const text = String(value);
    return c.inList(text, record) ? [] : [{ key: c.key, value: text }];
  });
}

/** "Activity Type "traineeship" is not in the Beneficiary Module code list for KA103." */
export function invalidCodeMessage(problem: InvalidCode, action: string): string {
  return `${exportColumnHeader(problem.key)} "${problem.value}" is not in the Beneficiary Module code list for ${action}`;
}

export interface RecordProblem {
  readonly mobilityId: string;
  readonly action: string;
  readonly missing: readonly RecordColumnKey[];
  readonly invalid: readonly InvalidCode[];
}

/** Every record that cannot be exported and why; an export goes ahead only when this is empty. */
export function validateRecordsForExport(records: readonly ExportRecord[]): RecordProblem[] {
  return records.flatMap((r) => {
    const missing = validateRecordForExport(r);
    const invalid = invalidCodesForExport(r);
    return missing.length || invalid.length ? [{ mobilityId: r.mobilityId, action: r.action, missing, invalid }] : [];
  });
}

/** The header of a column key ("participantFirstName" → "Participant First Name"). */
export function exportColumnHeader(key: string): string {
  return RECORD_EXPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

function csvText(key: RecordColumnKey, value: Value): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (MONEY_KEYS.has(key) && typeof value === "number") return value.toFixed(2);
  return String(value);
}

/** The CSV file: header row, then one row per record (see csv.ts for quoting, BOM, injection). */
export function recordsToCsv(records: readonly ExportRecord[]): string {
  const rows = records.map((r) => RECORD_EXPORT_COLUMNS.map((c) => csvText(c.key, c.value(r))));
  return toCsv([RECORD_EXPORT_HEADERS, ...rows]);
}

/** The XLSX cell of a value: numbers stay numbers, booleans read Yes/No as in the CSV. */
function xlsxCell(value: Value): string | number | null {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return value;
}

/** The BM sheet of the XLSX: header row, then one row per record, columns as in the CSV. */
export function recordsToSheetRows(records: readonly ExportRecord[]): (string | number | null)[][] {
  return [[...RECORD_EXPORT_HEADERS], ...records.map((r) => RECORD_EXPORT_COLUMNS.map((c) => xlsxCell(c.value(r))))];
}

/** One record as a JSON object keyed by column key, typed values (booleans, numbers, ISO dates). */
export function recordToJson(record: ExportRecord): Record<string, Value> {
  return Object.fromEntries(RECORD_EXPORT_COLUMNS.map((c) => [c.key, c.value(record)]));
}

/** A file name safe in a Content-Disposition header: letters, digits, dot, dash and underscore. */
export function exportFileName(parts: readonly (string | number | undefined | null)[], extension: string): string {
  const base = parts
    .filter((p) => p !== undefined && p !== null && String(p).trim() !== "")
    .map((p) =>
      String(p)
        .trim()
        .replace(/[^A-Za-z0-9.-]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("_");
  return `${base || "export"}.${extension}`;
}

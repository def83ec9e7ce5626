// Signatures of the Learning Agreement (docs/domain.md §3: signed by trainee, sending institution and
// receiving organisation before the mobility). A signature is given to one version of the text:
// any content edit makes a new version and voids every signature, so nobody is bound by words
// they did not see.
import { LA_PARTIES, type LaParty, type LaTable, TABLE_FIELDS, mayEditTable } from "./parties";

export interface LaSignature {
  readonly signerId: string;
  readonly signedAt: Date;
}

export type LaSignatures = Readonly<Record<LaParty, LaSignature | null>>;

export interface LaSigningState {
  readonly version: number;
  readonly signatures: LaSignatures;
}

export function isFullySigned(signatures: LaSignatures): boolean {
  return LA_PARTIES.every((party) => signatures[party] !== null);
}

export function hasAnySignature(signatures: LaSignatures): boolean {
  return LA_PARTIES.some((party) => signatures[party] !== null);
}

export type SignDecision = { readonly ok: true; readonly alreadySigned: boolean } | { readonly ok: false; readonly reason: "stale-version" | "incomplete" };

/**
 * A party signs the version it read. Signing a version that is no longer current is refused (the
 * text changed meanwhile), and so is signing while a required part is empty; signing twice is a
 * no-op, so a double click or a replayed form is harmless.
 */
export function decideSignature(state: LaSigningState, party: LaParty, seenVersion: number, missing: readonly string[] = []): SignDecision {
  if (seenVersion !== state.version) return { ok: false, reason: "stale-version" };
  if (state.signatures[party] !== null) return { ok: true, alreadySigned: true };
  if (missing.length > 0) return { ok: false, reason: "incomplete" };
  return { ok: true, alreadySigned: false };
}

/**
 * The calendar phase of the agreement, from ISO dates: the tables are the plan before the
 * mobility; once it has started under a fully signed agreement, changes go through A2.
 */
export function mobilityHasStarted(today: string, plannedStart: string): boolean {
  return today >= plannedStart;
}

export type TableValues = Readonly<Record<string, string | number | boolean | null>>;

export type EditDecision =
  | { readonly ok: false; readonly reason: "not-your-table" | "stale-version" | "locked" }
  | {
      readonly ok: true;
      /** Fields whose value differs; empty when the form changed nothing (no new version then). */
      readonly changedFields: readonly string[];
      readonly nextVersion: number;
      /** True when the edit removes signatures already given. */
      readonly voidsSignatures: boolean;
    };

export interface EditInput {
  readonly party: LaParty;
  readonly table: LaTable;
  readonly seenVersion: number;
  readonly state: LaSigningState;
  readonly current: TableValues;
  readonly proposed: TableValues;
  readonly today: string;
  readonly plannedStart: string;
}

/**
 * May this party save this table, and what happens if it does. Refused: another party's table,
 * an edit made on an older version (someone saved in between), and any edit once the mobility has
 * started under a fully signed agreement (then A2 records changes). Saving identical values is
 * no change at all: the version stays and no signature is voided.
 */
export function decideEdit(input: EditInput): EditDecision {
  if (!mayEditTable(input.party, input.table)) return { ok: false, reason: "not-your-table" };
  if (input.seenVersion !== input.state.version) return { ok: false, reason: "stale-version" };
  if (isFullySigned(input.state.signatures) && mobilityHasStarted(input.today, input.plannedStart)) return { ok: false, reason: "locked" };
  const fields: readonly string[] = TABLE_FIELDS[input.table];
  const changedFields = fields.filter((f) => f in input.proposed && (input.proposed[f] ?? null) !== (input.current[f] ?? null));
  if (changedFields.length === 0) return { ok: true, changedFields, nextVersion: input.state.version, voidsSignatures: false };
  return { ok: true, changedFields, nextVersion: input.state.version + 1, voidsSignatures: hasAnySignature(input.state.signatures) };
}

/**
 * Parts of the template that must be filled in before anyone signs (docs/domain.md §5), in template
 * order: a signature on an agreement without learning outcomes or insurance would bind nobody to
 * anything. The drafted fields (title, programme, digital skills) are required by the forms.
 */
export const REQUIRED_FOR_SIGNATURE = [
  "learningOutcomes",
  "monitoringPlan",
  "evaluationPlan",
  "mentorName",
  "mentorEmail",
  "recognition",
  "insurance",
  "hostSupport",
] as const;
export type RequiredField = (typeof REQUIRED_FOR_SIGNATURE)[number];

export function missingForSignature(values: Readonly<Record<RequiredField, string>>): RequiredField[] {
  return REQUIRED_FOR_SIGNATURE.filter((field) => values[field].trim() === "");
}

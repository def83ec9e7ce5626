// A2: changes during the mobility (Learning Agreement for Traineeships template, docs/domain.md §5).
// Decisions encoded here:
// - A change can be proposed only once the agreement is fully signed and the mobility has started,
//   up to its (current) end date; before the start the tables themselves are edited and re-signed.
// - Any of the three parties may propose; the proposer's signature is given with the proposal, and
//   the change is agreed once all three parties have signed it (like the template's A2 section).
// - One change at a time: a new one waits until the pending one is agreed.
// - A change may move the end date (extension or earlier end; the start has already happened) and
//   replace the programme; the new period must still be 60 days to 12 months (docs/domain.md §3).
import { durationRule } from "../duration";
import { LA_PARTIES, type LaParty } from "./parties";

export interface ChangeSignature {
  readonly signerId: string;
  /** ISO timestamp. */
  readonly signedAt: string;
}

export interface LaChange {
  /** 1, 2, … in the order proposed. */
  readonly number: number;
  /** What changed and why, in the parties' words. */
  readonly description: string;
  /** The new end date ("YYYY-MM-DD"), when the period changes. */
  readonly newEnd: string | null;
  /** The new detailed programme, when it changes. */
  readonly programme: string | null;
  readonly proposedBy: LaParty;
  readonly proposedAt: string;
  readonly signatures: Readonly<Partial<Record<LaParty, ChangeSignature>>>;
}

export function isChangeAgreed(change: LaChange): boolean {
  return LA_PARTIES.every((party) => change.signatures[party] !== undefined);
}

/** The period in force: the planned one, with the end of the latest agreed change that moved it. */
export function effectivePeriod(plannedStart: string, plannedEnd: string, changes: readonly LaChange[]): { start: string; end: string } {
  let end = plannedEnd;
  for (const change of changes) if (change.newEnd && isChangeAgreed(change)) end = change.newEnd;
  return { start: plannedStart, end };
}

/** The programme in force: the latest agreed change that replaced it, else Table A's. */
export function effectiveProgramme(programme: string, changes: readonly LaChange[]): string {
  let current = programme;
  for (const change of changes) if (change.programme && isChangeAgreed(change)) current = change.programme;
  return current;
}

export type ChangeRefusal =
  "not-fully-signed" | "not-started" | "ended" | "pending-change" | "nothing-changes" | "end-unchanged" | "end-before-today" | "duration";

export interface ProposeChangeInput {
  readonly fullySigned: boolean;
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly programme: string;
  readonly changes: readonly LaChange[];
  readonly today: string;
  readonly party: LaParty;
  readonly signerId: string;
  readonly now: string;
  readonly proposal: { readonly description: string; readonly newEnd: string | null; readonly programme: string | null };
}

export type ProposeDecision = { readonly ok: true; readonly change: LaChange } | { readonly ok: false; readonly reason: ChangeRefusal };

export function proposeChange(input: ProposeChangeInput): ProposeDecision {
  const refuse = (reason: ChangeRefusal): ProposeDecision => ({ ok: false, reason });
  if (!input.fullySigned) return refuse("not-fully-signed");
  const period = effectivePeriod(input.plannedStart, input.plannedEnd, input.changes);
  if (input.today < period.start) return refuse("not-started");
  if (input.today > period.end) return refuse("ended");
  if (input.changes.some((c) => !isChangeAgreed(c))) return refuse("pending-change");
  const { newEnd, description } = input.proposal;
  const programme = input.proposal.programme?.trim() || null;
  const newProgramme = programme !== null && programme !== effectiveProgramme(input.programme, input.changes).trim() ? programme : null;
  if (newEnd === null && newProgramme === null) return refuse("nothing-changes");
  if (newEnd !== null) {
    if (newEnd === period.end) return refuse("end-unchanged");
    if (newEnd < input.today) return refuse("end-before-today");
    if (!durationRule(period.start, newEnd).ok) return refuse("duration");
  }
  return {
    ok: true,
    change: {
      number: input.changes.length + 1,
      description: description.trim(),
      newEnd,
      programme: newProgramme,
      proposedBy: input.party,
      proposedAt: input.now,
      signatures: { [input.party]: { signerId: input.signerId, signedAt: input.now } },
    },
  };
}

export type SignChangeDecision =
  { readonly ok: true; readonly alreadySigned: boolean; readonly changes: readonly LaChange[] } | { readonly ok: false; readonly reason: "unknown-change" };

/** A party signs change `number`; signing again is a no-op. */
export function signChange(changes: readonly LaChange[], number: number, party: LaParty, signerId: string, now: string): SignChangeDecision {
  const change = changes.find((c) => c.number === number);
  if (!change) return { ok: false, reason: "unknown-change" };
  if (change.signatures[party]) return { ok: true, alreadySigned: true, changes };
  const signed: LaChange = { ...change, signatures: { ...change.signatures, [party]: { signerId, signedAt: now } } };
  return { ok: true, alreadySigned: false, changes: changes.map((c) => (c.number === number ? signed : c)) };
}

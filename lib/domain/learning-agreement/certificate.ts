// D: the traineeship certificate, issued by the receiving organisation (docs/domain.md §5). Decisions:
// - Only the host issues it, and only under a fully signed agreement.
// - It can be filled in once the traineeship has started, but the certified end date can never lie
//   in the future: in practice it is issued on or after the last day (also after an early end).
// - The certified period starts no earlier than the agreed start and ends after it starts.
// - The host may correct and re-issue it; each issue is audited.
import type { LaParty } from "./parties";

export interface LaCertificate {
  readonly actualStart: string;
  readonly actualEnd: string;
  /** The programme the trainee actually followed. */
  readonly programmeCompleted: string;
  /** Knowledge, skills (digital skills in particular) and competences acquired. */
  readonly competences: string;
  /** The host's evaluation of the trainee. */
  readonly evaluation: string;
  readonly signerName: string;
  readonly signerPosition: string;
  readonly signerId: string;
  /** ISO timestamp of the (latest) issue. */
  readonly issuedAt: string;
}

export type CertificateRefusal = "not-host" | "not-fully-signed" | "not-started" | "end-in-future" | "end-before-start" | "start-before-agreed";

export interface CertificateInput {
  readonly party: LaParty;
  readonly fullySigned: boolean;
  /** The agreed start ("YYYY-MM-DD"). */
  readonly agreedStart: string;
  readonly today: string;
  readonly actualStart: string;
  readonly actualEnd: string;
}

/** Null when the host may issue this certificate; otherwise why not. */
export function certificateRefusal(input: CertificateInput): CertificateRefusal | null {
  if (input.party !== "host") return "not-host";
  if (!input.fullySigned) return "not-fully-signed";
  if (input.today < input.agreedStart) return "not-started";
  if (input.actualEnd > input.today) return "end-in-future";
  if (input.actualEnd < input.actualStart) return "end-before-start";
  if (input.actualStart < input.agreedStart) return "start-before-agreed";
  return null;
}

/** Whether the certificate form is offered at all (the dates are checked when it is sent). */
export function certificateOpen(party: LaParty, fullySigned: boolean, agreedStart: string, today: string): boolean {
  return party === "host" && fullySigned && today >= agreedStart;
}

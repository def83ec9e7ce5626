// What a host's "accept" proposes to the participant's international office (issue: accepting
// creates a PROPOSED placement with an action chosen from the sending and host countries).
import { chooseAction, type KeyAction } from "./actions";

/** KA131 is the 2021–2027 programme: the newest call year there is (domain.md §2). */
export const LATEST_CALL_YEAR = 2027;

export interface ProposalInput {
  readonly sendingCountry: string;
  readonly hostCountry: string;
  /** The date of the decision (UTC): the institution's running call is that year's. */
  readonly today: Date;
}

/**
 * The action and call year a placement starts under. domain.md §2: KA103/KA107 belong to calls up
 * to 2020, so a placement proposed today falls under the current KA131 call when the countries
 * allow it. When no action fits (e.g. a host outside the programme) it is still proposed as
 * KA131: the office's approval re-checks and refuses it with the `country` reason.
 */
export function proposeActionAndCallYear(input: ProposalInput): { action: KeyAction; callYear: number; countriesFit: boolean } {
  const callYear = Math.min(input.today.getUTCFullYear(), LATEST_CALL_YEAR);
  const action = chooseAction(input.sendingCountry, input.hostCountry, callYear);
  return { action: action ?? "KA131", callYear, countriesFit: action !== null };
}

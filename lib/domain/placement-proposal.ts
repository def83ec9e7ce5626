// What a host's "accept" proposes to the participant's international office (issue: accepting
// creates a PROPOSED placement with an action chosen from the sending and host countries).
import { type KeyAction, actionsOfSector, chooseAction } from "./actions";
import { DEFAULT_FORMAT_SETTINGS, type FormatId, type FormatSettings, inferFormat } from "./formats";
import { type ParticipantCategory, SECTOR_OF_CATEGORY } from "./participants";

/** KA131 is the 2021–2027 programme: the newest call year there is (docs/domain.md §2). */
export const LATEST_CALL_YEAR = 2027;

export interface ProposalInput {
  readonly sendingCountry: string;
  readonly hostCountry: string;
  /** The date of the decision (UTC): the institution's running call is that year's. */
  readonly today: Date;
  /** docs/domain.md §3a: the participant decides the sector (and so the actions) and the format. */
  readonly category?: ParticipantCategory;
  /** The proposed length in days (null when unknown): it tells short from long formats. */
  readonly days?: number | null;
  readonly settings?: FormatSettings;
  /** Is the offer a short-term one? (lib/domain/formats.ts FormatHints) */
  readonly shortTermOffer?: boolean;
}

export interface Proposal {
  readonly action: KeyAction;
  readonly callYear: number;
  readonly format: FormatId;
  readonly countriesFit: boolean;
}

/**
 * The action, call year and format a placement starts under. docs/domain.md §2: KA103/KA107 belong to
 * calls up to 2020, so a placement proposed today falls under the current call of the
 * participant's sector (§3a): KA131 for higher education, KA121 (then KA122) for VET, school and
 * adult education. When no action fits (e.g. a host outside the programme) it is still proposed
 * under the sector's first action: the office's approval re-checks and refuses it with the
 * `country` reason. The office may change the format and the action before approving.
 */
export function proposeActionAndCallYear(input: ProposalInput): Proposal {
  const callYear = Math.min(input.today.getUTCFullYear(), LATEST_CALL_YEAR);
  const category = input.category ?? "HE_STUDENT";
  const settings = input.settings ?? DEFAULT_FORMAT_SETTINGS;
  const sector = SECTOR_OF_CATEGORY[category];
  const action = chooseAction(input.sendingCountry, input.hostCountry, callYear, sector, { vetOutsideAssociated: settings.vetOutsideAssociated });
  const fallback = sector === "HE" ? "KA131" : actionsOfSector(sector)[0]!;
  return {
    action: action ?? fallback,
    callYear,
    format: inferFormat(category, input.days ?? null, settings, { shortTermOffer: input.shortTermOffer }),
    countriesFit: action !== null,
  };
}

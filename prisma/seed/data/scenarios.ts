// Hand-written journeys the demo accounts and tests rely on. Everyone not named here gets seeded
// random applications instead (plan/applications.ts). People are data/people.ts keys; offers are
// "<text key>@<host id>" (one offer per text and host).
import type { ApplicationStatus, PlacementStatus } from "@/generated/prisma/enums";
import type { KeyAction } from "@/lib/domain/actions";
import { utcDate } from "../dates";

export type ScenarioPurpose =
  | "clean" // must pass every check: the demo office's happy path
  | "ineligible-country" // host outside every programme (domain.md §2)
  | "no-dot-evidence" // a real DOT whose wording gives the classifier nothing: officer override
  | "ineligible-host-type" // EU body / National Agency (domain.md §3)
  | "historic" // an older call (KA103 / KA107), dated in the past
  | "decided"; // an ordinary decision, for lists and filters

export interface ScenarioPlacement {
  readonly status: PlacementStatus;
  readonly purpose: ScenarioPurpose;
  /** Default KA131 in the current call. */
  readonly action?: KeyAction;
  readonly callYear?: number;
  /** Absolute start (historic calls) or months after the reference month (default 2). */
  readonly start?: Date | number;
  readonly months: number;
  readonly decisionReason?: string;
}

export interface ScenarioApplication {
  readonly person: string;
  readonly offer: string;
  readonly status: ApplicationStatus;
  readonly reason?: string;
  readonly placement?: ScenarioPlacement;
}

export const SCENARIOS: readonly ScenarioApplication[] = [
  // The demo student: one application in every state; the accepted one awaits the office.
  { person: "zoe-van-den-broeck", offer: "nl-01@host-001", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "zoe-van-den-broeck", offer: "en-02@host-031", status: "SHORTLISTED" },
  { person: "zoe-van-den-broeck", offer: "de-01@host-012", status: "REJECTED",
    reason: "We were looking for someone with more Java experience for this team. Thank you for applying!" },
  { person: "zoe-van-den-broeck", offer: "en-01@host-029", status: "SUBMITTED" },
  { person: "zoe-van-den-broeck", offer: "fr-01@host-042", status: "WITHDRAWN",
    reason: "I accepted another traineeship offer." },

  // Applicants for the demo company (Kanaal Software, host-001) in every state.
  { person: "arne-claes", offer: "nl-01@host-001", status: "SUBMITTED" },
  { person: "jonas-muller", offer: "nl-01@host-001", status: "SHORTLISTED" },
  { person: "mehmet-yilmaz", offer: "nl-01@host-001", status: "REJECTED",
    reason: "Your Dutch is not yet at the B2 level this team works in." },
  { person: "pieter-jan-wouters", offer: "nl-01@host-001", status: "WITHDRAWN",
    reason: "My thesis defence moved to the spring, so I cannot start on the planned date." },
  { person: "lotte-de-smet", offer: "nl-02@host-001", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  { person: "lien-van-damme", offer: "nl-02@host-001", status: "SUBMITTED" },
  { person: "giulia-rossi", offer: "nl-03@host-001", status: "SUBMITTED" },
  { person: "emil-norgaard", offer: "nl-03@host-001", status: "SHORTLISTED" },
  { person: "chloe-lambert", offer: "nl-05@host-001", status: "REJECTED",
    reason: "The position has been filled." },

  // The demo office's queue at Ghent University: clean proposals plus two that must not pass as is.
  { person: "arne-claes", offer: "en-01@host-029", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "fien-maes", offer: "es-05@host-047", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  { person: "jonas-peeters", offer: "en-03@host-026", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 6 } },
  { person: "robbe-janssens", offer: "en-02@host-032", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "giulia-rossi", offer: "en-01@host-039", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "ineligible-country", months: 4 } },
  { person: "kato-willems", offer: "en-13@host-028", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "no-dot-evidence", months: 4 } },
  // …and decisions already taken there.
  { person: "amira-el-amrani", offer: "en-07@host-043", status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "decided", start: -2, months: 4,
      decisionReason: "Eligible: digital marketing traineeship, Learning Agreement signed." } },
  { person: "thibault-desmet", offer: "en-05@host-031", status: "ACCEPTED",
    placement: { status: "REJECTED", purpose: "decided", months: 2,
      decisionReason: "The host could not confirm the dates in writing; please propose again once they are agreed." } },
  { person: "wout-vermeulen", offer: "de-03@host-013", status: "ACCEPTED",
    placement: { status: "CANCELLED", purpose: "decided", months: 5,
      decisionReason: "Cancelled at the trainee's request (health reasons) before the start." } },
  { person: "mehmet-yilmaz", offer: "en-14@host-035", status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "historic", action: "KA107", callYear: 2020,
      start: utcDate(2021, 10, 1), months: 5,
      decisionReason: "KA107 partner-country traineeship (Switzerland), Horizon 2020 associated country." } },

  // TU München: a KA107 placement in Ukraine (call 2020) and one cancelled by the pandemic.
  { person: "tobias-weiss", offer: "en-08@host-037", status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "historic", action: "KA107", callYear: 2020,
      start: utcDate(2021, 3, 1), months: 6, decisionReason: "KA107 partner-country traineeship (Ukraine)." } },
  { person: "felix-huber", offer: "en-04@host-037", status: "ACCEPTED",
    placement: { status: "CANCELLED", purpose: "historic", action: "KA107", callYear: 2019,
      start: utcDate(2020, 4, 1), months: 4, decisionReason: "Cancelled: travel restrictions (COVID-19)." } },
  // Valencia: a KA103 traineeship of the 2019 call.
  { person: "andres-castillo", offer: "en-02@host-027", status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "historic", action: "KA103", callYear: 2019,
      start: utcDate(2020, 9, 1), months: 5, decisionReason: "Approved under KA103 (call 2019)." } },

  // The Madrid office's queue (second tenant).
  { person: "jose-martinez", offer: "en-01@host-026", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "lucia-fernandez", offer: "de-02@host-014", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  { person: "alvaro-gomez-ruiz", offer: "en-07@host-043", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  { person: "sergio-ortega-blanco", offer: "nl-06@host-002", status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "decided", start: -1, months: 5,
      decisionReason: "Eligible: IT systems traineeship in the Netherlands." } },
  { person: "carmen-navarro-saez", offer: "en-11@host-042", status: "ACCEPTED",
    placement: { status: "REJECTED", purpose: "decided", months: 4,
      decisionReason: "No digital-skills activity: the tasks are customer support only (domain.md §1)." } },

  // Hosts that can never be accepted (domain.md §3), proposed anyway.
  { person: "camille-lefevre", offer: "en-10@host-007", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "ineligible-host-type", months: 5 } },
  { person: "katharina-gruber", offer: "de-02@host-034", status: "ACCEPTED",
    placement: { status: "PROPOSED", purpose: "ineligible-host-type", months: 5 } },

  // Last, so the ids of the rows above stay as they were.
  // Approved at the demo company, starting in a few months: its Learning Agreement is complete but
  // unsigned, and tests/e2e/learning-agreement.spec.ts has the three parties sign it (only that spec).
  { person: "hanne-wuyts", offer: "nl-06@host-001", status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "clean", months: 5,
      decisionReason: "Eligible: IT systems traineeship in the Netherlands." } },
  // Two Ghent applicants for the demo company's one-place online-marketing offer:
  // tests/e2e/placement-lifecycle.spec.ts walks the refusal and its ways back (only that spec).
  { person: "jonas-peeters", offer: "nl-05@host-001", status: "SUBMITTED" },
  { person: "amira-el-amrani", offer: "nl-05@host-001", status: "SUBMITTED" },
];

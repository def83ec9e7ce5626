// Hand-written journeys the demo accounts and tests rely on. Everyone not named here gets seeded
// random applications instead (plan/applications.ts). People are data/people.ts keys; offers are
// "<text key>@<host id>" (one offer per text and host).
import type { ApplicationStatus, PlacementStatus } from "@/generated/prisma/enums";
import type { KeyAction } from "@/lib/domain/actions";
import type { FormatId } from "@/lib/domain/formats";
import type { CheckId } from "@/lib/domain/placement-checks";
import { utcDate } from "../dates";

export type ScenarioPurpose =
  | "clean" // must pass every check: the demo office's happy path
  | "ineligible-country" // host outside every programme (docs/domain.md §2)
  | "no-dot-evidence" // a real DOT whose wording gives the classifier nothing: officer override
  | "ineligible-host-type" // EU body / National Agency (docs/domain.md §3)
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
  { person: "zoe-van-den-broeck", offer: "nl-01@host-001", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "zoe-van-den-broeck", offer: "en-02@host-031", status: "SHORTLISTED" },
  {
    person: "zoe-van-den-broeck",
    offer: "de-01@host-012",
    status: "REJECTED",
    reason: "We were looking for someone with more Java experience for this team. Thank you for applying!",
  },
  { person: "zoe-van-den-broeck", offer: "en-01@host-029", status: "SUBMITTED" },
  { person: "zoe-van-den-broeck", offer: "fr-01@host-042", status: "WITHDRAWN", reason: "I accepted another traineeship offer." },

  // Applicants for the demo company (Kanaal Software, host-001) in every state.
  { person: "arne-claes", offer: "nl-01@host-001", status: "SUBMITTED" },
  { person: "jonas-muller", offer: "nl-01@host-001", status: "SHORTLISTED" },
  { person: "mehmet-yilmaz", offer: "nl-01@host-001", status: "REJECTED", reason: "Your Dutch is not yet at the B2 level this team works in." },
  {
    person: "pieter-jan-wouters",
    offer: "nl-01@host-001",
    status: "WITHDRAWN",
    reason: "My thesis defence moved to the spring, so I cannot start on the planned date.",
  },
  { person: "lotte-de-smet", offer: "nl-02@host-001", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  { person: "lien-van-damme", offer: "nl-02@host-001", status: "SUBMITTED" },
  { person: "giulia-rossi", offer: "nl-03@host-001", status: "SUBMITTED" },
  { person: "emil-norgaard", offer: "nl-03@host-001", status: "SHORTLISTED" },
  { person: "chloe-lambert", offer: "nl-05@host-001", status: "REJECTED", reason: "The position has been filled." },

  // The demo office's queue at Ghent University: clean proposals plus two that must not pass as is.
  { person: "arne-claes", offer: "en-01@host-029", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "fien-maes", offer: "es-05@host-047", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  { person: "jonas-peeters", offer: "en-03@host-026", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 6 } },
  { person: "robbe-janssens", offer: "en-02@host-032", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "giulia-rossi", offer: "en-01@host-039", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "ineligible-country", months: 4 } },
  { person: "kato-willems", offer: "en-13@host-028", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "no-dot-evidence", months: 4 } },
  // …and decisions already taken there.
  {
    person: "amira-el-amrani",
    offer: "en-07@host-043",
    status: "ACCEPTED",
    placement: {
      status: "APPROVED",
      purpose: "decided",
      start: -2,
      months: 4,
      decisionReason: "Eligible: digital marketing traineeship, Learning Agreement signed.",
    },
  },
  {
    person: "thibault-desmet",
    offer: "en-05@host-031",
    status: "ACCEPTED",
    placement: {
      status: "REJECTED",
      purpose: "decided",
      months: 2,
      decisionReason: "The host could not confirm the dates in writing; please propose again once they are agreed.",
    },
  },
  {
    person: "wout-vermeulen",
    offer: "de-03@host-013",
    status: "ACCEPTED",
    placement: { status: "CANCELLED", purpose: "decided", months: 5, decisionReason: "Cancelled at the trainee's request (health reasons) before the start." },
  },
  {
    person: "mehmet-yilmaz",
    offer: "en-14@host-035",
    status: "ACCEPTED",
    placement: {
      status: "APPROVED",
      purpose: "historic",
      action: "KA107",
      callYear: 2020,
      start: utcDate(2021, 10, 1),
      months: 5,
      decisionReason: "KA107 partner-country traineeship (Switzerland), Horizon 2020 associated country.",
    },
  },

  // TU München: a KA107 placement in Ukraine (call 2020) and one cancelled by the pandemic.
  {
    person: "tobias-weiss",
    offer: "en-08@host-037",
    status: "ACCEPTED",
    placement: {
      status: "APPROVED",
      purpose: "historic",
      action: "KA107",
      callYear: 2020,
      start: utcDate(2021, 3, 1),
      months: 6,
      decisionReason: "KA107 partner-country traineeship (Ukraine).",
    },
  },
  {
    person: "felix-huber",
    offer: "en-04@host-037",
    status: "ACCEPTED",
    placement: {
      status: "CANCELLED",
      purpose: "historic",
      action: "KA107",
      callYear: 2019,
      start: utcDate(2020, 4, 1),
      months: 4,
      decisionReason: "Cancelled: travel restrictions (COVID-19).",
    },
  },
  // Valencia: a KA103 traineeship of the 2019 call.
  {
    person: "andres-castillo",
    offer: "en-02@host-027",
    status: "ACCEPTED",
    placement: {
      status: "APPROVED",
      purpose: "historic",
      action: "KA103",
      callYear: 2019,
      start: utcDate(2020, 9, 1),
      months: 5,
      decisionReason: "Approved under KA103 (call 2019).",
    },
  },

  // The Madrid office's queue (second tenant).
  { person: "jose-martinez", offer: "en-01@host-026", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 5 } },
  { person: "lucia-fernandez", offer: "de-02@host-014", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  { person: "alvaro-gomez-ruiz", offer: "en-07@host-043", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "clean", months: 4 } },
  {
    person: "sergio-ortega-blanco",
    offer: "nl-06@host-002",
    status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "decided", start: -1, months: 5, decisionReason: "Eligible: IT systems traineeship in the Netherlands." },
  },
  {
    person: "carmen-navarro-saez",
    offer: "en-11@host-042",
    status: "ACCEPTED",
    placement: {
      status: "REJECTED",
      purpose: "decided",
      months: 4,
      decisionReason: "No digital-skills activity: the tasks are customer support only (domain.md §1).",
    },
  },

  // Hosts that can never be accepted (docs/domain.md §3), proposed anyway.
  { person: "camille-lefevre", offer: "en-10@host-007", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "ineligible-host-type", months: 5 } },
  { person: "katharina-gruber", offer: "de-02@host-034", status: "ACCEPTED", placement: { status: "PROPOSED", purpose: "ineligible-host-type", months: 5 } },

  // Last, so the ids of the rows above stay as they were.
  // Approved at the demo company, starting in a few months: its Learning Agreement is complete but
  // unsigned, and tests/e2e/learning-agreement.spec.ts has the three parties sign it (only that spec).
  {
    person: "hanne-wuyts",
    offer: "nl-06@host-001",
    status: "ACCEPTED",
    placement: { status: "APPROVED", purpose: "clean", months: 5, decisionReason: "Eligible: IT systems traineeship in the Netherlands." },
  },
  // Two Ghent applicants for the demo company's one-place online-marketing offer:
  // tests/e2e/placement-lifecycle.spec.ts walks the refusal and its ways back (only that spec).
  { person: "jonas-peeters", offer: "nl-05@host-001", status: "SUBMITTED" },
  { person: "amira-el-amrani", offer: "nl-05@host-001", status: "SUBMITTED" },
];

// ——— docs/domain.md §3a: every other format (staff, VET learners, short-term traineeships) ———
// Each entry is one offer written for it (id offer-f01, …, in this order), one ACCEPTED
// application (app-f01, …) and one placement (placement-f01, …) with its format and action,
// checked by lib/domain checkPlacement while planning (plan/formats.ts): `fails` lists the checks
// that must fail, exactly; an APPROVED one must pass every check and gets its mobility record.
// People are data/people.ts FORMAT_PEOPLE keys. Dates: the offer opens `startMonths` months after
// the reference month (default 2), the placement starts there and lasts `days` days.
//
// Fixed scenarios the e2e tests use (all PROPOSED, so a spec may decide them once):
//   a) placement-f01 — VET provider (Berufskolleg Rheinaue, officer office.vet@demo.dot-portal.eu,
//      Markus Brandt): Jens Hartmann (VET teacher, jens.hartmann@bk-rheinaue.example), 21 days'
//      job shadowing SM-JOB-SHDW under KA121-VET at Brabant Vision Robotics B.V. (Eindhoven, NL),
//      offer-f01. Passes every check: approvable.
//   b) placement-f02 — Ghent University (office@demo.dot-portal.eu, Griet Claeys): Katrien Van
//      Acker (HE staff, katrien.vanacker@ugent.example), 92 days' staff training HE-STT under
//      KA131 at Revontuli Analytics Oy (Tampere, FI), offer-f02. Fails ONLY the duration check
//      (HE-STT: 2–60 days).
//   c) placement-f03 — Ghent University: Nina Verstraete (bachelor, EQF 6,
//      nina.verstraete@ugent.example), 20 days' short-term traineeship HE-SMT-SHORT under KA131
//      at Atelier Numérique Lumière SAS (Lyon, FR), offer-f03 (range 10–30 days). No virtual
//      component yet: fails ONLY the virtual-component check until the officer records one.

export interface FormatScenario {
  readonly person: string;
  readonly host: string;
  readonly offer: {
    readonly title: string;
    /** One task a line; worded so the classifier finds digital evidence (docs/domain.md §1). */
    readonly tasks: string;
    readonly categories: readonly string[];
    /** The offer's range in days (durationMinDays/MaxDays). */
    readonly days: readonly [min: number, max: number];
    /** Who it is for (Offer.forStudents / forStaff / forVetLearners). */
    readonly for: "students" | "staff" | "vet-learners";
  };
  readonly format: FormatId;
  readonly action: KeyAction;
  readonly status: PlacementStatus;
  readonly days: number;
  readonly startMonths?: number;
  /** A virtual component (the two weeks before the physical part) with this description. */
  readonly virtual?: string;
  readonly decisionReason?: string;
  /** Checks that must fail, exactly (default none: approvable). Undefined for REJECTED/CANCELLED. */
  readonly fails?: readonly CheckId[];
}

const JOB_SHADOWING_TASKS = [
  "Shadow the team that develops software for industrial image processing and robot cells",
  "Follow how apprentices are trained in Git, code review and automated testing",
  "Bring back teaching material on machine learning for computer vision",
].join("\n");

export const FORMAT_SCENARIOS: readonly FormatScenario[] = [
  // a) e2e: the VET provider's approvable job shadowing.
  {
    person: "jens-hartmann",
    host: "host-044",
    format: "SM-JOB-SHDW",
    action: "KA121-VET",
    status: "PROPOSED",
    days: 21,
    fails: [],
    offer: {
      title: "Job shadowing for VET teachers: software and vision systems",
      tasks: JOB_SHADOWING_TASKS,
      categories: ["software-development", "robotics-ai"],
      days: [14, 30],
      for: "staff",
    },
  },
  // b) e2e: Ghent's HE staff training that is too long for HE-STT.
  {
    person: "katrien-van-acker",
    host: "host-031",
    format: "HE-STT",
    action: "KA131",
    status: "PROPOSED",
    days: 92,
    fails: ["duration"],
    offer: {
      title: "Staff training week: data analytics for university services",
      tasks: "Analyse data sets of our customers and build dashboards that visualise the results\nLearn how we build data pipelines in Python and SQL",
      categories: ["data-analytics"],
      days: [5, 60],
      for: "staff",
    },
  },
  // c) e2e: Ghent's short-term traineeship that still lacks its virtual component.
  {
    person: "nina-verstraete",
    host: "host-018",
    format: "HE-SMT-SHORT",
    action: "KA131",
    status: "PROPOSED",
    days: 20,
    fails: ["virtual-component"],
    offer: {
      title: "Short-term traineeship: UX design sprint (3 weeks)",
      tasks: "Design user interfaces in Figma with our product designers\nBuild clickable prototypes and test them with users",
      categories: ["digital-design"],
      days: [10, 30],
      for: "students",
    },
  },

  // VET provider: teachers and learners in every status.
  {
    person: "claudia-wendt",
    host: "host-058",
    format: "SM-COUR-TRAIN",
    action: "KA121-VET",
    status: "APPROVED",
    days: 5,
    decisionReason: "Structured course on network security for VET teachers; course fees for 5 days.",
    offer: {
      title: "Course for teachers: hands-on network security",
      tasks: "Run vulnerability scans and penetration tests in our training lab\nPractise incident response on a simulated network",
      categories: ["cybersecurity"],
      days: [5, 5],
      for: "staff",
    },
  },
  {
    person: "leon-schulte",
    host: "host-026",
    format: "LM-SHORT-VET",
    action: "KA121-VET",
    status: "APPROVED",
    days: 42,
    decisionReason: "Six weeks' work placement in cloud operations; learning outcomes agreed with the host.",
    offer: {
      title: "Work placement for VET learners: cloud operations",
      tasks: "Install, maintain and monitor our servers and network infrastructure\nAutomate deployments with scripts under a mentor",
      categories: ["it-systems"],
      days: [28, 60],
      for: "vet-learners",
    },
  },
  {
    person: "mia-kramer",
    host: "host-057",
    format: "LM-SHORT-VET",
    action: "KA122-VET",
    status: "PROPOSED",
    days: 30,
    fails: [],
    offer: {
      title: "Work placement for VET learners: web shop development",
      tasks: "Develop new features for our web application in TypeScript and React\nWrite automated tests with a senior developer",
      categories: ["software-development"],
      days: [21, 45],
      for: "vet-learners",
    },
  },
  {
    person: "deniz-yildirim",
    host: "host-029",
    format: "LM-LONG-VET",
    action: "KA121-VET",
    status: "APPROVED",
    days: 120,
    decisionReason: "ErasmusPro: four months in a software team, within 12 months of graduation.",
    offer: {
      title: "ErasmusPro placement: junior developer (4 months)",
      tasks: "Develop new features for our web application in TypeScript and React\nBuild and document REST APIs in Node.js",
      categories: ["software-development"],
      days: [90, 180],
      for: "vet-learners",
    },
  },
  {
    person: "paul-neumann",
    host: "host-067",
    format: "LM-SHORT-VET",
    action: "KA121-VET",
    status: "REJECTED",
    days: 35,
    decisionReason: "The host cannot provide a tutor during the planned weeks; please agree new dates.",
    offer: {
      title: "Work placement for VET learners: data dashboards",
      tasks: "Analyse data sets and build dashboards that visualise the results",
      categories: ["data-analytics"],
      days: [21, 60],
      for: "vet-learners",
    },
  },
  {
    person: "sarah-vogt",
    host: "host-042",
    format: "SM-JOB-SHDW",
    action: "KA122-VET",
    status: "CANCELLED",
    days: 10,
    decisionReason: "Cancelled: the teacher could not be replaced at school during those weeks.",
    offer: {
      title: "Job shadowing for teachers: fintech software development",
      tasks: "Shadow developers who build payment software in Kotlin\nFollow code review and automated testing",
      categories: ["software-development"],
      days: [5, 15],
      for: "staff",
    },
  },

  // School: teachers.
  {
    person: "alessandra-gallo",
    host: "host-024",
    format: "SM-JOB-SHDW",
    action: "KA121-SCH",
    status: "APPROVED",
    days: 10,
    decisionReason: "Job shadowing in educational robotics, part of the school's Erasmus plan.",
    offer: {
      title: "Job shadowing for school teachers: educational robotics",
      tasks: "Shadow engineers who program robots and train machine learning models\nPrepare robotics lessons with them",
      categories: ["robotics-ai"],
      days: [5, 15],
      for: "staff",
    },
  },
  {
    person: "marco-ferri",
    host: "host-026",
    format: "SM-COUR-TRAIN",
    action: "KA122-SCH",
    status: "PROPOSED",
    days: 5,
    fails: [],
    offer: {
      title: "Course for school teachers: cloud computing in the classroom",
      tasks: "Install, maintain and monitor servers in a cloud lab\nBuild teaching scenarios on network infrastructure",
      categories: ["it-systems"],
      days: [5, 5],
      for: "staff",
    },
  },
  {
    person: "elena-moretti",
    host: "host-053",
    format: "SM-TTA",
    action: "KA121-SCH",
    status: "REJECTED",
    days: 14,
    decisionReason: "Teaching assignments are planned for the next school year; please propose again in spring.",
    offer: {
      title: "Teaching assignment: digital marketing workshops",
      tasks: "Plan and run social media campaigns and analyse them with web analytics\nTeach the workshop to the host's trainees",
      categories: ["digital-marketing"],
      days: [5, 30],
      for: "staff",
    },
  },

  // Adult education: staff.
  {
    person: "tuula-koskinen",
    host: "host-067",
    format: "SM-JOB-SHDW",
    action: "KA121-ADU",
    status: "APPROVED",
    days: 7,
    decisionReason: "Job shadowing in e-government services for adult learners.",
    offer: {
      title: "Job shadowing: digital services for adult learners",
      tasks: "Shadow the team that develops our web application for public services\nLearn how data sets are analysed to improve it",
      categories: ["software-development", "data-analytics"],
      days: [5, 10],
      for: "staff",
    },
  },
  {
    person: "ville-heikkinen",
    host: "host-055",
    format: "SM-TTA",
    action: "KA122-ADU",
    status: "PROPOSED",
    days: 30,
    fails: [],
    offer: {
      title: "Training assignment: cybersecurity awareness for adult educators",
      tasks: "Run vulnerability scans and explain penetration tests to learners\nPrepare incident response exercises",
      categories: ["cybersecurity"],
      days: [10, 45],
      for: "staff",
    },
  },

  // Higher-education staff training (HE-STT).
  {
    person: "ulrike-sommer",
    host: "host-045",
    format: "HE-STT",
    action: "KA131",
    status: "APPROVED",
    days: 10,
    decisionReason: "Staff training on health data analytics, agreed with the faculty.",
    offer: {
      title: "Staff training: health data analytics",
      tasks: "Analyse data sets of the regional health registry and build dashboards that visualise the results",
      categories: ["data-analytics"],
      days: [5, 20],
      for: "staff",
    },
  },
  {
    person: "rui-pereira",
    host: "host-050",
    format: "HE-STT",
    action: "KA131",
    status: "REJECTED",
    days: 5,
    decisionReason: "A conference is not staff training (domain.md §3a); please choose a training programme.",
    offer: {
      title: "Staff week: digital marketing for university communication",
      tasks: "Plan and run social media campaigns and analyse them with web analytics",
      categories: ["digital-marketing"],
      days: [3, 10],
      for: "staff",
    },
  },

  // Short-term (blended) HE traineeships.
  {
    person: "milan-coppens",
    host: "host-065",
    format: "HE-SMT-SHORT",
    action: "KA131",
    status: "APPROVED",
    days: 14,
    virtual: "Four online sessions with the mentor to set up the project and review the code before and after the stay.",
    decisionReason: "Blended short-term traineeship: virtual component recorded.",
    offer: {
      title: "Short-term traineeship: backend development sprint",
      tasks: "Develop new features for our web application in TypeScript and React\nWrite automated tests and review pull requests",
      categories: ["software-development"],
      days: [10, 30],
      for: "students",
    },
  },
  {
    person: "laura-gomez-vidal",
    host: "host-015",
    format: "HE-SMT-SHORT",
    action: "KA131",
    status: "APPROVED",
    days: 21,
    decisionReason: "Doctoral candidate: short-term traineeship without a virtual component (optional at EQF 8).",
    offer: {
      title: "Short research traineeship: machine learning for text data",
      tasks: "Train and evaluate machine learning models for natural language processing\nAnalyse data sets and visualise the results",
      categories: ["robotics-ai", "data-analytics"],
      days: [14, 30],
      for: "students",
    },
  },
  {
    person: "astrid-lauridsen",
    host: "host-063",
    format: "HE-SMT-SHORT",
    action: "KA131",
    status: "APPROVED",
    days: 12,
    virtual: "Online onboarding and a weekly video call with the team during the month before the stay in Cluj.",
    decisionReason: "Blended short-term traineeship in digital marketing.",
    offer: {
      title: "Short-term traineeship: digital marketing analytics",
      tasks: "Plan and run social media campaigns and analyse them with web analytics",
      categories: ["digital-marketing"],
      days: [7, 21],
      for: "students",
    },
  },
  {
    person: "piotr-zielinski",
    host: "host-061",
    format: "HE-SMT-SHORT",
    action: "KA131",
    status: "CANCELLED",
    days: 18,
    virtual: "Two online workshops on the host's data platform before the physical part.",
    decisionReason: "Cancelled at the student's request: exam resit in the same weeks.",
    offer: {
      title: "Short-term traineeship: data engineering",
      tasks: "Analyse data sets and build dashboards that visualise the results\nBuild data pipelines in Python",
      categories: ["data-analytics"],
      days: [10, 30],
      for: "students",
    },
  },
];

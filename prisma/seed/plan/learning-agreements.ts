// Learning Agreements for every APPROVED placement (docs/domain.md §5), drafted exactly as the app drafts
// them (lib/domain/learning-agreement) and completed with plausible text. Placements already under
// way were signed by all three parties before the start; ended ones also have the host's
// certificate (D). Future ones are in every state of the signing journey, drawn per placement.
import { isoDate } from "@/lib/domain/dates";
import type { Prisma } from "@/generated/prisma/client";
import { type ClassificationResult, DOT_ACTIVITY_IDS, type DotActivityId } from "@/lib/domain";
import { draftLearningAgreement, type LaCertificate } from "@/lib/domain/learning-agreement";
import { addDays } from "../dates";
import { hostById } from "../data/hosts";
import { rngFor } from "../prng";
import { asciiSlug } from "../slug";
import { SEEDED_EMAIL_VERIFIED_AT } from "../build/user";

type Row<T> = T & { id: string };
export type LearningAgreementRow = Row<Prisma.LearningAgreementCreateManyInput>;
type UserRow = Row<Prisma.UserCreateManyInput>;

export interface LearningAgreementPlanInput {
  readonly reference: Date;
  readonly placements: readonly Row<Prisma.PlacementCreateManyInput>[];
  readonly applications: readonly Row<Prisma.ApplicationCreateManyInput>[];
  readonly offers: readonly Row<Prisma.OfferCreateManyInput>[];
  readonly offerLanguages: readonly Prisma.OfferLanguageCreateManyInput[];
  readonly profiles: readonly Row<Prisma.ParticipantProfileCreateManyInput>[];
  readonly users: readonly UserRow[];
}

export interface PlannedLearningAgreements {
  readonly learningAgreements: LearningAgreementRow[];
  /**
   * A COMPANY user for each host with an approved trainee but no account yet: someone at the host
   * accepted the application and signs the agreement, so the seed gives them an account.
   */
  readonly hostUsers: UserRow[];
}

/** tests/e2e/learning-agreement.spec.ts signs this participant's agreement: complete, unsigned. */
export const UNSIGNED_LA_PARTICIPANTS: ReadonlySet<string> = new Set(["participant-hanne-wuyts"]);

const OUTCOMES: Readonly<Record<DotActivityId, string>> = {
  "digital-marketing": "Plans and runs an online campaign and reports its results with web analytics.",
  "digital-design": "Turns a brief into digital designs (interface, CAD or 3D models) and improves them after feedback.",
  "software-development": "Designs, builds and tests a software feature end to end, with version control and code review.",
  "it-systems": "Installs, configures and maintains servers and network services following the team's procedures.",
  cybersecurity: "Carries out a vulnerability assessment and documents the findings and their fixes.",
  "data-analytics": "Cleans, analyses and visualises data sets and presents the findings in a dashboard.",
  "robotics-ai": "Trains and evaluates a machine-learning model or programs a robot task, and explains its limits.",
};
const MONITORING = [
  "Weekly one-to-one with the mentor; the international office checks in by e-mail after the first month.",
  "Daily stand-up with the team and a fortnightly review with the mentor; a mid-term call with the sending institution.",
  "The mentor and the trainee agree goals each month and review them together; the sending institution is copied on the mid-term review.",
];
const EVALUATION = [
  "Mid-term and final evaluation by the mentor, discussed with the trainee and shared with the sending institution.",
  "Final evaluation against the learning outcomes, written by the mentor and recorded in the traineeship certificate.",
];
const CERTIFICATE_EVALUATION = [
  "Excellent: worked independently, asked good questions and delivered reliable results.",
  "Very good: quickly became a full member of the team and took responsibility for their own tasks.",
  "Good: steady progress throughout the traineeship; communication improved markedly in the second half.",
];
const HOST_CONTACT_NAMES = [
  "Laura Becker",
  "Tomás Ruiz Herrera",
  "Sofie Lindqvist",
  "Marco Bellini",
  "Claire Dubois",
  "Jan Kowalczyk",
  "Eva Novak",
  "Pieter de Graaf",
];

function classificationOf(offer: Prisma.OfferCreateManyInput): Pick<ClassificationResult, "categories" | "excluded" | "evidence"> {
  const check = offer.dotCheck as Partial<ClassificationResult> | null | undefined;
  return { categories: check?.categories ?? [], excluded: check?.excluded ?? [], evidence: check?.evidence ?? [] };
}

const asDate = (d: Date | string | null | undefined, fallback: Date) => (d ? new Date(d) : fallback);
const earliest = (...dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));

export function planLearningAgreements(input: LearningAgreementPlanInput): PlannedLearningAgreements {
  const { reference } = input;
  const applicationById = new Map(input.applications.map((a) => [a.id, a]));
  const offerById = new Map(input.offers.map((o) => [o.id, o]));
  const profileById = new Map(input.profiles.map((p) => [p.id, p]));
  const languagesByOffer = new Map<string, { language: string; level: string }[]>();
  for (const l of input.offerLanguages) languagesByOffer.set(l.offerId, [...(languagesByOffer.get(l.offerId) ?? []), { language: l.language, level: l.level }]);
  const hostUser = new Map<string, UserRow>();
  for (const u of input.users) if (u.role === "COMPANY" && u.hostOrganisationId && !hostUser.has(u.hostOrganisationId)) hostUser.set(u.hostOrganisationId, u);
  const officerOf = new Map<string, string>();
  for (const u of input.users) if (u.role === "OFFICE" && u.institutionId && !officerOf.has(u.institutionId)) officerOf.set(u.institutionId, u.id);

  const hostUsers: UserRow[] = [];
  const contactFor = (hostId: string, createdAt: Date): UserRow => {
    const existing = hostUser.get(hostId);
    if (existing) return existing;
    const host = hostById(hostId);
    const user: UserRow = {
      id: `user-company-${hostId.slice("host-".length)}`,
      email: `traineeships@${asciiSlug(host.legalName)}.example`,
      name: rngFor(`${hostId}-contact`).pick(HOST_CONTACT_NAMES),
      role: "COMPANY",
      locale: "en",
      hostOrganisationId: hostId,
      emailVerifiedAt: SEEDED_EMAIL_VERIFIED_AT,
      createdAt,
    };
    hostUser.set(hostId, user);
    hostUsers.push(user);
    return user;
  };

  const learningAgreements: LearningAgreementRow[] = [];
  for (const placement of input.placements) {
    if (placement.status !== "APPROVED") continue;
    const application = applicationById.get(placement.applicationId);
    const offer = application && offerById.get(application.offerId);
    const profile = application && profileById.get(application.participantId);
    if (!application || !offer || !profile) continue;
    const rng = rngFor(`${placement.id}-la`);
    const start = new Date(placement.startDate);
    const end = new Date(placement.endDate);
    const decided = asDate(placement.decidedAt, addDays(start, -30));
    const host = contactFor(offer.hostId, addDays(decided, -60));
    const officerId = officerOf.get(placement.institutionId) ?? placement.decidedById ?? null;
    const draft = draftLearningAgreement({
      start: isoDate(start),
      end: isoDate(end),
      offer: { title: offer.title, tasks: offer.tasks, language: offer.language ?? "en", languages: languagesByOffer.get(offer.id) ?? [] },
      classification: classificationOf(offer),
      mentor: { name: host.name, email: host.email },
    });
    const categories = DOT_ACTIVITY_IDS.filter((id) => classificationOf(offer).categories.includes(id));
    const graduate = profile.category === "HE_RECENT_GRADUATE" || profile.category === "VET_RECENT_GRADUATE" || String(profile.category).endsWith("_STAFF");
    const ects = graduate ? null : rng.pick([15, 20, 30]);
    const stipend = offer.stipendCents ? Math.round(offer.stipendCents / 100) : 0;
    const completed = {
      version: 4, // the draft, then Tables A, B and C saved once each
      learningOutcomes: [...categories.map((c) => OUTCOMES[c]), "Works in an international team and reports on progress in the working language."].join("\n"),
      monitoringPlan: rng.pick(MONITORING),
      evaluationPlan: rng.pick(EVALUATION),
      recognition: graduate
        ? "Traineeship of a recent graduate: recorded in the Europass Mobility document; no credits."
        : `Recognised as the elective traineeship of the programme (${ects} ECTS), recorded in the Transcript of Records and the Diploma Supplement.`,
      ects,
      transcript: !graduate,
      insurance:
        "The sending institution's accident and third-party liability insurance covers the trainee at the workplace and on the way there; health cover through the European Health Insurance Card.",
      hostSupport: `A workplace and equipment at the ${hostById(offer.hostId).city} office, a mentor and a buddy in the team${stipend ? `; a monthly allowance of ${stipend} euro` : "; no allowance"}.`,
    };

    // Signing state: under way or over → signed by all three before the start; future → drawn.
    const started = start < reference;
    const state = started ? 4 : UNSIGNED_LA_PARTICIPANTS.has(profile.id) || decided >= reference ? 1 : rng.int(0, 4);
    const lastMoment = earliest(addDays(start, -1), addDays(reference, -1));
    const signedAt = (days: number) => {
      const at = addDays(decided, days);
      return at > lastMoment ? new Date(Math.max(decided.getTime(), lastMoment.getTime())) : at;
    };
    const signatures = {
      ...(state >= 2 ? { traineeSignerId: profile.userId, traineeSignedAt: signedAt(2) } : {}),
      ...(state >= 3 && officerId ? { officeSignerId: officerId, officeSignedAt: signedAt(3) } : {}),
      ...(state >= 4 ? { hostSignerId: host.id, hostSignedAt: signedAt(5) } : {}),
    };
    const ended = end < reference && state === 4 && officerId;
    const certificate: LaCertificate | null = ended
      ? {
          actualStart: isoDate(start),
          actualEnd: isoDate(end),
          programmeCompleted: draft.programme,
          competences: completed.learningOutcomes,
          evaluation: rng.pick(CERTIFICATE_EVALUATION),
          signerName: host.name,
          signerPosition: "Mentor",
          signerId: host.id,
          issuedAt: earliest(addDays(end, rng.int(2, 20)), addDays(reference, -1)).toISOString(),
        }
      : null;
    learningAgreements.push({
      id: `la-${placement.id}`,
      placementId: placement.id,
      ...draft,
      plannedStart: start,
      plannedEnd: end,
      ...(state >= 1 ? completed : {}),
      ...signatures,
      ...(certificate ? { certificate: { ...certificate } } : {}),
      createdAt: decided,
    });
  }
  return { learningAgreements, hostUsers };
}

import "server-only";
import { ApplicationStatus } from "@/generated/prisma/enums";
import { DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS, classifyActivities, type ClassificationResult, type Evidence, type MatchResult } from "@/lib/domain";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/session";
import { NotFoundError } from "../errors";
import { estimateGrantForOffer, type OfferGrantEstimate } from "./grant-estimates";
import { getMatchParticipant, matchOfferRow } from "./matching";

/** A published offer with what its public page shows; drafts, closed and missing offers are "not found". */
export async function getPublishedOfferPage(offerId: string) {
  const offer = await prisma.offer.findFirst({
    where: { id: offerId, status: "PUBLISHED" },
    include: {
      host: true,
      categories: { orderBy: { category: "asc" } },
      languages: { orderBy: { language: "asc" } },
    },
  });
  if (!offer) throw new NotFoundError();
  return { ...offer, dotCheck: readDotCheck(offer.dotCheck, offer.tasks) };
}

export type OfferPageData = Awaited<ReturnType<typeof getPublishedOfferPage>>;

const ACTIVITY_IDS = new Set<string>([...DOT_ACTIVITY_IDS, ...EXCLUDED_ACTIVITY_IDS]);

function isEvidence(value: unknown): value is Evidence {
  if (!value || typeof value !== "object") return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === "string" &&
    ACTIVITY_IDS.has(e.id) &&
    (e.kind === "category" || e.kind === "excluded") &&
    typeof e.phrase === "string" &&
    typeof e.sentence === "string"
  );
}

/**
 * Offer.dotCheck is the classifier's result stored when the host saved or published the offer
 * (lib/server/services/offers.ts). It is read defensively: a missing or malformed value is
 * recomputed from the tasks with the same classifier, so the page never shows evidence the
 * rules engine would not give.
 */
export function readDotCheck(stored: unknown, tasks: string): ClassificationResult {
  if (stored && typeof stored === "object") {
    const s = stored as Record<string, unknown>;
    if (
      typeof s.qualifies === "boolean" &&
      Array.isArray(s.categories) &&
      Array.isArray(s.excluded) &&
      Array.isArray(s.evidence) &&
      s.evidence.every(isEvidence)
    ) {
      return {
        qualifies: s.qualifies,
        categories: DOT_ACTIVITY_IDS.filter((id) => (s.categories as unknown[]).includes(id)),
        excluded: EXCLUDED_ACTIVITY_IDS.filter((id) => (s.excluded as unknown[]).includes(id)),
        evidence: s.evidence,
      };
    }
  }
  return classifyActivities(tasks);
}

export type OfferViewer =
  | { kind: "anonymous" }
  | { kind: "other-role" }
  | { kind: "no-profile" }
  | {
      kind: "student";
      userId: string;
      application: { id: string; status: ApplicationStatus; createdAt: Date } | null;
      profileCvFileName: string | null;
      grant: OfferGrantEstimate;
      /** How the offer fits this participant (lib/domain/matching), with its reasons. */
      match: MatchResult | null;
    };

/** Who is looking at the offer, and what they may do there (never taken from the client). */
export async function getOfferViewer(user: CurrentUser | null, offer: OfferPageData, today: Date = new Date()): Promise<OfferViewer> {
  if (!user) return { kind: "anonymous" };
  if (user.role !== "STUDENT") return { kind: "other-role" };
  const profile = await prisma.participantProfile.findUnique({
    where: { userId: user.id },
    select: {
      id: true,
      institutionId: true,
      category: true,
      fewerOpportunities: true,
      cvFileName: true,
      cvFile: true,
      institution: { select: { country: true, formatSettings: true } },
    },
  });
  if (!profile) return { kind: "no-profile" };
  const [application, grant, matchParticipant] = await Promise.all([
    prisma.application.findUnique({
      where: { offerId_participantId: { offerId: offer.id, participantId: profile.id } },
      select: { id: true, status: true, createdAt: true },
    }),
    estimateGrantForOffer(
      {
        institutionId: profile.institutionId,
        institutionCountry: profile.institution.country,
        fewerOpportunities: profile.fewerOpportunities,
        category: profile.category,
        institutionFormatSettings: profile.institution.formatSettings,
      },
      offer,
      today,
    ),
    getMatchParticipant(user.id),
  ]);
  const match = matchParticipant ? matchOfferRow(matchParticipant, offer, today) : null;
  return { kind: "student", userId: user.id, application, profileCvFileName: profile.cvFile ? (profile.cvFileName ?? "CV.pdf") : null, grant, match };
}

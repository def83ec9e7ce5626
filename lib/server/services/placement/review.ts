import "server-only";
import { isoDate, isoDateOrNull } from "@/lib/domain/dates";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { CHECK_IDS, type PlacementCheckInput, type PlacementCheckResult, checkPlacement } from "@/lib/domain";
import { asKeyAction } from "@/lib/domain/actions";
import { formatSettingsOf, isFormatId, isShortTermOffer } from "@/lib/domain/formats";
import { grantFor } from "@/lib/domain/mobility-record";
import { readFormatSettings } from "../format-settings";
import { QUEUE_PAGE_SIZE, type QueueFilters } from "@/lib/validation/placement-decision";
import { prisma, type Db } from "../../db";
import type { CurrentUser } from "../../auth/session";
import { NotFoundError } from "../../errors";
import { getAgreementNumber } from "../project-agreements";
import { getGrantRateRows } from "../grant-rates";

/** A placement in a list or on a page: its status, action, call year, dates and decision date (the queue, the student's application). */
export const PLACEMENT_SUMMARY_SELECT = {
  id: true,
  status: true,
  action: true,
  callYear: true,
  startDate: true,
  endDate: true,
  createdAt: true,
  decidedAt: true,
} satisfies Prisma.PlacementSelect;

/** Everything the approval re-derives from the database (never from the form). */
export const PLACEMENT_DECISION_INCLUDE = {
  institution: true,
  application: {
    include: {
      offer: { include: { host: true, categories: true, languages: true } },
      participant: { include: { user: { select: { id: true, name: true, email: true, locale: true } }, languages: true } },
    },
  },
  mobilityRecord: true,
  learningAgreement: { select: { id: true } },
} satisfies Prisma.PlacementInclude;

export type DecisionPlacement = Prisma.PlacementGetPayload<{ include: typeof PLACEMENT_DECISION_INCLUDE }>;

/**
 * A placement of the officer's own institution. Any other id, another institution's included, is
 * "not found": the officer never learns that it exists.
 */
export async function findOwnPlacement(user: CurrentUser, placementId: string, db: Db = prisma): Promise<DecisionPlacement> {
  if (user.role !== "OFFICE" || !user.institutionId) throw new NotFoundError();
  const placement = await db.placement.findFirst({
    where: { id: placementId, institutionId: user.institutionId },
    include: PLACEMENT_DECISION_INCLUDE,
  });
  if (!placement) throw new NotFoundError();
  return placement;
}

export type ProposalRows = {
  action: string;
  callYear: number;
  /** docs/domain.md §3a; absent = inferred from the category and the dates. */
  format?: string | null;
  sendingCountry: string;
  /** The sending organisation's type and its settings for §3a's unconfirmed rules. */
  sendingType?: string;
  settings?: unknown;
  virtual?: { start: Date | null; end: Date | null; description: string | null } | null;
  offer: { country: string; tasks: string; durationMaxDays?: number | null; host: { type: string }; categories: readonly { category: string }[] };
  participant: {
    category: string;
    graduationDate: Date | null;
    selectedOn: Date | null;
    previousMobilityMonths: number;
    oneCycleProgramme: boolean;
    eqfLevel?: number;
  };
  start: string;
  end: string;
};

/**
 * The rules engine's input for a proposed period (docs/domain.md §2–§3): the same for the office's
 * decision and for the host's warning before accepting (lib/domain/accept-warnings.ts).
 */
export function proposalCheckInput(rows: ProposalRows): PlacementCheckInput {
  const { action, callYear, sendingCountry, offer, participant, start, end, virtual } = rows;
  return {
    action: action as PlacementCheckInput["action"],
    callYear,
    format: rows.format ?? null,
    participant: {
      category: participant.category,
      graduationDate: isoDateOrNull(participant.graduationDate) ?? undefined,
      selectedOn: isoDateOrNull(participant.selectedOn) ?? undefined,
      previousMonths: participant.previousMobilityMonths,
      oneCycleProgramme: participant.oneCycleProgramme,
      eqfLevel: participant.eqfLevel,
    },
    sendingOrganisationType: rows.sendingType,
    settings: readFormatSettings(rows.settings),
    shortTermOffer: isShortTermOffer(offer, formatSettingsOf(readFormatSettings(rows.settings))),
    virtualComponent:
      virtual?.start && virtual.end ? { start: isoDate(virtual.start), end: isoDate(virtual.end), description: virtual.description ?? "" } : null,
    sendingCountry,
    // The traineeship's place of work decides the country rule and the grant group.
    hostCountry: offer.country,
    hostOrganisationType: offer.host.type,
    start,
    end,
    activities: { categories: offer.categories.map((c) => c.category), tasks: offer.tasks },
  };
}

/** The rules engine's input, from the database rows (docs/domain.md §2–§3). */
export function checkInputOf(p: DecisionPlacement): PlacementCheckInput {
  const { offer, participant } = p.application;
  return proposalCheckInput({
    action: p.action,
    callYear: p.callYear,
    format: p.format,
    sendingCountry: p.institution.country,
    sendingType: p.institution.type,
    settings: p.institution.formatSettings,
    virtual: { start: p.virtualStart, end: p.virtualEnd, description: p.virtualDescription },
    offer,
    participant,
    start: isoDate(p.startDate),
    end: isoDate(p.endDate),
  });
}

/** What Placement.checks stores: the verdicts at the decision, to show them later as they were. */
export function storedChecksOf(result: PlacementCheckResult, evaluatedAt: Date) {
  return {
    evaluatedAt: evaluatedAt.toISOString(),
    approvable: result.approvable,
    hardChecksPass: result.hardChecksPass,
    durationDays: result.durationDays,
    checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, code: c.code, params: { ...c.params }, message: c.message })),
  };
}

const storedChecksSchema = z.object({
  evaluatedAt: z.string(),
  checks: z.array(
    z.object({
      id: z.enum(CHECK_IDS),
      ok: z.boolean(),
      code: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      message: z.string(),
    }),
  ),
});

export type ReviewCheck = z.infer<typeof storedChecksSchema>["checks"][number];

export function readStoredChecks(value: unknown): { evaluatedAt: Date; checks: ReviewCheck[] } | null {
  const parsed = storedChecksSchema.safeParse(value);
  return parsed.success ? { evaluatedAt: new Date(parsed.data.evaluatedAt), checks: parsed.data.checks } : null;
}

// ——— the queue ———

function queueWhere(institutionId: string, filters: Pick<QueueFilters, "action" | "country">): Prisma.PlacementWhereInput {
  return {
    institutionId,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.country ? { application: { offer: { country: filters.country } } } : {}),
  };
}

/**
 * The officer's queue: the own institution's placements, filtered by status, action and host
 * country, a page at a time, with the count per status under the other filters.
 */
export async function listPlacementQueue(user: CurrentUser, filters: QueueFilters) {
  if (user.role !== "OFFICE" || !user.institutionId) {
    return {
      institution: null,
      items: [],
      total: 0,
      page: filters.page,
      pageSize: QUEUE_PAGE_SIZE,
      pageCount: 0,
      counts: {} as Record<string, number>,
      hostCountries: [] as string[],
    };
  }
  const base = queueWhere(user.institutionId, filters);
  const where: Prisma.PlacementWhereInput = filters.status === "ALL" ? base : { ...base, status: filters.status };
  const orderBy: Prisma.PlacementOrderByWithRelationInput[] =
    filters.status === "PROPOSED" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }];
  const [institution, total, rows, grouped, countries] = await Promise.all([
    prisma.institution.findUnique({ where: { id: user.institutionId }, select: { id: true, name: true, erasmusCode: true } }),
    prisma.placement.count({ where }),
    prisma.placement.findMany({
      where,
      orderBy,
      skip: (filters.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        ...PLACEMENT_SUMMARY_SELECT,
        application: {
          select: {
            participant: { select: { user: { select: { name: true } } } },
            offer: { select: { id: true, title: true, country: true, city: true, host: { select: { legalName: true } } } },
          },
        },
      },
    }),
    prisma.placement.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    // The host countries the filter offers: those of this institution's placements.
    prisma.offer.findMany({
      where: { applications: { some: { placement: { institutionId: user.institutionId } } } },
      distinct: ["country"],
      select: { country: true },
      orderBy: { country: "asc" },
    }),
  ]);
  const counts: Record<string, number> = {};
  for (const g of grouped) counts[g.status] = g._count._all;
  const items = rows.map((r) => ({
    id: r.id,
    status: r.status,
    action: r.action,
    callYear: r.callYear,
    startDate: r.startDate,
    endDate: r.endDate,
    proposedAt: r.createdAt,
    decidedAt: r.decidedAt,
    participantName: r.application.participant.user.name,
    offerId: r.application.offer.id,
    offerTitle: r.application.offer.title,
    hostName: r.application.offer.host.legalName,
    hostCountry: r.application.offer.country,
    hostCity: r.application.offer.city,
  }));
  return {
    institution,
    items,
    total,
    page: filters.page,
    pageSize: QUEUE_PAGE_SIZE,
    pageCount: Math.ceil(total / QUEUE_PAGE_SIZE),
    counts,
    hostCountries: countries.map((c) => c.country),
  };
}

export type PlacementQueue = Awaited<ReturnType<typeof listPlacementQueue>>;

// ——— the review ———

/** The proposals the office refused before the current one (lib/domain/placement-lifecycle.ts "repropose"), oldest first. */
export function listEarlierProposals(placementId: string) {
  return prisma.placementProposal.findMany({
    where: { placementId },
    orderBy: { supersededAt: "asc" },
    select: { id: true, startDate: true, endDate: true, status: true, decidedAt: true, decisionReason: true },
  });
}

export interface HistoryEntry {
  readonly id: string;
  readonly verb: string;
  readonly at: Date;
  readonly actorName: string | null;
  readonly after: unknown;
}

async function historyOf(p: DecisionPlacement): Promise<HistoryEntry[]> {
  const events = await prisma.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Placement", entityId: p.id },
        { entityType: "Application", entityId: p.applicationId, verb: { in: ["application.accept", "application.release"] } },
        ...(p.learningAgreement ? [{ entityType: "LearningAgreement", entityId: p.learningAgreement.id }] : []),
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    include: { actor: { select: { name: true } } },
  });
  return events.map((e) => ({ id: e.id, verb: e.verb, at: e.createdAt, actorName: e.actor?.name ?? null, after: e.after }));
}

/**
 * Everything the officer needs on one screen: participant, host, offer tasks with the DOT
 * evidence, dates, every check with its verdict (live while the placement waits; as stored at the
 * decision afterwards), the grant the record would carry, the project agreement number, the
 * mobility record once approved, and the history from the audit log.
 */
export async function getPlacementReview(user: CurrentUser, placementId: string) {
  const p = await findOwnPlacement(user, placementId);
  const live = checkPlacement(checkInputOf(p));
  const stored = p.status === "PROPOSED" ? null : readStoredChecks(p.checks);
  const [rates, agreementNumber, history, earlierProposals] = await Promise.all([
    getGrantRateRows(p.institutionId),
    getAgreementNumber(p.institutionId, asKeyAction(p.action), p.callYear),
    historyOf(p),
    listEarlierProposals(p.id),
  ]);
  const participant = p.application.participant;
  const grant =
    live.durationDays > 0
      ? grantFor({
          action: asKeyAction(p.action),
          format: live.format ?? undefined,
          callYear: p.callYear,
          rates,
          hostCountry: p.application.offer.country,
          days: live.durationDays,
          fewerOpportunities: participant.fewerOpportunities,
        })
      : null;
  return {
    placement: p,
    checks: stored ? stored.checks : live.checks.map((c) => ({ id: c.id, ok: c.ok, code: c.code, params: { ...c.params }, message: c.message })),
    checksEvaluatedAt: stored?.evaluatedAt ?? null,
    classification: live.classification,
    approvable: live.approvable,
    hardChecksPass: live.hardChecksPass,
    durationDays: live.durationDays,
    /** The format the checks applied (the stored one, or inferred when it is not a known id). */
    format: live.format ?? (isFormatId(p.format) ? p.format : null),
    grant,
    agreementNumber,
    history,
    earlierProposals,
  };
}

export type PlacementReview = Awaited<ReturnType<typeof getPlacementReview>>;

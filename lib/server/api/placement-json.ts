import "server-only";
import { isoDate } from "@/lib/domain/dates";
import type { MobilityRecord } from "@/generated/prisma/client";
import type { MobilityRecordJson, PlacementReviewJson, QueueJson } from "@/lib/api/schemas/placements";
import type { PlacementQueue, PlacementReview } from "../services/placement/review";

// The JSON API's shapes (GET/POST /api/v1/placements…): dates as YYYY-MM-DD, money in euro cents.
const moment = (d: Date | null) => (d ? d.toISOString() : null);
const period = (p: { action: string; callYear: number; startDate: Date; endDate: Date }) => ({
  action: p.action,
  callYear: p.callYear,
  start: isoDate(p.startDate),
  end: isoDate(p.endDate),
});

export function queueJson(queue: PlacementQueue): QueueJson {
  return {
    total: queue.total,
    page: queue.page,
    pageSize: queue.pageSize,
    counts: queue.counts,
    items: queue.items.map((p) => ({
      id: p.id,
      status: p.status,
      ...period(p),
      participant: p.participantName,
      offer: { id: p.offerId, title: p.offerTitle },
      host: { name: p.hostName, country: p.hostCountry, city: p.hostCity },
      proposedAt: moment(p.proposedAt),
      decidedAt: moment(p.decidedAt),
    })),
  };
}

/** Json columns hold lists of strings; anything else is dropped rather than answered untyped. */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function recordJson(r: MobilityRecord): MobilityRecordJson {
  return {
    mobilityId: r.mobilityId,
    agreementNumber: r.agreementNumber,
    ...period(r),
    activityType: r.activityType,
    digitalSkills: r.digitalSkills,
    categories: strings(r.categories),
    durationDays: r.durationDays,
    grant: {
      currency: "EUR",
      fundedMonths: r.fundedMonths,
      extraDays: r.extraDays,
      countryGroup: r.countryGroup,
      monthlyRateCents: r.monthlyRateCents,
      baseCents: r.baseGrantCents,
      topUpCents: r.topUpCents,
      travelCents: r.travelCents,
      totalCents: r.totalGrantCents,
    },
    approvedByName: r.approvedByName,
    approvedAt: moment(r.approvedAt),
    override: r.overrideJustification
      ? { categories: strings(r.overrideCategories), justification: r.overrideJustification, byName: r.overrideByName, at: moment(r.overrideAt) }
      : null,
  };
}

export function reviewJson(review: PlacementReview): PlacementReviewJson {
  const { placement: p, grant } = review;
  const { participant, offer } = p.application;
  return {
    id: p.id,
    status: p.status,
    ...period(p),
    durationDays: review.durationDays,
    participant: {
      name: participant.user.name,
      email: participant.user.email,
      category: participant.category,
      fieldOfEducation: participant.fieldOfEducation,
      eqfLevel: participant.eqfLevel,
    },
    offer: { id: offer.id, title: offer.title, country: offer.country, city: offer.city },
    host: { name: offer.host.legalName, type: offer.host.type, country: offer.host.country },
    approvable: review.approvable,
    hardChecksPass: review.hardChecksPass,
    checks: review.checks,
    agreementNumber: review.agreementNumber,
    grantEstimate: grant ? { currency: "EUR", ...grant } : null,
    decision: p.decidedAt ? { decidedAt: moment(p.decidedAt), reason: p.decisionReason } : null,
    record: p.mobilityRecord ? recordJson(p.mobilityRecord) : null,
  };
}

import "server-only";
import { isoDate } from "@/lib/domain/dates";
import type { MobilityRecord, Placement } from "@/generated/prisma/client";
import { type CheckId, checkPlacement } from "@/lib/domain";
import { asKeyAction } from "@/lib/domain/actions";
import type { FormatId } from "@/lib/domain/formats";
import { transition } from "@/lib/domain/placement-lifecycle";
import { type ApprovedOverride, type OverrideProblem, decideApproval } from "@/lib/domain/approval";
import { MobilityRecordError, type MobilityRecordProblem, buildMobilityRecord } from "@/lib/domain/mobility-record";
import type { ApproveInput, RejectInput } from "@/lib/validation/placement-decision";
import { prisma } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError } from "../../errors";
import { revalidateStats } from "../../public-pages";
import { getAgreementNumber } from "../project-agreements";
import { getGrantRateRows } from "../grant-rates";
import { createLearningAgreement } from "../learning-agreement/service";
import { notifyPlacementDecision } from "./decision-notify";
import { type DecisionPlacement, checkInputOf, findOwnPlacement, storedChecksOf } from "./review";

const E = "placementDecision.errors";

/**
 * The server's checks refuse the approval; `failing` names the hard checks (lib/domain/approval).
 * The pipeline shows it like any refusal: the review form gets the failing ids under `checks`,
 * the API one issue per check in the checks' own words.
 */
export class ApprovalRefusedError extends ExpectedError {
  constructor(
    readonly failing: readonly CheckId[],
    readonly checkMessages: readonly { id: CheckId; code: string; message: string }[],
  ) {
    super(`${E}.hardChecksFail`, {
      status: 409,
      fieldErrors: { checks: [...failing] },
      issues: checkMessages.map((c) => ({ path: `checks.${c.id}`, message: c.message })),
    });
    this.name = "ApprovalRefusedError";
  }
}

const OVERRIDE_FIELD: Record<OverrideProblem, string | undefined> = {
  "override-required": undefined,
  "categories-required": "overrideCategories",
  "unknown-category": "overrideCategories",
  "justification-too-short": "justification",
  "justification-too-long": "justification",
};

const RECORD_PROBLEM_KEY: Record<MobilityRecordProblem, string> = {
  "missing-agreement-number": `${E}.noAgreement`,
  "no-grant-rate": `${E}.noGrantRate`,
  "invalid-dates": `${E}.invalidDates`,
  "no-categories": `${E}.noCategories`,
  "invalid-placement-id": "errors.generic",
};

function alreadyDecided(status: Placement["status"]): never {
  throw new ExpectedError(status === "CANCELLED" ? `${E}.cancelled` : `${E}.alreadyRejected`, { status: 409 });
}

/** The lifecycle (lib/domain/placement-lifecycle.ts): the office decides on a proposal whose application still holds its place. */
function officeMayDecide(p: DecisionPlacement, event: "approve" | "office-reject") {
  if (!transition({ application: p.application.status, placement: p.status }, event, "office").ok) {
    throw new ExpectedError("placementLifecycle.errors.notNow", { status: 409 });
  }
}

export type ApprovalResult = { record: MobilityRecord; alreadyApproved: boolean };

async function approvedResult(placementId: string): Promise<ApprovalResult> {
  const placement = await prisma.placement.findUniqueOrThrow({ where: { id: placementId }, include: { mobilityRecord: true } });
  if (placement.status !== "APPROVED" || !placement.mobilityRecord) alreadyDecided(placement.status);
  return { record: placement.mobilityRecord, alreadyApproved: true };
}

/** The record's columns, from the rows only; refusals a builder problem explains become messages. */
async function recordFields(
  p: DecisionPlacement,
  user: CurrentUser,
  checked: { evidence: readonly string[]; format: FormatId },
  override: ApprovedOverride | null,
  now: Date,
) {
  const action = asKeyAction(p.action);
  const [agreementNumber, rates] = await Promise.all([getAgreementNumber(p.institutionId, action, p.callYear), getGrantRateRows(p.institutionId)]);
  // The agreement number is configured per institution and call year in /office/settings.
  if (!agreementNumber) throw new ExpectedError(`${E}.noAgreement`, { status: 409 });
  const { participant, offer } = p.application;
  try {
    return buildMobilityRecord({
      placementId: p.id,
      action,
      format: checked.format,
      callYear: p.callYear,
      start: isoDate(p.startDate),
      end: isoDate(p.endDate),
      virtualComponent:
        p.virtualStart && p.virtualEnd ? { start: isoDate(p.virtualStart), end: isoDate(p.virtualEnd), description: p.virtualDescription ?? "" } : null,
      agreementNumber,
      evidenceCategories: checked.evidence,
      rates,
      participant: {
        // Legal names may still be missing; the export lists records that lack them (schema note).
        firstName: participant.firstName ?? "",
        lastName: participant.lastName ?? "",
        email: participant.user.email,
        birthDate: participant.birthDate,
        nationality: participant.nationality,
        gender: participant.gender,
        category: participant.category,
        fewerOpportunities: participant.fewerOpportunities,
        fieldOfEducation: participant.fieldOfEducation,
        eqfLevel: participant.eqfLevel,
        previousMonths: participant.previousMobilityMonths,
      },
      mainLanguage: offer.language,
      sending: {
        name: p.institution.name,
        erasmusCode: p.institution.erasmusCode,
        oid: p.institution.oid,
        country: p.institution.country,
        city: p.institution.city,
      },
      receiving: {
        name: offer.host.legalName,
        pic: offer.host.pic,
        oid: offer.host.oid,
        belowTwoFifty: offer.host.belowTwoFifty,
        sector: offer.host.naceSection,
        country: offer.country,
        city: offer.city,
      },
      approvedBy: { id: user.id, name: user.name },
      override: override ? { ...override, byName: user.name, at: now } : undefined,
    });
  } catch (error) {
    if (error instanceof MobilityRecordError) throw new ExpectedError(RECORD_PROBLEM_KEY[error.problem], { status: 409 });
    throw error;
  }
}

/**
 * Approves a placement of the officer's own institution. Everything is re-derived from the
 * database, never from the form: the placement checks run again here, hard rules are never
 * overridable, and an override is accepted only when digital-activity alone fails. In one transaction: the
 * conditional PROPOSED → APPROVED update, the mobility record (unique per placement), the audit
 * events and the Learning Agreement draft. Approving again, or racing another approval, answers
 * with the one existing record; a cancelled or rejected placement is refused.
 */
export async function approvePlacement(user: CurrentUser, input: ApproveInput, now: Date = new Date()): Promise<ApprovalResult> {
  const p = await findOwnPlacement(user, input.placementId);
  if (p.status === "APPROVED") return approvedResult(p.id);
  if (p.status !== "PROPOSED") alreadyDecided(p.status);
  officeMayDecide(p, "approve");

  const result = checkPlacement(checkInputOf(p));
  const overriding = input.overrideCategories.length > 0 || input.justification.length > 0;
  const verdict = decideApproval(result, overriding ? { categories: input.overrideCategories, justification: input.justification } : null);
  if (verdict.outcome === "refuse") {
    if (verdict.reason === "override-not-needed") throw new ExpectedError(`${E}.overrideNotNeeded`, { status: 409 });
    throw new ApprovalRefusedError(
      verdict.failing,
      result.checks.filter((c) => verdict.failing.includes(c.id)).map((c) => ({ id: c.id, code: c.code, message: c.message })),
    );
  }
  if (verdict.outcome === "needs-override") {
    const problem = verdict.problems[0]!;
    throw new ExpectedError(`${E}.override.${problem}`, { field: OVERRIDE_FIELD[problem], status: 400 });
  }
  const override = verdict.override;
  // The format check passed (a hard check), so the checks settled on a known format.
  const fields = await recordFields(p, user, { evidence: result.classification.categories, format: result.format ?? "HE-SMT-LONG" }, override, now);
  const checks = storedChecksOf(result, now);

  let record: MobilityRecord | null;
  try {
    record = await prisma.$transaction(
      async (tx) => {
        // The guard against double approval: only a PROPOSED placement moves, once.
        const moved = await tx.placement.updateMany({
          where: { id: p.id, institutionId: p.institutionId, status: "PROPOSED", application: { status: "ACCEPTED" } },
          data: {
            status: "APPROVED",
            checks,
            overrideCategories: override ? [...override.categories] : undefined,
            overrideJustification: override?.justification ?? null,
            decidedById: user.id,
            decidedAt: now,
          },
        });
        if (moved.count === 0) return null;
        const created = await tx.mobilityRecord.create({ data: { ...fields, placementId: p.id, institutionId: p.institutionId, approvedAt: now } });
        await audit(tx, {
          actorId: user.id,
          verb: "placement.approve",
          entityType: "Placement",
          entityId: p.id,
          before: { status: "PROPOSED" },
          after: { status: "APPROVED", mobilityId: created.mobilityId, totalGrantCents: created.totalGrantCents, categories: fields.categories },
        });
        if (override) {
          await audit(tx, {
            actorId: user.id,
            verb: "placement.override",
            entityType: "Placement",
            entityId: p.id,
            after: { categories: [...override.categories], justification: override.justification, officer: user.name, at: now.toISOString() },
          });
        }
        // Every approved placement has its Learning Agreement (first draft: lib/domain/learning-agreement/draft.ts; idempotent).
        await createLearningAgreement(tx, p.id, user.id);
        await notifyPlacementDecision(tx, p, { decision: "approved", mobilityId: created.mobilityId });
        return created;
      },
      // Concurrent approvals wait for the one that holds the row (or SQLite's write lock).
      { maxWait: 15_000, timeout: 20_000 },
    );
  } catch (error) {
    // Another approval created the record first (unique placementId): the same answer as approving twice.
    if (isUniqueViolation(error) && (await prisma.placement.count({ where: { id: p.id, status: "APPROVED" } })) === 1) return approvedResult(p.id);
    throw error;
  }
  if (!record) return approvedResult(p.id);
  // A new approved mobility changes the public statistics.
  revalidateStats();
  return { record, alreadyApproved: false };
}

/**
 * Rejects a placement of the officer's own institution with a reason. Rejecting again changes
 * nothing; an approved or cancelled placement is refused.
 */
export async function rejectPlacement(user: CurrentUser, input: RejectInput, now: Date = new Date()): Promise<{ alreadyRejected: boolean }> {
  const p = await findOwnPlacement(user, input.placementId);
  if (p.status === "REJECTED") return { alreadyRejected: true };
  if (p.status === "APPROVED") throw new ExpectedError(`${E}.alreadyApproved`, { status: 409 });
  if (p.status !== "PROPOSED") alreadyDecided(p.status);
  officeMayDecide(p, "office-reject");
  const result = checkPlacement(checkInputOf(p));
  const moved = await prisma.$transaction(
    async (tx) => {
      const { count } = await tx.placement.updateMany({
        where: { id: p.id, institutionId: p.institutionId, status: "PROPOSED", application: { status: "ACCEPTED" } },
        data: { status: "REJECTED", decisionReason: input.reason, decidedById: user.id, decidedAt: now, checks: storedChecksOf(result, now) },
      });
      if (count === 0) return false;
      await audit(tx, {
        actorId: user.id,
        verb: "placement.reject",
        entityType: "Placement",
        entityId: p.id,
        before: { status: "PROPOSED" },
        after: { status: "REJECTED", reason: input.reason },
      });
      await notifyPlacementDecision(tx, p, { decision: "rejected", reason: input.reason });
      return true;
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
  if (!moved) {
    const current = await prisma.placement.findUniqueOrThrow({ where: { id: p.id }, select: { status: true } });
    if (current.status === "REJECTED") return { alreadyRejected: true };
    if (current.status === "APPROVED") throw new ExpectedError(`${E}.alreadyApproved`, { status: 409 });
    alreadyDecided(current.status);
  }
  return { alreadyRejected: false };
}

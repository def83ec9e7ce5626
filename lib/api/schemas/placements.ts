import { PLACEMENT_STATES } from "@/lib/domain/placement-lifecycle";
import { z } from "zod";
import { KEY_ACTIONS } from "@/lib/domain/actions";
import { FORMAT_IDS } from "@/lib/domain/formats";
import { day, instant } from "./common";
import { grantEstimateSchema, reviewCheckSchema } from "./checks";

// /api/v1/placements… (builders: lib/server/api/placement-json.ts). Money in euro cents.

const status = z.enum(PLACEMENT_STATES);
const period = { action: z.string().meta({ description: "Key action, e.g. KA131" }), callYear: z.number().int(), start: day, end: day };

export const queueResponseSchema = z.strictObject({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(z.string(), z.number().int()).meta({ description: "Placements per status under the other filters." }),
  items: z.array(
    z.strictObject({
      id: z.string(),
      status,
      ...period,
      participant: z.string(),
      offer: z.strictObject({ id: z.string(), title: z.string() }),
      host: z.strictObject({ name: z.string(), country: z.string(), city: z.string() }),
      proposedAt: instant.nullable(),
      decidedAt: instant.nullable(),
    }),
  ),
});

export const mobilityRecordSchema = z.strictObject({
  mobilityId: z.string(),
  agreementNumber: z.string(),
  ...period,
  activityType: z.string().meta({ description: "Beneficiary Module activity type, e.g. HE-SMT" }),
  digitalSkills: z.boolean(),
  categories: z.array(z.string()),
  durationDays: z.number().int(),
  grant: z.strictObject({
    currency: z.literal("EUR"),
    fundedMonths: z.number().int(),
    extraDays: z.number().int(),
    countryGroup: z.number().int().nullable(),
    monthlyRateCents: z.number().int(),
    baseCents: z.number().int(),
    topUpCents: z.number().int(),
    travelCents: z.number().int(),
    totalCents: z.number().int(),
  }),
  approvedByName: z.string(),
  approvedAt: instant.nullable(),
  override: z
    .strictObject({ categories: z.array(z.string()), justification: z.string(), byName: z.string().nullable(), at: instant.nullable() })
    .nullable()
    .meta({ description: "The officer's confirmation of categories the wording lacks evidence for." }),
});

export const placementReviewSchema = z.strictObject({
  id: z.string(),
  status,
  ...period,
  durationDays: z.number().int(),
  participant: z.strictObject({
    name: z.string(),
    email: z.string(),
    category: z.string(),
    fieldOfEducation: z.string().nullable(),
    eqfLevel: z.number().int().nullable(),
  }),
  offer: z.strictObject({ id: z.string(), title: z.string(), country: z.string(), city: z.string() }),
  host: z.strictObject({ name: z.string(), type: z.string(), country: z.string() }),
  approvable: z.boolean(),
  hardChecksPass: z.boolean(),
  checks: z.array(reviewCheckSchema),
  agreementNumber: z.string().nullable(),
  grantEstimate: grantEstimateSchema.nullable(),
  decision: z.strictObject({ decidedAt: instant.nullable(), reason: z.string().nullable() }).nullable(),
  record: mobilityRecordSchema.nullable(),
});

export const approveResponseSchema = z.strictObject({ status: z.literal("APPROVED"), alreadyApproved: z.boolean(), record: mobilityRecordSchema });
export const rejectResponseSchema = z.strictObject({ status: z.literal("REJECTED"), alreadyRejected: z.boolean() });
export const cancelResponseSchema = z.strictObject({ status: z.literal("CANCELLED"), alreadyCancelled: z.boolean() });
export const formatResponseSchema = z.strictObject({ format: z.enum(FORMAT_IDS), action: z.enum(KEY_ACTIONS), changed: z.boolean() });

export type QueueJson = z.output<typeof queueResponseSchema>;
export type MobilityRecordJson = z.output<typeof mobilityRecordSchema>;
export type PlacementReviewJson = z.output<typeof placementReviewSchema>;
export type ApproveJson = z.output<typeof approveResponseSchema>;
export type RejectJson = z.output<typeof rejectResponseSchema>;
export type CancelJson = z.output<typeof cancelResponseSchema>;
export type FormatJson = z.output<typeof formatResponseSchema>;

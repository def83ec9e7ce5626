import { z } from "zod";
import { DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS } from "@/lib/domain/activities";
import { FORMAT_IDS } from "@/lib/domain/formats";
import { CHECK_IDS } from "@/lib/domain/placement-checks";

// POST /api/v1/checks/activities and /api/v1/checks/placement (lib/server/services/checks.ts);
// the check and grant shapes are shared with the placement review.

const activityId = z.enum([...DOT_ACTIVITY_IDS, ...EXCLUDED_ACTIVITY_IDS]);

export const activityCheckResponseSchema = z.strictObject({
  qualifies: z.boolean(),
  categories: z.array(z.enum(DOT_ACTIVITY_IDS)),
  excluded: z.array(z.enum(EXCLUDED_ACTIVITY_IDS)),
  evidence: z.array(
    z.strictObject({
      id: activityId,
      kind: z.enum(["category", "excluded"]),
      phrase: z.string(),
      sentence: z.string().meta({ description: "The sentence around the phrase, at most 300 characters (… where cut)." }),
    }),
  ),
});

export const checkSchema = z.strictObject({
  id: z.enum(CHECK_IDS),
  ok: z.boolean(),
  code: z.string().meta({ description: "A stable reason code." }),
  message: z.string().meta({ description: "The reason in English." }),
});

export const reviewCheckSchema = checkSchema.extend({
  params: z.record(z.string(), z.union([z.string(), z.number()])).meta({ description: "The values the reason code is rendered with." }),
});

/** Money in euro cents (lib/domain/grants.ts GrantEstimate). */
export const grantEstimateSchema = z.strictObject({
  currency: z.literal("EUR"),
  basis: z.enum(["monthly", "daily-bands", "staff-daily", "learner-daily"]),
  countryGroup: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  days: z.number().int(),
  dailyRateCents: z.number().int(),
  secondBandDays: z.number().int(),
  secondBandDailyCents: z.number().int(),
  fullMonths: z.number().int(),
  extraDays: z.number().int(),
  monthlyRateCents: z.number().int(),
  baseCents: z.number().int(),
  traineeshipTopUpCents: z.number().int(),
  fewerOpportunitiesTopUpCents: z.number().int(),
  greenTravelCents: z.number().int(),
  totalCents: z.number().int(),
});

export const placementCheckResponseSchema = z.strictObject({
  approvable: z.boolean(),
  format: z
    .strictObject({ id: z.enum(FORMAT_IDS), activityCode: z.string().meta({ description: "The Beneficiary Module activity type." }), inferred: z.boolean() })
    .nullable(),
  checks: z.array(checkSchema),
  durationDays: z.number().int(),
  grant: grantEstimateSchema.optional().meta({ description: "Present when a rate applies." }),
});

export type ActivityCheckJson = z.output<typeof activityCheckResponseSchema>;
export type PlacementCheckJson = z.output<typeof placementCheckResponseSchema>;

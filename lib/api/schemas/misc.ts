import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { LOCALES } from "@/i18n/locales";
import { instant } from "./common";

// GET /api/v1/activities, /session, /stats and the message thread of an application.

const labelled = z.strictObject({ id: z.string(), label: z.string(), description: z.string() });
export const activitiesResponseSchema = z.strictObject({ locale: z.enum(LOCALES), categories: z.array(labelled), exclusions: z.array(labelled) });

export const sessionResponseSchema = z.strictObject({
  user: z
    .strictObject({
      name: z.string(),
      email: z.string(),
      role: z.enum(ROLES),
      emailVerified: z.boolean(),
      home: z.string().meta({ description: "The role's dashboard path." }),
    })
    .nullable()
    .meta({ description: "null when nobody is signed in." }),
});

const counts = z.record(z.string(), z.number().int());
export const statsResponseSchema = z.strictObject({
  total: z.number().int(),
  byHostCountry: counts,
  byCategory: counts,
  bySendingCountry: counts,
  byField: counts.meta({ description: "By ISCED-F field of education." }),
});

export const messageSchema = z.strictObject({
  id: z.string(),
  side: z.enum(["HOST", "APPLICANT"]),
  body: z.string(),
  createdAt: instant,
  readAt: instant.nullable(),
  authorName: z.string().nullable(),
  mine: z.boolean().nullable().meta({ description: "Written by the reader." }),
});

export const threadResponseSchema = z.strictObject({
  applicationId: z.string(),
  side: z.enum(["HOST", "APPLICANT"]).nullable().meta({ description: "The reader's side; null for the international office, which only reads." }),
  open: z.boolean(),
  canWrite: z.boolean(),
  messages: z.array(messageSchema),
});

export const postMessageResponseSchema = z.strictObject({ message: messageSchema });

export type ThreadJson = z.output<typeof threadResponseSchema>;
export type MessageJson = z.output<typeof messageSchema>;
export type ActivitiesJson = z.output<typeof activitiesResponseSchema>;
export type SessionJson = z.output<typeof sessionResponseSchema>;
export type StatsJson = z.output<typeof statsResponseSchema>;
export type PostMessageJson = z.output<typeof postMessageResponseSchema>;

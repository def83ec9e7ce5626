import { z } from "zod";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/forms/limits";
import { maxChars } from "./messages";

// Schemas of the saved offers / saved searches forms (app/offers/actions.ts, app/student/saved/actions.ts).
const id = z.string().min(1).max(64);
const flag = z.enum(["1", "0"]).transform((v) => v === "1");

export const MAX_SAVED_SEARCHES = 20;
export { SAVED_SEARCH_NAME_MAX };

export const savedOfferToggleSchema = z.object({ offerId: id, save: flag });

export const savedSearchNameSchema = z.string().trim().min(1, "validation.required").max(SAVED_SEARCH_NAME_MAX, maxChars(SAVED_SEARCH_NAME_MAX));

/** `query` is the /offers query string as the page has it; the service validates and normalises it. */
export const saveSearchSchema = z.object({ query: z.string().max(2000, maxChars(2000)).default(""), name: savedSearchNameSchema });

export const renameSearchSchema = z.object({ searchId: id, name: savedSearchNameSchema });

export const searchAlertsSchema = z.object({ searchId: id, alertsOn: flag });

export const savedSearchIdSchema = z.object({ searchId: id });

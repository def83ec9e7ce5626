import { z } from "zod";
import { parseIsoDate } from "@/lib/domain";
import { optionalParam, pageParam } from "./admin-params";

// `/admin/audit` filters, all GET parameters. Dates are calendar days (UTC), both ends included.

export const AUDIT_FILTER_KEYS = ["verb", "entityType", "actor", "entityId", "from", "to", "page"] as const;

const dateParam = (message: string) => optionalParam(z.string(message).refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v) !== null, message));

/** From after to: the page shows it next to the dates instead of listing (app/[locale]/admin/audit/page.tsx). */
export const RANGE_MESSAGE = "adminArea.invalid.range";

export const auditFilterSchema = z
  .object({
    // Verbs look like "host.verify", "learning-agreement.sign", "savedSearch.create".
    verb: optionalParam(
      z
        .string("adminArea.invalid.verb")
        .trim()
        .max(60, "adminArea.invalid.verb")
        .regex(/^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)+$/, "adminArea.invalid.verb"),
    ),
    entityType: optionalParam(
      z
        .string("adminArea.invalid.entityType")
        .trim()
        .max(60, "adminArea.invalid.entityType")
        .regex(/^[A-Za-z][A-Za-z0-9]*$/, "adminArea.invalid.entityType"),
    ),
    // Part of the actor's e-mail address; addresses are stored in lower case.
    actor: optionalParam(z.string("adminArea.invalid.actor").trim().toLowerCase().max(254, "adminArea.invalid.actor")),
    entityId: optionalParam(
      z
        .string("adminArea.invalid.entityId")
        .trim()
        .max(64, "adminArea.invalid.entityId")
        .regex(/^[A-Za-z0-9_-]+$/, "adminArea.invalid.entityId"),
    ),
    from: dateParam("adminArea.invalid.from"),
    to: dateParam("adminArea.invalid.to"),
    page: pageParam,
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: RANGE_MESSAGE });
  });
export type AuditFilters = z.infer<typeof auditFilterSchema>;

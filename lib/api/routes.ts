import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { activityCheckSchema, placementCheckSchema } from "@/lib/validation/checks";
import { messageBodySchema } from "@/lib/validation/application-message";
import { offerSearchSchema } from "@/lib/validation/offer-search";
import { queueFiltersSchema } from "@/lib/validation/placement-decision";
import { activityCheckResponseSchema, placementCheckResponseSchema } from "./schemas/checks";
import { activitiesResponseSchema, postMessageResponseSchema, sessionResponseSchema, statsResponseSchema, threadResponseSchema } from "./schemas/misc";
import { offerDetailSchema, offerSearchResponseSchema, ownOfferSchema } from "./schemas/offers";
import {
  approveResponseSchema,
  cancelResponseSchema,
  formatResponseSchema,
  placementReviewSchema,
  queueResponseSchema,
  rejectResponseSchema,
} from "./schemas/placements";
import { laDocumentSchema } from "@/lib/validation/learning-agreement-document";
import { approveBodySchema, cancelBodySchema, formatBodySchema, offerBodySchema, rejectBodySchema } from "./request-bodies";

// Every /api/v1 operation, one entry each: what lib/api/openapi.ts turns into the document and
// the reference page. tests/unit/openapi.test.ts checks that this table and app/api/v1 name the
// same routes; tests/integration/openapi-responses.test.ts checks real answers against it.
// Adding a route = one entry here (with its zod schemas).

export type Method = "get" | "post" | "put";

/** Bodies that are not plain JSON: EWP XML (docs/ewp.md) and the published JSON Schema. */
export type SuccessMediaType = "application/json" | "application/xml" | "application/schema+json";

/** The media type an operation succeeds with. */
export const successMediaType = (op: Operation): SuccessMediaType => op.success.mediaType ?? "application/json";

/** How a caller is identified: anyone (rate-limited per client address) or the session cookie. */
export type Access = "public" | "session" | "optional-session";

export interface Operation {
  summary: string;
  description?: string;
  access: Access;
  /** The permission a session needs (lib/auth/permissions.ts); 403 without it. */
  permission?: string;
  /** Spends the per-address budget (lib/server/api/handlers.ts publicApi): 429 when used up. */
  throttled?: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success status and its body (JSON unless `mediaType` says otherwise). */
  success: { status: 200 | 201; schema: z.ZodType; description: string; mediaType?: SuccessMediaType };
  /** Refusals the handler itself answers (besides those implied by access, body and throttle). */
  errors?: Partial<Record<400 | 404 | 409 | 429, string>>;
}

export interface ApiRoute {
  /** OpenAPI path, `{id}` where the folder is `[id]`. */
  path: string;
  operations: Partial<Record<Method, Operation>>;
}

const localeQuery = z.object({ locale: z.enum(LOCALES).default("en").meta({ description: "The language of the labels." }) });

export const API_ROUTES: readonly ApiRoute[] = [
  {
    path: "/api/v1/activities",
    operations: {
      get: {
        summary: "The DOT activity categories and the exclusions, labelled",
        access: "public",
        throttled: true,
        query: localeQuery,
        success: { status: 200, schema: activitiesResponseSchema, description: "Categories and exclusions in the requested language." },
        errors: { 400: "Unknown locale." },
      },
    },
  },
  {
    path: "/api/v1/applications/{id}/messages",
    operations: {
      get: {
        summary: "The message thread of an application",
        description: "For the offer's host, the applicant, or the applicant's international office (reads only). No e-mail addresses.",
        access: "session",
        permission: "read:application-thread:own",
        throttled: true,
        success: { status: 200, schema: threadResponseSchema, description: "The thread, oldest message first." },
        errors: { 404: "No application with this id in the user's own scope." },
      },
      post: {
        summary: "Write a message as the host or the applicant",
        description: "The other side is mailed. The international office reads along but cannot write (403).",
        access: "session",
        permission: "write:application-thread:own",
        throttled: true,
        body: messageBodySchema,
        success: { status: 201, schema: postMessageResponseSchema, description: "The message as stored." },
        errors: {
          400: "Empty or too long.",
          404: "No application with this id in the user's own scope.",
          409: "The application is withdrawn or rejected: the thread is closed.",
          429: "Too many messages in a short time.",
        },
      },
    },
  },
  {
    path: "/api/v1/checks/activities",
    operations: {
      post: {
        summary: "Does a text describe a digital-skills traineeship?",
        description: "The classifier's verdict with the evidence phrases. Costs one unit per started 1,000 characters.",
        access: "public",
        throttled: true,
        body: activityCheckSchema,
        success: { status: 200, schema: activityCheckResponseSchema, description: "The verdict." },
        errors: { 400: "Missing or too long text." },
      },
    },
  },
  {
    path: "/api/v1/checks/placement",
    operations: {
      post: {
        summary: "Every eligibility check of one placement",
        description: "The rules of docs/domain.md §1–§4, the inclusive duration and a grant estimate at the default rates.",
        access: "public",
        throttled: true,
        body: placementCheckSchema,
        success: { status: 200, schema: placementCheckResponseSchema, description: "Each check with its verdict." },
        errors: { 400: "A field is missing or invalid (named in `issues`)." },
      },
    },
  },
  {
    path: "/api/v1/offers",
    operations: {
      get: {
        summary: "Search published, open offers",
        description: "Full text and facets with counts, sorts and pages. `sort=match` needs a participant profile and is refused here.",
        access: "public",
        throttled: true,
        query: offerSearchSchema,
        success: { status: 200, schema: offerSearchResponseSchema, description: "One page of offers and the facet counts." },
        errors: { 400: "A parameter is invalid or repeated." },
      },
      post: {
        summary: "Create an offer (company users)",
        description: 'A draft; `"publish": true` publishes it too, re-checked on the server.',
        access: "session",
        permission: "manage:offer:own",
        throttled: true,
        body: offerBodySchema,
        success: { status: 201, schema: ownOfferSchema, description: "The offer as saved." },
        errors: { 400: "A field is invalid, or the offer cannot be published (named in `issues`).", 404: "The user has no organisation." },
      },
    },
  },
  {
    path: "/api/v1/offers/{id}",
    operations: {
      get: {
        summary: "One published offer",
        access: "public",
        throttled: true,
        success: { status: 200, schema: offerDetailSchema, description: "The offer." },
        errors: { 404: "Drafts, closed offers and unknown ids." },
      },
      put: {
        summary: "Replace the company's own offer",
        description: "Every field, as the editor saves it. A published offer stays published only with a period that can be filled and tasks that qualify.",
        access: "session",
        permission: "manage:offer:own",
        throttled: true,
        body: offerBodySchema,
        success: { status: 200, schema: ownOfferSchema, description: "The offer as saved." },
        errors: { 400: "A field is invalid (named in `issues`).", 404: "Not an offer of the user's organisation." },
      },
    },
  },
  {
    path: "/api/v1/placements",
    operations: {
      get: {
        summary: "The international office's placements",
        description: "The officer's own institution only; without `status`, those waiting for a decision.",
        access: "session",
        permission: "decide:placement:own",
        throttled: true,
        query: queueFiltersSchema,
        success: { status: 200, schema: queueResponseSchema, description: "One page of placements and the counts per status." },
        errors: { 400: "A parameter is invalid." },
      },
    },
  },
  {
    path: "/api/v1/placements/{id}",
    operations: {
      get: {
        summary: "One placement with every check",
        access: "session",
        permission: "decide:placement:own",
        throttled: true,
        success: { status: 200, schema: placementReviewSchema, description: "The placement, its checks, grant estimate and record." },
        errors: { 404: "Another institution's placement, or no such id." },
      },
    },
  },
  {
    path: "/api/v1/placements/{id}/approve",
    operations: {
      post: {
        summary: "Approve a placement",
        description:
          "Every rule is re-checked on the server; hard rules can never be overridden. When only the wording lacks evidence, `overrideCategories` with a `justification` confirms the categories. An empty body is {}.",
        access: "session",
        permission: "decide:placement:own",
        throttled: true,
        body: approveBodySchema,
        success: { status: 200, schema: approveResponseSchema, description: "Approved (again: `alreadyApproved`), with the mobility record." },
        errors: {
          400: "Invalid override.",
          404: "Another institution's placement, or no such id.",
          409: "A check fails (one issue per failing check), or the placement is no longer waiting.",
        },
      },
    },
  },
  {
    path: "/api/v1/placements/{id}/cancel",
    operations: {
      post: {
        summary: "Cancel an approved placement",
        description: "The place is freed and the parties are mailed.",
        access: "session",
        permission: "decide:placement:own",
        throttled: true,
        body: cancelBodySchema,
        success: { status: 200, schema: cancelResponseSchema, description: "Cancelled (again: `alreadyCancelled`)." },
        errors: { 400: "Missing or too short reason.", 404: "Another institution's placement, or no such id.", 409: "The placement is not approved." },
      },
    },
  },
  {
    path: "/api/v1/placements/{id}/format",
    operations: {
      put: {
        summary: "Set a waiting placement's mobility format and action",
        description: "Before approval (docs/domain.md §3a); a blended traineeship's virtual component comes with both dates.",
        access: "session",
        permission: "decide:placement:own",
        throttled: true,
        body: formatBodySchema,
        success: { status: 200, schema: formatResponseSchema, description: "The format and action, and whether they changed." },
        errors: {
          400: "A format not open to the participant, or an action outside it (named in `issues`).",
          404: "Another institution's placement, or no such id.",
          409: "The placement is not waiting for a decision.",
        },
      },
    },
  },
  {
    path: "/api/v1/placements/{id}/reject",
    operations: {
      post: {
        summary: "Reject a placement",
        access: "session",
        permission: "decide:placement:own",
        throttled: true,
        body: rejectBodySchema,
        success: { status: 200, schema: rejectResponseSchema, description: "Rejected (again: `alreadyRejected`)." },
        errors: { 400: "Missing or too short reason.", 404: "Another institution's placement, or no such id.", 409: "The placement is approved or cancelled." },
      },
    },
  },
  {
    path: "/api/v1/session",
    operations: {
      get: {
        summary: "Who is signed in",
        description: "For the portal's own cached pages. Not rate-limited; never cached.",
        access: "optional-session",
        success: { status: 200, schema: sessionResponseSchema, description: "The signed-in user, or null." },
      },
    },
  },
  {
    path: "/api/v1/stats",
    operations: {
      get: {
        summary: "Approved DOT mobilities, counted",
        description: "By host country, category, sending country and ISCED-F field: aggregate counts only, the numbers of the /stats page.",
        access: "public",
        throttled: true,
        success: { status: 200, schema: statsResponseSchema, description: "The counts." },
      },
    },
  },
  {
    path: "/api/v1/openapi.json",
    operations: {
      get: {
        summary: "This document",
        description: "OpenAPI 3.1, generated from the schemas the routes validate with.",
        access: "public",
        throttled: true,
        success: {
          status: 200,
          schema: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
          description: "The OpenAPI document.",
        },
      },
    },
  },
  {
    path: "/api/v1/placements/{id}/learning-agreement",
    operations: {
      get: {
        summary: "The Learning Agreement for Traineeships of a placement, as a versioned document",
        description:
          "Its JSON Schema is GET /api/v1/schemas/learning-agreement-traineeship.json. Answered to the agreement's three parties only: the trainee, an officer of the sending institution, a user of the host; anyone else gets 404.",
        access: "session",
        permission: "sign:learning-agreement:own",
        success: { status: 200, schema: laDocumentSchema, description: "The agreement with its tables, signatures, A2 changes and certificate." },
        errors: { 404: "No such agreement, or not one of yours." },
      },
    },
  },
  {
    path: "/api/v1/placements/{id}/omobility.xml",
    operations: {
      get: {
        summary: "An approved student traineeship as an EWP Outgoing Mobilities get-response (XML)",
        description: "Valid against the omobilities v2 get-response XSD (docs/ewp.md). Officers of the sending institution only.",
        access: "session",
        permission: "decide:placement:own",
        success: {
          status: 200,
          schema: z.string().meta({ description: "An omobilities-get-response XML document." }),
          description: "The XML document.",
          mediaType: "application/xml",
        },
        errors: { 404: "No such approved student traineeship of your institution." },
      },
    },
  },
  {
    path: "/api/v1/schemas/learning-agreement-traineeship.json",
    operations: {
      get: {
        summary: "The JSON Schema (draft 2020-12) of the Learning Agreement for Traineeships document",
        access: "public",
        throttled: true,
        success: {
          status: 200,
          schema: z.record(z.string(), z.unknown()).meta({ description: "A JSON Schema." }),
          description: "The schema.",
          mediaType: "application/schema+json",
        },
      },
    },
  },
];

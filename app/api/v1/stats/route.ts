import { methodNotAllowed, publicApi } from "@/lib/server/api/handlers";
import { getPublicStatisticsJson } from "@/lib/server/services/statistics";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/stats — approved DOT mobilities counted by host country, category, sending country
 * and ISCED-F field: {"total", "byHostCountry", "byCategory", "bySendingCountry", "byField"}.
 * Aggregate counts only; the same numbers as the /stats page.
 */
export const GET = publicApi(async () => Response.json(await getPublicStatisticsJson()));

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;

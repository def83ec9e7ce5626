import { publicApi } from "@/lib/server/api/handlers";
import { statisticsCsvResponse, statisticsExportQuery } from "@/lib/server/statistics-download";
import { getPublicStatistics } from "@/lib/server/services/statistics";

export const dynamic = "force-dynamic";

/** GET /stats/export?table= — a table of the public statistics as CSV (aggregate counts only; filters ignored). */
export const GET = publicApi({ input: statisticsExportQuery, handler: (input) => statisticsCsvResponse(input, "public", () => getPublicStatistics()) });

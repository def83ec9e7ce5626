import { authedApi } from "@/lib/server/api/handlers";
import { statisticsCsvResponse, statisticsExportQuery } from "@/lib/server/statistics-download";
import { getOwnStatistics } from "@/lib/server/services/statistics";

export const dynamic = "force-dynamic";

/** GET /office/statistics/export?table=&callYear=&action= — a table of the own institution's statistics as CSV. */
export const GET = authedApi("view:statistics:own", {
  input: statisticsExportQuery,
  handler: (input, { user }) => statisticsCsvResponse(input, "own", (filters) => getOwnStatistics(user, filters)),
});

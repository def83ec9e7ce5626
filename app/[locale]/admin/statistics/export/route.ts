import { authedApi } from "@/lib/server/api/handlers";
import { statisticsCsvResponse, statisticsExportQuery } from "@/lib/server/statistics-download";
import { getAllStatistics } from "@/lib/server/services/statistics";

export const dynamic = "force-dynamic";

/** GET /admin/statistics/export?table=&callYear=&action= — a table of every institution's statistics as CSV. */
export const GET = authedApi("view:statistics:any", {
  input: statisticsExportQuery,
  handler: (input) => statisticsCsvResponse(input, "all", getAllStatistics),
});

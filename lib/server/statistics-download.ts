import "server-only";
import type { z } from "zod";
import { getTranslations } from "next-intl/server";
import { toCsv } from "@/lib/domain/csv";
import { exportFileName } from "@/lib/domain/record-export";
import type { Statistics } from "@/lib/domain/statistics";
import { paramsObject, type RecordFilters } from "@/lib/validation/record-export";
import { statisticsExportSchema } from "@/lib/validation/statistics";
import { NO_STORE } from "@/lib/security/headers";
import { queryInput } from "./api/handlers";
import { statisticsLabeller } from "./statistics-labels";

/** The query of GET …/export?table=byHostCountry&callYear=&action=. */
export const statisticsExportQuery = queryInput((query) => statisticsExportSchema.safeParse(paramsObject(query)));

/**
 * One statistics table as CSV (code, label, count), labels in the reader's language. The caller
 * has authorized and picks the scope.
 */
export async function statisticsCsvResponse(
  input: z.infer<typeof statisticsExportSchema>,
  scope: string,
  load: (filters: RecordFilters) => Promise<Statistics>,
): Promise<Response> {
  const { table, ...filters } = input;
  const [stats, label, t] = await Promise.all([load(filters), statisticsLabeller(), getTranslations("stats.csv")]);
  const rows = Object.entries(stats[table]).map(([key, count]) => [key, label(table, key), count]);
  const body = toCsv([[t("code"), t("label"), t("count")], ...rows]);
  const fileName = exportFileName(["dot-statistics", scope, table, filters.action, filters.callYear], "csv");
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": NO_STORE },
  });
}

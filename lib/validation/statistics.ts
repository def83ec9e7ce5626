import { z } from "zod";
import { STATISTICS_BREAKDOWNS } from "@/lib/domain/statistics";
import { recordFilterSchema } from "./record-export";

// The CSV download of one statistics table (?table=&callYear=&action=); messages under "stats.invalid".
export const statisticsExportSchema = recordFilterSchema.extend({
  table: z.enum(STATISTICS_BREAKDOWNS, "stats.invalid.table"),
});

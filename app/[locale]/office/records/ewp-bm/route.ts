import { apiError, authedApi, queryInput } from "@/lib/server/api/handlers";
import { ewpFileResponse } from "@/lib/server/ewp-download";
import { ewpBmReport } from "@/lib/server/services/ewp";
import { paramsObject, recordFilterSchema } from "@/lib/validation/record-export";

export const dynamic = "force-dynamic";

/**
 * GET /office/records/ewp-bm?callYear= — the own institution's KA131 student traineeships as an
 * EWP bm-mobilities report request (docs/ewp.md). A selection with a record the report cannot
 * hold is refused (422) with every such record and field listed, like the CSV export.
 */
export const GET = authedApi("export:mobility-record:own", {
  input: queryInput((query) => recordFilterSchema.pick({ callYear: true }).safeParse(paramsObject(query))),
  async handler({ callYear }, { user }) {
    const result = await ewpBmReport(user, callYear);
    if (result.ok) return ewpFileResponse(result);
    if (result.reason === "empty") return apiError(404, "No KA131 student traineeship matches this selection.");
    const issues = result.problems.map((p) => ({ path: p.mobilityId, message: `Missing: ${p.missing.join(", ")}` }));
    return apiError(422, `${issues.length} record(s) cannot go into the EWP report; complete them first (see /office/records).`, issues);
  },
});

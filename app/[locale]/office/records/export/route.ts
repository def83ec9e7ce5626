import { apiError, authedApi, queryInput } from "@/lib/server/api/handlers";
import { exportColumnHeader, invalidCodeMessage } from "@/lib/domain/record-export";
import { exportOwnRecords } from "@/lib/server/services/record-export";
import { paramsObject, recordExportSchema } from "@/lib/validation/record-export";
import { NO_STORE } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

/**
 * GET /office/records/export?format=csv|xlsx|json&callYear=&action= — the own institution's
 * mobility records as a file. A selection with a record missing a required field, or holding a
 * value outside the Beneficiary Module code lists, is refused (422) with every such record, field
 * and value listed: never a file with blank cells or codes the BM rejects (docs/decisions/0016).
 */
export const GET = authedApi("export:mobility-record:own", {
  input: queryInput((query) => recordExportSchema.safeParse(paramsObject(query))),
  async handler({ format, ...filters }, { user }) {
    const result = await exportOwnRecords(user, filters, format);
    if (!result.ok) {
      const issues = result.problems.map((p) => ({
        path: p.mobilityId,
        message: [
          p.missing.length ? `Missing: ${p.missing.map(exportColumnHeader).join(", ")}` : null,
          ...p.invalid.map((i) => invalidCodeMessage(i, p.action)),
        ]
          .filter(Boolean)
          .join("; "),
      }));
      return apiError(
        422,
        `${issues.length} record(s) lack required fields or hold values the Beneficiary Module does not accept; correct them before exporting (see /office/records).`,
        issues,
      );
    }
    return new Response(typeof result.body === "string" ? result.body : new Uint8Array(result.body), {
      headers: {
        "Content-Type": result.contentType,
        "Content-Disposition": `attachment; filename="${result.fileName}"`,
        "Cache-Control": NO_STORE,
        "X-Record-Count": String(result.count),
      },
    });
  },
});

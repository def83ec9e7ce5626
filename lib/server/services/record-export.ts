import "server-only";
import { exportFileName, recordToJson, recordsToCsv, RECORD_EXPORT_COLUMNS, validateRecordsForExport } from "@/lib/domain/record-export";
import type { ExportFormat, RecordFilters } from "@/lib/validation/record-export";
import type { CurrentUser } from "../auth/session";
import { audit } from "../audit";
import { prisma } from "../db";
import { findOwnRecords, getOwnInstitution } from "./mobility-records";

// Issue 5 §5: the records of a project as CSV or JSON, validated first. A selection with a record
// missing a required field is refused as a whole, with the list: never a file with blank cells.

export type RecordExport =
  | { ok: true; fileName: string; contentType: string; body: string; count: number }
  | { ok: false; problems: ReturnType<typeof validateRecordsForExport> };

export async function exportOwnRecords(user: CurrentUser, filters: RecordFilters, format: ExportFormat): Promise<RecordExport> {
  const [institution, records] = await Promise.all([getOwnInstitution(user), findOwnRecords(user, filters)]);
  const problems = validateRecordsForExport(records);
  if (problems.length) return { ok: false, problems };

  // The project: its agreement number when the selection has one, else the institution's code + action.
  const agreements = [...new Set(records.map((r) => r.agreementNumber))];
  const project = agreements.length === 1 ? agreements[0] : [institution?.erasmusCode, filters.action].filter(Boolean).join("-");
  const fileName = exportFileName(["dot-mobility-records", project, filters.callYear ?? "all-years"], format);
  // Personal data leaving the portal: who exported which selection, and how many records.
  if (institution) {
    await prisma.$transaction((tx) =>
      audit(tx, {
        actorId: user.id,
        verb: "mobility-record.export",
        entityType: "Institution",
        entityId: institution.id,
        after: { format, callYear: filters.callYear ?? null, action: filters.action ?? null, count: records.length, fileName },
      }),
    );
  }

  if (format === "csv") {
    return { ok: true, fileName, contentType: "text/csv; charset=utf-8", body: recordsToCsv(records), count: records.length };
  }
  const body = JSON.stringify(
    {
      institution: institution ? { name: institution.name, erasmusCode: institution.erasmusCode } : null,
      filters: { callYear: filters.callYear, action: filters.action },
      count: records.length,
      columns: RECORD_EXPORT_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
      records: records.map(recordToJson),
    },
    null,
    2,
  );
  return { ok: true, fileName, contentType: "application/json; charset=utf-8", body, count: records.length };
}

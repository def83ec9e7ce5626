import "server-only";
import { isoDate } from "@/lib/domain/dates";
import { BM_FILE_SUFFIX, BM_TEMPLATE, bmAboutRows, bmDocumentProperties } from "@/lib/domain/bm/template";
import { exportFileName, recordToJson, recordsToCsv, recordsToSheetRows, RECORD_EXPORT_COLUMNS, validateRecordsForExport } from "@/lib/domain/record-export";
import type { ExportFormat, RecordFilters } from "@/lib/validation/record-export";
import type { Prisma } from "@/generated/prisma/client";
import type { CurrentUser } from "../auth/session";
import { audit } from "../audit";
import { prisma } from "../db";
import { xlsx } from "../files/xlsx";
import { findOwnRecords, getOwnInstitution } from "./mobility-records";

// The records of a project as CSV, XLSX (both in the Beneficiary Module
// layout, the template version in the file name and, in the XLSX, in its properties and "About"
// sheet) or JSON, validated first. A selection with a record missing a required field or holding a
// code the BM does not know is refused as a whole, with the list: never a file the BM would reject.

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type RecordExport =
  | { ok: true; fileName: string; contentType: string; body: string | Buffer; count: number }
  | { ok: false; problems: ReturnType<typeof validateRecordsForExport> };

/**
 * Personal data leaving the portal (a record export here, an EWP file in ./ewp.ts): who exported
 * which selection or record, and how many records, in its own transaction.
 */
export async function auditRecordExport(
  user: CurrentUser,
  entity: { entityType: "Institution" | "MobilityRecord"; entityId: string },
  after: { [key: string]: Prisma.InputJsonValue | null; count: number; fileName: string },
) {
  await prisma.$transaction((tx) => audit(tx, { actorId: user.id, verb: "mobility-record.export", ...entity, after }));
}

export async function exportOwnRecords(user: CurrentUser, filters: RecordFilters, format: ExportFormat, now: Date = new Date()): Promise<RecordExport> {
  const [institution, records] = await Promise.all([getOwnInstitution(user), findOwnRecords(user, filters)]);
  const problems = validateRecordsForExport(records);
  if (problems.length) return { ok: false, problems };

  // The project: its agreement number when the selection has one, else the institution's code + action.
  const agreements = [...new Set(records.map((r) => r.agreementNumber))];
  const project = agreements.length === 1 ? agreements[0] : [institution?.erasmusCode, filters.action].filter(Boolean).join("-");
  const fileName = exportFileName(["dot-mobility-records", project, filters.callYear ?? "all-years", format === "json" ? null : BM_FILE_SUFFIX], format);
  if (institution) {
    await auditRecordExport(
      user,
      { entityType: "Institution", entityId: institution.id },
      { format, callYear: filters.callYear ?? null, action: filters.action ?? null, count: records.length, fileName },
    );
  }

  if (format === "csv") {
    return { ok: true, fileName, contentType: "text/csv; charset=utf-8", body: recordsToCsv(records), count: records.length };
  }
  if (format === "xlsx") {
    const body = xlsx(
      {
        title: `DOT mobility records ${project}`.trim(),
        properties: bmDocumentProperties(),
        sheets: [
          { name: "Mobility activities", rows: recordsToSheetRows(records) },
          { name: "About", rows: bmAboutRows(records.length, isoDate(now)) },
        ],
      },
      now,
    );
    return { ok: true, fileName, contentType: XLSX_CONTENT_TYPE, body, count: records.length };
  }
  const body = JSON.stringify(
    {
      institution: institution ? { name: institution.name, erasmusCode: institution.erasmusCode } : null,
      filters: { callYear: filters.callYear, action: filters.action },
      count: records.length,
      template: BM_TEMPLATE,
      columns: RECORD_EXPORT_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
      records: records.map(recordToJson),
    },
    null,
    2,
  );
  return { ok: true, fileName, contentType: "application/json; charset=utf-8", body, count: records.length };
}

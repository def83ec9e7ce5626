import "server-only";
import { bmMobilitiesReport, bmReportProblems, omobilitiesGetResponse, type BmReportProblemField } from "@/lib/domain/ewp";
import { exportFileName } from "@/lib/domain/record-export";
import { sectorOfAction, isKeyAction } from "@/lib/domain/actions";
import type { CurrentUser } from "../auth/session";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { findOwnRecords, getOwnInstitution, REPORTABLE } from "./mobility-records";
import { findOwnPlacement } from "./placement/review";
import { auditRecordExport } from "./record-export";

// The EWP shapes of the own institution's mobilities (docs/ewp.md). The same
// scoping as the record export (institution from the session) and the same audit of personal data
// leaving the portal.

const XML = "application/xml; charset=utf-8";

/** KA131 student traineeships: the report's scope (staff mobilities, HE-STT, are not in the API). */
const isKa131StudentTraineeship = (r: { action: string; activityType: string }) => r.action === "KA131" && r.activityType === "HE-SMT";

export type EwpFile = { ok: true; fileName: string; contentType: string; body: string; count: number };
export type BmReportResult =
  EwpFile | { ok: false; reason: "empty" } | { ok: false; reason: "incomplete"; problems: { mobilityId: string; missing: BmReportProblemField[] }[] };

/** The bm-mobilities report of the institution's KA131 student traineeships of a call year (all years when null). */
export async function ewpBmReport(user: CurrentUser, callYear: number | null): Promise<BmReportResult> {
  const [institution, all] = await Promise.all([getOwnInstitution(user), findOwnRecords(user, { callYear, action: "KA131" })]);
  const records = all.filter(isKa131StudentTraineeship);
  // The XSD needs at least one mobility: an empty selection is no report.
  if (!institution || records.length === 0) return { ok: false, reason: "empty" };
  const problems = records.flatMap((r) => {
    const missing = bmReportProblems(r);
    return missing.length ? [{ mobilityId: r.mobilityId, missing }] : [];
  });
  if (problems.length) return { ok: false, reason: "incomplete", problems };

  const fileName = exportFileName(["ewp-bm-mobilities", institution.erasmusCode, "KA131", callYear ?? "all-years"], "xml");
  await auditRecordExport(
    user,
    { entityType: "Institution", entityId: institution.id },
    { format: "ewp-bm", callYear, action: "KA131", count: records.length, fileName },
  );
  return { ok: true, fileName, contentType: XML, body: bmMobilitiesReport(records), count: records.length };
}

/**
 * The omobilities get-response of one approved student traineeship of the own institution. Any
 * other placement (another institution's, not approved, a staff or school mobility) is not found.
 */
export async function ewpOmobility(user: CurrentUser, placementId: string): Promise<EwpFile> {
  const placement = await findOwnPlacement(user, placementId);
  const record = await prisma.mobilityRecord.findFirst({ where: { ...REPORTABLE, placementId: placement.id, institutionId: placement.institutionId } });
  if (!record || !isKeyAction(record.action) || sectorOfAction(record.action) !== "HE" || !record.format.startsWith("HE-SMT")) throw new NotFoundError();
  const fileName = exportFileName(["ewp-omobility", record.mobilityId], "xml");
  await auditRecordExport(
    user,
    { entityType: "MobilityRecord", entityId: record.id },
    { format: "ewp-omobility", placementId: placement.id, count: 1, fileName },
  );
  const body = omobilitiesGetResponse({ record, sendingHeiId: record.sendingErasmusCode || record.sendingOid || "" });
  return { ok: true, fileName, contentType: XML, body, count: 1 };
}

import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";

// The EWP shapes of records built in the database by the approval's record
// builder (the shared factory), through the services and routes, checked against the published XSDs.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", async (original) => ({ ...(await original<object>()), getCurrentUser: async () => session.user }));

const { prisma } = await import("@/lib/server/db");
const { createInstitution, createMobilityRecord, createUser } = await import("@/prisma/seed/factories");
const { ewpBmReport, ewpOmobility } = await import("@/lib/server/services/ewp");
const { GET: omobilityRoute } = await import("@/app/api/v1/placements/[id]/omobility.xml/route");
const { GET: bmRoute } = await import("@/app/[locale]/office/records/ewp-bm/route");
const { asCurrentUser, officerOf } = await import("./current-user");
const { resetDatabase } = await import("./reset");
const { BM_REPORT_XSD, OMOBILITIES_XSD, xsdErrors } = await import("../fixtures/ewp/validate");

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

const AGREEMENT = "2025-1-BE02-KA131-HED-000111222";
const OID = "E10123456";

async function ghentWithRecords() {
  const ghent = await createInstitution(prisma, { erasmusCode: "B  GENT01", name: "Ghent University" });
  const base = { institutionId: ghent.id, callYear: 2025, agreementNumber: AGREEMENT, receivingOid: OID } as const;
  const long = await createMobilityRecord(prisma, {
    ...base,
    participantFirstName: "Zoë",
    participantLastName: "O'Brien & <Co>",
    startDate: new Date("2025-09-01T00:00:00Z"),
  });
  const short = await createMobilityRecord(prisma, { ...base, days: 20, startDate: new Date("2025-10-06T00:00:00Z"), fewerOpportunities: true });
  // Not in the report: a staff mobility of the same project, and a KA103 traineeship.
  await createMobilityRecord(prisma, { ...base, participantCategory: "HE_STAFF", days: 5 });
  await createMobilityRecord(prisma, { ...base, callYear: 2019, action: "KA103", agreementNumber: "2019-1-BE02-KA103-000001" });
  return { ghent, long, short };
}

const bmRequest = (query = "") => bmRoute(new Request(`http://localhost/en/office/records/ewp-bm${query}`), { params: Promise.resolve({ locale: "en" }) });
const omobilityRequest = (id: string) =>
  omobilityRoute(new Request(`http://localhost/api/v1/placements/${id}/omobility.xml`), { params: Promise.resolve({ id }) });

describe("EWP bm-mobilities report", () => {
  it("holds the institution's KA131 student traineeships, valid against the XSD, and is audited", async () => {
    const { ghent, long, short } = await ghentWithRecords();
    const madrid = await createInstitution(prisma, { erasmusCode: "E  MADRID03", name: "Universidad Complutense de Madrid", country: "ES", city: "Madrid" });
    await createMobilityRecord(prisma, { institutionId: madrid.id, callYear: 2025, receivingOid: OID, participantFirstName: "Íñigo" });
    const result = await ewpBmReport(await officerOf(ghent.id), 2025);
    if (!result.ok) throw new Error(`expected a report: ${JSON.stringify(result)}`);
    expect(result.count).toBe(2);
    expect(result.fileName).toBe("ewp-bm-mobilities_B-GENT01_KA131_2025.xml");
    expect(xsdErrors(result.body, BM_REPORT_XSD)).toBe("");
    expect(result.body).toContain(`<mobility-id>${long.mobilityId}</mobility-id>`);
    expect(result.body).toContain(`<mobility-id>${short.mobilityId}</mobility-id>`);
    expect(result.body).toContain("<family-name>O&apos;Brien &amp; &lt;Co&gt;</family-name>");
    expect(result.body).not.toContain("Íñigo");
    expect(result.body.match(/<activity-type>HE-SMT<\/activity-type>/g)).toHaveLength(2);
    // The long stay's top-up is the traineeship's alone; the short one is paid per day.
    expect(result.body.match(/<traineeship-monthly-top-up>150.00<\/traineeship-monthly-top-up>/g)).toHaveLength(1);
    const events = await prisma.auditEvent.findMany({ where: { verb: "mobility-record.export" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Institution", entityId: ghent.id });
    expect(events[0]!.after).toMatchObject({ format: "ewp-bm", callYear: 2025, action: "KA131", count: 2 });
  });

  it("refuses a selection with a record the report cannot hold, listing it (422), and an empty one (404)", async () => {
    const { ghent } = await ghentWithRecords();
    const noOid = await createMobilityRecord(prisma, {
      institutionId: ghent.id,
      callYear: 2025,
      agreementNumber: AGREEMENT,
      participantBirthDate: null,
      receivingOid: null,
    });
    session.user = await officerOf(ghent.id);
    const refused = await bmRequest("?callYear=2025");
    expect(refused.status).toBe(422);
    const json = await refused.json();
    expect(json.error.issues).toEqual([{ path: noOid.mobilityId, message: "Missing: dateOfBirth, receivingOid" }]);
    expect(await prisma.auditEvent.count({ where: { verb: "mobility-record.export" } })).toBe(0);
    expect((await bmRequest("?callYear=2024")).status).toBe(404);
    expect((await bmRequest("?callYear=1999")).status).toBe(400);
  });

  it("is downloaded by an officer and refused to other roles", async () => {
    const { ghent } = await ghentWithRecords();
    expect((await bmRequest()).status).toBe(401);
    session.user = asCurrentUser(await createUser(prisma, { role: "STUDENT", institutionId: ghent.id }));
    expect((await bmRequest()).status).toBe(403);
    session.user = await officerOf(ghent.id);
    const ok = await bmRequest("?callYear=2025");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toBe('attachment; filename="ewp-bm-mobilities_B-GENT01_KA131_2025.xml"');
    expect(xsdErrors(await ok.text(), BM_REPORT_XSD)).toBe("");
  });
});

describe("EWP omobilities get-response", () => {
  it("shows an approved traineeship of the own institution, valid against the XSD, audited", async () => {
    const { ghent, long, short } = await ghentWithRecords();
    session.user = await officerOf(ghent.id);
    for (const record of [long, short]) {
      const response = await omobilityRequest(record.placementId);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(xsdErrors(xml, OMOBILITIES_XSD)).toBe("");
      expect(xml).toContain(`<omobility-id>${record.mobilityId}</omobility-id>`);
      expect(xml).toContain("<activity-type>student-traineeships</activity-type>");
      expect(xml).toContain(`<hei-id>${OID}</hei-id>`);
    }
    expect(await (await omobilityRequest(short.placementId)).text()).toContain("<activity-attributes>short-term-blended</activity-attributes>");
    const events = await prisma.auditEvent.findMany({ where: { verb: "mobility-record.export", entityType: "MobilityRecord" } });
    expect(events.map((e) => e.entityId).sort()).toEqual([long.id, short.id, short.id].sort());
  });

  it("is not found for another institution, a cancelled placement or a staff mobility; refused to other roles", async () => {
    const { ghent, long } = await ghentWithRecords();
    const staff = await prisma.mobilityRecord.findFirstOrThrow({ where: { institutionId: ghent.id, activityType: "HE-STT" } });
    const madrid = await createInstitution(prisma, { erasmusCode: "E  MADRID03", name: "Madrid", country: "ES", city: "Madrid" });
    expect((await omobilityRequest(long.placementId)).status).toBe(401);
    session.user = asCurrentUser(await createUser(prisma, { role: "STUDENT", institutionId: ghent.id }));
    expect((await omobilityRequest(long.placementId)).status).toBe(403);
    session.user = await officerOf(madrid.id);
    expect((await omobilityRequest(long.placementId)).status).toBe(404);
    const officer = await officerOf(ghent.id);
    session.user = officer;
    expect((await omobilityRequest(staff.placementId)).status).toBe(404);
    expect((await omobilityRequest("no-such-placement")).status).toBe(404);
    await prisma.placement.update({ where: { id: long.placementId }, data: { status: "CANCELLED" } });
    await expect(ewpOmobility(officer, long.placementId)).rejects.toThrow("errors.notFound");
  });
});

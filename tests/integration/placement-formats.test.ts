import { beforeEach, describe, expect, it } from "vitest";
import type { FormatId } from "@/lib/domain/formats";
import type { KeyAction } from "@/lib/domain/actions";
import type { ParticipantCategory } from "@/generated/prisma/enums";
import { tempOutbox } from "./temp-outbox";

tempOutbox(); // before anything that sends mail is imported

const { prisma } = await import("@/lib/server/db");
const { ExpectedError } = await import("@/lib/server/errors");
const { ApprovalRefusedError, approvePlacement } = await import("@/lib/server/services/placement/approval");
const { setPlacementFormat } = await import("@/lib/server/services/placement/format");
const { saveFormatSettings } = await import("@/lib/server/services/format-settings");
const { approveSchema } = await import("@/lib/validation/placement-decision");
const { placementFormatSchema } = await import("@/lib/validation/placement-format");
const { formatSettingsSchema } = await import("@/lib/validation/format-settings");
const { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant, createPlacement } =
  await import("@/prisma/seed/factories");
const { getOfficeSettings } = await import("@/lib/server/services/office-settings");
const { createInstitution: adminCreate } = await import("@/lib/server/services/admin-institutions");
const { institutionSchema } = await import("@/lib/validation/admin-institution");
const { resetDatabase } = await import("./reset");
const { officerOf } = await import("./current-user");

beforeEach(resetDatabase);

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const NOW = new Date("2026-11-25T09:30:00Z");

type SendingType = "HEI" | "VET_PROVIDER" | "SCHOOL" | "ADULT_EDUCATION";

interface Case {
  readonly format: FormatId;
  readonly action: KeyAction;
  readonly category: ParticipantCategory;
  readonly sendingType: SendingType;
  readonly start: string;
  readonly end: string;
  readonly eqfLevel?: number;
  readonly virtual?: boolean;
}

/** An organisation of the given type in Germany, its agreement for the action, a host in Finland (group 1), one PROPOSED placement. */
async function scenario(c: Case) {
  const hei = c.sendingType === "HEI";
  const institution = await createInstitution(prisma, {
    country: "DE",
    type: c.sendingType,
    name: hei ? "Technische Universität Testdorf" : "Berufskolleg Testdorf",
    erasmusCode: hei ? "D TESTDOR01" : null,
    oid: "E10234567",
  });
  const sector = c.action.split("-")[1];
  const agreementNumber = c.action === "KA131" ? "2026-1-DE02-KA131-HED-000001234" : `2026-1-DE02-${c.action.slice(0, 5)}-${sector}-000005678`;
  await prisma.projectAgreement.create({ data: { institutionId: institution.id, action: c.action, callYear: 2026, agreementNumber } });
  const officer = await officerOf(institution.id);
  const host = await createHostOrganisation(prisma, { country: "FI", city: "Tampere" });
  const offer = await createOffer(prisma, { hostId: host.id, country: "FI", city: "Tampere", language: "en" });
  const participant = await createParticipant(prisma, { institutionId: institution.id, category: c.category, eqfLevel: c.eqfLevel ?? 4 });
  const application = await createApplication(prisma, { offerId: offer.id, participantId: participant.id, status: "ACCEPTED" });
  const placement = await createPlacement(prisma, {
    applicationId: application.id,
    action: c.action,
    format: c.format,
    callYear: 2026,
    startDate: utc(c.start),
    endDate: utc(c.end),
    ...(c.virtual
      ? { virtualStart: utc("2027-02-01"), virtualEnd: utc("2027-02-26"), virtualDescription: "Online onboarding and a weekly code review with the mentor." }
      : {}),
  });
  return { institution, officer, placement, agreementNumber };
}

// docs/domain.md §3a, one approvable mobility per format, with the grant the default rates give
// (lib/domain/grants.ts: Finland is in group 1).
const APPROVABLE: readonly (Case & { days: number; basis: string; dailyRateCents: number; baseCents: number })[] = [
  {
    format: "HE-SMT-LONG",
    action: "KA131",
    category: "HE_STUDENT",
    sendingType: "HEI",
    eqfLevel: 6,
    start: "2027-03-01",
    end: "2027-05-29",
    days: 90,
    basis: "monthly",
    dailyRateCents: 0,
    baseCents: 3 * 54_000,
  },
  {
    format: "HE-SMT-SHORT",
    action: "KA131",
    category: "HE_STUDENT",
    sendingType: "HEI",
    eqfLevel: 6,
    virtual: true,
    start: "2027-03-01",
    end: "2027-03-20",
    days: 20,
    basis: "daily-bands",
    dailyRateCents: 7_900,
    baseCents: 14 * 7_900 + 6 * 5_600,
  },
  {
    format: "HE-STT",
    action: "KA131",
    category: "HE_STAFF",
    sendingType: "HEI",
    start: "2027-03-01",
    end: "2027-03-10",
    days: 10,
    basis: "staff-daily",
    dailyRateCents: 18_000,
    baseCents: 10 * 18_000,
  },
  {
    format: "LM-SHORT-VET",
    action: "KA121-VET",
    category: "VET_LEARNER",
    sendingType: "VET_PROVIDER",
    start: "2027-03-01",
    end: "2027-03-28",
    days: 28,
    basis: "learner-daily",
    dailyRateCents: 5_800,
    baseCents: 28 * 5_800,
  },
  {
    format: "LM-LONG-VET",
    action: "KA122-VET",
    category: "VET_LEARNER",
    sendingType: "VET_PROVIDER",
    start: "2027-03-01",
    end: "2027-06-28",
    days: 120,
    basis: "learner-daily",
    dailyRateCents: 5_800,
    baseCents: 120 * 5_800,
  },
  {
    format: "SM-JOB-SHDW",
    action: "KA121-VET",
    category: "VET_STAFF",
    sendingType: "VET_PROVIDER",
    start: "2027-03-01",
    end: "2027-03-21",
    days: 21,
    basis: "staff-daily",
    dailyRateCents: 15_300,
    baseCents: 21 * 15_300,
  },
  {
    format: "SM-COUR-TRAIN",
    action: "KA122-SCH",
    category: "SCHOOL_STAFF",
    sendingType: "SCHOOL",
    start: "2027-03-01",
    end: "2027-03-05",
    days: 5,
    basis: "staff-daily",
    dailyRateCents: 15_300,
    baseCents: 5 * 15_300,
  },
  {
    format: "SM-TTA",
    action: "KA121-ADU",
    category: "ADULT_EDUCATION_STAFF",
    sendingType: "ADULT_EDUCATION",
    start: "2027-03-01",
    end: "2027-05-29",
    days: 90,
    basis: "staff-daily",
    dailyRateCents: 15_300,
    baseCents: 90 * 15_300,
  },
];

describe("approving each format (docs/domain.md §3a)", () => {
  it.each(APPROVABLE)("$format under $action: the record carries the format, its BM activity type and its grant", async (c) => {
    const { institution, officer, placement, agreementNumber } = await scenario(c);
    const result = await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW);
    expect(result.alreadyApproved).toBe(false);
    const record = await prisma.mobilityRecord.findUniqueOrThrow({ where: { placementId: placement.id } });
    expect(record).toMatchObject({
      action: c.action,
      format: c.format,
      activityType: c.format.startsWith("HE-SMT") ? "HE-SMT" : c.format,
      agreementNumber,
      durationDays: c.days,
      grantBasis: c.basis,
      dailyRateCents: c.dailyRateCents,
      baseGrantCents: c.baseCents,
      sendingOid: "E10234567",
      sendingErasmusCode: c.sendingType === "HEI" ? "D TESTDOR01" : "",
      countryGroup: 1,
    });
    // Only a monthly grant has the traineeship top-up (§3a: none for short-term and daily grants).
    if (c.basis !== "monthly") expect(record.topUpCents).toBe(0);
    if (c.virtual) expect(record.virtualStart?.toISOString().slice(0, 10)).toBe("2027-02-01");
    // The mobility id names the organisation by its OID when it has no Erasmus code.
    expect(record.mobilityId).toContain(c.sendingType === "HEI" ? "DTESTDOR01" : "E10234567");
    expect(record.institutionId).toBe(institution.id);
    // Approving again answers with the same record.
    expect((await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW)).alreadyApproved).toBe(true);
    expect(await prisma.mobilityRecord.count()).toBe(1);
  });

  it("refuses a 92-day HE staff training with the duration reason (staff mobility ends at 60 days)", async () => {
    const { officer, placement } = await scenario({
      format: "HE-STT",
      action: "KA131",
      category: "HE_STAFF",
      sendingType: "HEI",
      start: "2027-03-01",
      end: "2027-05-31",
    });
    const error = await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApprovalRefusedError);
    expect((error as InstanceType<typeof ApprovalRefusedError>).failing).toEqual(["duration"]);
    expect((error as InstanceType<typeof ApprovalRefusedError>).checkMessages[0]).toMatchObject({ code: "too-long-days" });
    expect(await prisma.mobilityRecord.count()).toBe(0);
  });

  it("refuses a VET learner under KA131, a higher-education action (participant and format reasons)", async () => {
    const { officer, placement } = await scenario({
      format: "LM-SHORT-VET",
      action: "KA131",
      category: "VET_LEARNER",
      sendingType: "VET_PROVIDER",
      start: "2027-03-01",
      end: "2027-03-28",
    });
    const error = await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW).catch((e: unknown) => e);
    expect((error as InstanceType<typeof ApprovalRefusedError>).failing).toEqual(["format", "participant"]);
  });

  it("refuses a bachelor student's short-term traineeship without its virtual component", async () => {
    const { officer, placement } = await scenario({
      format: "HE-SMT-SHORT",
      action: "KA131",
      category: "HE_STUDENT",
      sendingType: "HEI",
      eqfLevel: 6,
      start: "2027-03-01",
      end: "2027-03-20",
    });
    const error = await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW).catch((e: unknown) => e);
    expect((error as InstanceType<typeof ApprovalRefusedError>).failing).toEqual(["virtual-component"]);
  });
});

describe("setPlacementFormat: the office's format, action and virtual component", () => {
  const input = (placementId: string, patch: Record<string, string> = {}) =>
    placementFormatSchema.parse({ placementId, format: "SM-COUR-TRAIN", action: "KA122-VET", ...patch });

  it("changes a waiting placement, audited once; the same values again change nothing", async () => {
    const { officer, placement } = await scenario(APPROVABLE[5]!);
    expect(await setPlacementFormat(officer, input(placement.id))).toEqual({ changed: true });
    expect(await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({ format: "SM-COUR-TRAIN", action: "KA122-VET" });
    expect(await setPlacementFormat(officer, input(placement.id))).toEqual({ changed: false });
    const events = await prisma.auditEvent.findMany({ where: { verb: "placement.format" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ before: { format: "SM-JOB-SHDW", action: "KA121-VET" }, after: { format: "SM-COUR-TRAIN", action: "KA122-VET" } });
  });

  it("records a blended traineeship's virtual component, which then lets it be approved", async () => {
    const { officer, placement } = await scenario({
      format: "HE-SMT-SHORT",
      action: "KA131",
      category: "HE_STUDENT",
      sendingType: "HEI",
      eqfLevel: 6,
      start: "2027-03-01",
      end: "2027-03-20",
    });
    await setPlacementFormat(
      officer,
      input(placement.id, {
        format: "HE-SMT-SHORT",
        action: "KA131",
        virtualStart: "2027-02-15",
        virtualEnd: "2027-02-26",
        virtualDescription: "Online preparation: the team's code base and tools.",
      }),
    );
    await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW);
    expect(await prisma.mobilityRecord.findUniqueOrThrow({ where: { placementId: placement.id } })).toMatchObject({
      format: "HE-SMT-SHORT",
      virtualDescription: "Online preparation: the team's code base and tools.",
    });
  });

  it("refuses a format not open to the participant and an action of another sector, naming the field, and changes nothing", async () => {
    const { officer, placement } = await scenario(APPROVABLE[5]!);
    const wrongFormat = await setPlacementFormat(officer, input(placement.id, { format: "HE-STT", action: "KA131" })).catch((e: unknown) => e);
    expect(wrongFormat).toMatchObject({ key: "placementFormat.errors.formatNotForCategory", field: "format" });
    const wrongAction = await setPlacementFormat(officer, input(placement.id, { action: "KA121-SCH" })).catch((e: unknown) => e);
    expect(wrongAction).toMatchObject({ key: "placementFormat.errors.actionNotForFormat", field: "action" });
    expect(await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({ format: "SM-JOB-SHDW", action: "KA121-VET" });
    expect(await prisma.auditEvent.count({ where: { verb: "placement.format" } })).toBe(0);
  });

  it("refuses once the placement is decided, and another institution's placement is not found", async () => {
    const { officer, placement } = await scenario(APPROVABLE[5]!);
    await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW);
    const decided = await setPlacementFormat(officer, input(placement.id)).catch((e: unknown) => e);
    expect(decided).toBeInstanceOf(ExpectedError);
    expect(decided).toMatchObject({ key: "placementFormat.errors.notWaiting", status: 409 });
    const other = await createInstitution(prisma, { country: "AT", erasmusCode: "A WIEN01" });
    const stranger = await officerOf(other.id);
    await expect(setPlacementFormat(stranger, input(placement.id))).rejects.toMatchObject({ key: "errors.notFound", status: 404 });
  });
});

describe("format settings: the rules §3a leaves unconfirmed are the organisation's", () => {
  it("a shorter short-term window refuses what the default admitted, audited", async () => {
    const { officer, placement } = await scenario(APPROVABLE[1]!);
    expect(await saveFormatSettings(officer, formatSettingsSchema.parse({ shortTermMinDays: "5", shortTermMaxDays: "14" }))).toBe(true);
    expect(await saveFormatSettings(officer, formatSettingsSchema.parse({ shortTermMinDays: "5", shortTermMaxDays: "14" }))).toBe(false);
    const error = await approvePlacement(officer, approveSchema.parse({ placementId: placement.id }), NOW).catch((e: unknown) => e);
    expect((error as InstanceType<typeof ApprovalRefusedError>).failing).toEqual(["duration"]);
    expect(await prisma.auditEvent.count({ where: { verb: "institution.format-settings" } })).toBe(1);
  });
});

describe("sending organisations beyond universities (docs/domain.md §3a)", () => {
  it("a VET provider's office sets up its KA121-VET and KA122-VET projects, never KA131", async () => {
    const { officer } = await scenario(APPROVABLE[5]!);
    const settings = await getOfficeSettings(officer, {}, NOW);
    expect(settings).toMatchObject({ actions: ["KA121-VET", "KA122-VET"], action: "KA121-VET", callYear: 2026 });
    expect((await getOfficeSettings(officer, { action: "KA131" }, NOW))?.action).toBe("KA121-VET");
    // The daily rates of the defaults: staff and learners per day.
    expect(settings?.rates[0]).toMatchObject({ countryGroup: 1, staffDailyCents: 15_300, learnerDailyCents: 5_800, monthlyRateCents: 0 });
  });

  it("an administrator creates a school with its OID and no Erasmus code; an HEI still needs its code", async () => {
    const admin = { id: (await prisma.user.create({ data: { email: "admin@example.eu", name: "Admin", role: "ADMIN" } })).id, role: "ADMIN" as const };
    const school = await adminCreate(
      admin as never,
      institutionSchema.parse({ type: "SCHOOL", name: "Colegiul Național Iași", country: "RO", city: "Iași", oid: "e10987654", erasmusCode: "" }),
    );
    expect(school).toMatchObject({ type: "SCHOOL", erasmusCode: null, oid: "E10987654" });
    const missingOid = institutionSchema.safeParse({ type: "ADULT_EDUCATION", name: "Volkshochschule Graz", country: "AT", city: "Graz" });
    expect(missingOid.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["oid", "adminArea.errors.oidRequired"]]);
    const hei = institutionSchema.safeParse({ type: "HEI", name: "Universidade do Porto", country: "PT", city: "Porto" });
    expect(hei.error?.issues.map((i) => i.path.join("."))).toEqual(["erasmusCode"]);
  });
});

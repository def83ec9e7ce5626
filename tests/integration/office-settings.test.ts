import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { prisma } from "@/lib/server/db";
import { DEFAULT_GRANT_RATES } from "@/lib/domain";
import type { FormState } from "@/lib/forms/form-state";
import { type RateField, rateFieldsOf } from "@/lib/forms/limits";
import { getGrantRateRows, getRateTable } from "@/lib/server/services/grant-rates";
import { getAgreementNumber } from "@/lib/server/services/project-agreements";
import type { CallInput } from "@/lib/validation/grant-rates";
import { createInstitution, createUser } from "@/prisma/seed/factories";
import en from "@/messages/en.json";
import { resetDatabase } from "./reset";

// The actions run whole (zod → session → permission → service); only "who is signed in" is
// stubbed (next-auth needs a request), and revalidatePath, which needs Next's request store.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { rateTableAction, saveAgreementAction } = await import("@/app/[locale]/office/settings/actions");

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

async function officer(institutionId: string | null, role: CurrentUser["role"] = "OFFICE"): Promise<CurrentUser> {
  const u = await createUser(prisma, { role, institutionId });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role,
    locale: "en",
    institutionId,
    hostOrganisationId: null,
    emailVerified: true,
    mustChangePassword: false,
  };
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const EUR = (cents: number) => (cents % 100 ? (cents / 100).toFixed(2) : String(cents / 100));

/** The form as the page renders it for KA131 / 2026, with `changes` typed over it. */
async function rateForm(user: CurrentUser, changes: Record<string, string> = {}, call: CallInput = { action: "KA131", callYear: 2026 }) {
  const rows = await getRateTable(user, call);
  const fields: Record<string, string> = { action: call.action, callYear: String(call.callYear), intent: "save" };
  rows.forEach((r, i) => {
    fields[`rows.${i}.countryGroup`] = String(r.countryGroup);
    fields[`rows.${i}.version`] = r.version;
    // The columns the action's table shows (docs/domain.md §3a: KA131 also pays per day).
    const cents: Record<RateField, number> = {
      monthlyRate: r.monthlyRateCents,
      traineeshipTopUp: r.traineeshipTopUpCents,
      fewerOpportunitiesTopUp: r.fewerOpportunitiesTopUpCents,
      greenTravel: r.greenTravelCents,
      shortTermFirstBand: r.shortTermFirstBandCents,
      shortTermSecondBand: r.shortTermSecondBandCents,
      staffDaily: r.staffDailyCents,
      learnerDaily: r.learnerDailyCents,
    };
    for (const field of rateFieldsOf(call.action)) fields[`rows.${i}.${field}`] = EUR(cents[field]);
  });
  return formData({ ...fields, ...changes });
}

const saveRates = (fields: FormData) => rateTableAction(null, fields);
const ok = (state: FormState) => expect(state).toMatchObject({ ok: true });
const auditVerbs = async () => (await prisma.auditEvent.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((e) => e.verb);
const defaultOf = (action: string, callYear: number, group: number) =>
  DEFAULT_GRANT_RATES.find((r) => r.action === action && r.callYear === callYear && r.countryGroup === group)!;

describe("grant-rate table", () => {
  it("starts from the defaults and writes only the changed row, audited with before and after", async () => {
    const inst = await createInstitution(prisma);
    session.user = await officer(inst.id);
    const table = await getRateTable(session.user, { action: "KA131", callYear: 2026 });
    expect(table.map((r) => [r.countryGroup, r.monthlyRateCents, r.saved])).toEqual([
      [1, 54_000, false],
      [2, 49_000, false],
      [3, 44_000, false],
    ]);

    const state = await saveRates(await rateForm(session.user, { "rows.2.monthlyRate": "455,50" }));
    expect(state).toMatchObject({ ok: true, message: "officeSettings.rates.saved" });
    const rows = await prisma.grantRate.findMany({ where: { institutionId: inst.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "KA131",
      callYear: 2026,
      countryGroup: 3,
      monthlyRateCents: 45_550,
      traineeshipTopUpCents: 15_000,
      fewerOpportunitiesTopUpCents: 25_000,
      greenTravelCents: 5_000,
    });
    const events = await prisma.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ verb: "grant-rate.update", entityType: "GrantRate", entityId: rows[0]!.id, actorId: session.user.id });
    expect(events[0]!.before).toMatchObject({ countryGroup: 3, monthlyRateCents: 44_000, source: "default" });
    expect(events[0]!.after).toMatchObject({ countryGroup: 3, monthlyRateCents: 45_550 });

    // Again with the form as reloaded: only the edited top-up of that saved row changes.
    ok(await saveRates(await rateForm(session.user, { "rows.2.greenTravel": "60" })));
    expect(await prisma.grantRate.count()).toBe(1);
    expect(await prisma.grantRate.findFirstOrThrow()).toMatchObject({ monthlyRateCents: 45_550, greenTravelCents: 6_000 });
    const second = await prisma.auditEvent.findFirstOrThrow({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(second.before).toMatchObject({ greenTravelCents: 5_000, source: "saved" });

    // The form submitted as loaded changes nothing and writes nothing.
    expect(await saveRates(await rateForm(session.user))).toMatchObject({ ok: true, message: "officeSettings.rates.unchanged" });
    expect(await prisma.auditEvent.count()).toBe(2);
  });

  it("the readers give the approval the saved rows and the agreement number", async () => {
    const inst = await createInstitution(prisma);
    session.user = await officer(inst.id);
    ok(await saveRates(await rateForm(session.user, { "rows.0.monthlyRate": "600" })));
    expect(await getGrantRateRows(inst.id)).toEqual([
      {
        action: "KA131",
        callYear: 2026,
        countryGroup: 1,
        monthlyRateCents: 60_000,
        traineeshipTopUpCents: 15_000,
        fewerOpportunitiesTopUpCents: 25_000,
        greenTravelCents: 5_000,
        // The daily rates of the same row (docs/domain.md §3a), saved at their defaults.
        shortTermFirstBandCents: 7_900,
        shortTermSecondBandCents: 5_600,
        staffDailyCents: 18_000,
        learnerDailyCents: 0,
      },
    ]);
    ok(await saveAgreementAction(null, formData({ action: "KA131", callYear: "2026", agreementNumber: "2026-1-BE02-KA131-HED-000012345" })));
    expect(await getAgreementNumber(inst.id, "KA131", 2026)).toBe("2026-1-BE02-KA131-HED-000012345");
    expect(await getAgreementNumber(inst.id, "KA131", 2025)).toBeNull();
  });

  it.each([
    [{ "rows.1.monthlyRate": "-5" }, "rows.1.monthlyRate", "officeSettings.validation.amountNegative"],
    [{ "rows.0.monthlyRate": "5000.01" }, "rows.0.monthlyRate", "officeSettings.validation.amountTooHigh"],
    [{ "rows.0.traineeshipTopUp": "12.345" }, "rows.0.traineeshipTopUp", "officeSettings.validation.amountDecimals"],
    [{ callYear: "2019" }, "callYear", "officeSettings.validation.callYearOutside"],
    [{ action: "KA200" }, "action", "officeSettings.validation.actionUnknown"],
  ])("refuses %j with nothing written", async (bad, field, key) => {
    const inst = await createInstitution(prisma);
    session.user = await officer(inst.id);
    // A good change next to the bad one: the whole form is refused.
    const state = await saveRates(await rateForm(session.user, { "rows.2.monthlyRate": "450", ...bad }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { [field]: [key] } });
    // The pipeline sends the texts along, so the form needs no officeSettings messages of its own.
    expect(state?.texts).toMatchObject({ locale: "en" });
    expect(state?.texts?.byKey[key]).toBe(key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en));
    expect(await prisma.grantRate.count()).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  it("refuses a save over rates someone else changed since the form was loaded, writing none of it", async () => {
    const inst = await createInstitution(prisma);
    const me = await officer(inst.id);
    const colleague = await officer(inst.id);
    session.user = me;
    const stale = await rateForm(me, { "rows.0.monthlyRate": "560", "rows.1.monthlyRate": "500" });
    session.user = colleague;
    ok(await saveRates(await rateForm(colleague, { "rows.1.monthlyRate": "510" })));
    session.user = me;
    expect(await saveRates(stale)).toMatchObject({ ok: false, message: "officeSettings.rates.conflict" });
    expect((await prisma.grantRate.findMany()).map((r) => [r.countryGroup, r.monthlyRateCents])).toEqual([[2, 51_000]]);
    expect(await prisma.auditEvent.count()).toBe(1);
  });

  it("an officer only ever reads and writes the own institution's table", async () => {
    const own = await createInstitution(prisma);
    const other = await createInstitution(prisma);
    await prisma.grantRate.create({ data: { institutionId: other.id, action: "KA131", callYear: 2026, countryGroup: 3, monthlyRateCents: 39_900 } });
    session.user = await officer(own.id);
    expect((await getRateTable(session.user, { action: "KA131", callYear: 2026 }))[2]!.monthlyRateCents).toBe(44_000);
    // An institutionId smuggled into the form is ignored: the officer's own institution is used.
    ok(await saveRates(await rateForm(session.user, { "rows.2.monthlyRate": "470", institutionId: other.id })));
    expect((await prisma.grantRate.findMany({ orderBy: { monthlyRateCents: "asc" } })).map((r) => [r.institutionId, r.monthlyRateCents])).toEqual([
      [other.id, 39_900],
      [own.id, 47_000],
    ]);
  });

  it("is refused to other roles and to an officer without an institution", async () => {
    const inst = await createInstitution(prisma);
    const form = await rateForm(await officer(inst.id), { "rows.0.monthlyRate": "600" });
    session.user = await officer(inst.id, "STUDENT");
    expect(await saveRates(form)).toMatchObject({ ok: false, message: "errors.forbidden" });
    session.user = await officer(inst.id, "ADMIN");
    expect(await saveRates(form)).toMatchObject({ ok: false, message: "errors.forbidden" });
    session.user = null;
    expect(await saveRates(form)).toMatchObject({ ok: false, message: "errors.signInRequired" });
    session.user = await officer(null);
    expect(await saveRates(form)).toMatchObject({ ok: false, message: "officeSettings.noInstitution" });
    expect(await prisma.grantRate.count()).toBe(0);
  });

  it("resets one call to the defaults, audited; other calls keep their rates; a second reset writes nothing", async () => {
    const inst = await createInstitution(prisma);
    session.user = await officer(inst.id);
    ok(await saveRates(await rateForm(session.user, { "rows.0.monthlyRate": "600", "rows.1.greenTravel": "0" })));
    const other = { action: "KA103" as const, callYear: 2019 };
    ok(await saveRates(await rateForm(session.user, { "rows.0.monthlyRate": "410" }, other)));

    const reset = (call: { action: string; callYear: number }) =>
      rateTableAction(null, formData({ intent: "reset", action: call.action, callYear: String(call.callYear) }));
    expect(await reset({ action: "KA131", callYear: 2026 })).toMatchObject({ ok: true, message: "officeSettings.rates.resetDone" });
    const table = await getRateTable(session.user, { action: "KA131", callYear: 2026 });
    for (const row of table) {
      const d = defaultOf("KA131", 2026, row.countryGroup);
      expect([row.monthlyRateCents, row.traineeshipTopUpCents, row.fewerOpportunitiesTopUpCents, row.greenTravelCents]).toEqual([
        d.monthlyRateCents,
        d.traineeshipTopUpCents,
        d.fewerOpportunitiesTopUpCents,
        d.greenTravelCents,
      ]);
    }
    expect((await getRateTable(session.user, other))[0]!.monthlyRateCents).toBe(41_000);
    expect(await auditVerbs()).toEqual(["grant-rate.update", "grant-rate.update", "grant-rate.update", "grant-rate.reset", "grant-rate.reset"]);
    const resetEvent = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "grant-rate.reset" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(resetEvent.before).toMatchObject({ action: "KA131", callYear: 2026 });

    ok(await reset({ action: "KA131", callYear: 2026 }));
    expect(await prisma.auditEvent.count({ where: { verb: "grant-rate.reset" } })).toBe(2);
    expect(await reset({ action: "KA131", callYear: 2014 })).toMatchObject({
      ok: false,
      fieldErrors: { callYear: ["officeSettings.validation.callYearOutside"] },
    });
  });
});

describe("project agreement numbers", () => {
  const save = (fields: Record<string, string>) => saveAgreementAction(null, formData(fields));

  it("creates, edits and keeps one number per institution, action and call year, audited", async () => {
    const inst = await createInstitution(prisma);
    const other = await createInstitution(prisma);
    session.user = await officer(inst.id);
    ok(await save({ action: "KA131", callYear: "2025", agreementNumber: "2025-1-be02-ka131-hed-000000111" }));
    ok(await save({ action: "KA131", callYear: "2025", agreementNumber: "2025-1-BE02-KA131-HED-000000222" }));
    ok(await save({ action: "KA131", callYear: "2025", agreementNumber: "2025-1-BE02-KA131-HED-000000222" })); // unchanged
    ok(await save({ action: "KA103", callYear: "2018", agreementNumber: "2018-1-BE02-KA103-051716" }));
    session.user = await officer(other.id);
    ok(await save({ action: "KA131", callYear: "2025", agreementNumber: "2025-1-BE02-KA131-HED-000000333" }));

    const rows = await prisma.projectAgreement.findMany({ orderBy: [{ institutionId: "asc" }, { callYear: "asc" }] });
    expect(rows.filter((r) => r.institutionId === inst.id).map((r) => [r.action, r.callYear, r.agreementNumber])).toEqual([
      ["KA103", 2018, "2018-1-BE02-KA103-051716"],
      ["KA131", 2025, "2025-1-BE02-KA131-HED-000000222"],
    ]);
    expect(rows.filter((r) => r.institutionId === other.id)).toHaveLength(1);
    const events = await prisma.auditEvent.findMany({ where: { verb: "project-agreement.update" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(events).toHaveLength(4);
    expect(events[1]!.before).toEqual({ action: "KA131", callYear: 2025, agreementNumber: "2025-1-BE02-KA131-HED-000000111" });
    expect(events[1]!.after).toEqual({ action: "KA131", callYear: 2025, agreementNumber: "2025-1-BE02-KA131-HED-000000222" });
  });

  it.each([
    [{ agreementNumber: "2025-1-BE02-KA131-000000111" }, "agreementNumber", "officeSettings.validation.agreementFormat"],
    [{ agreementNumber: "2024-1-BE02-KA131-HED-000000111" }, "agreementNumber", "officeSettings.validation.agreementYear"],
    [{ agreementNumber: "2025-1-BE02-KA107-000111" }, "agreementNumber", "officeSettings.validation.agreementAction"],
    [{ agreementNumber: "" }, "agreementNumber", "officeSettings.validation.agreementRequired"],
    [{ action: "KA103" }, "callYear", "officeSettings.validation.callYearOutside"],
  ])("refuses %j with nothing written", async (bad, field, key) => {
    const inst = await createInstitution(prisma);
    session.user = await officer(inst.id);
    const state = await save({ action: "KA131", callYear: "2025", agreementNumber: "2025-1-BE02-KA131-HED-000000111", ...bad });
    expect(state).toMatchObject({ ok: false });
    expect(state && !state.ok && state.fieldErrors[field]).toContain(key);
    expect(await prisma.projectAgreement.count()).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});

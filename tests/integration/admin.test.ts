import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { tempOutbox } from "./temp-outbox";

// Adding an officer mails them: this file gets its own outbox (read at import, so imports follow).
tempOutbox();
// The actions are called directly; only "who is signed in" is stubbed (next-auth needs a request).
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", async (original) => ({ ...(await original<object>()), getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { prisma } = await import("@/lib/server/db");
const { ExpectedError, NotFoundError } = await import("@/lib/server/errors");
const { currentUserById } = await import("@/lib/server/auth/session");
const { authenticateWithPassword } = await import("@/lib/server/auth/credentials");
const { outboxMessages } = await import("./delivered-mail");
const { createInstitution, createOfficer, getInstitutionAdmin, listInstitutions, removeOfficer, updateInstitution } =
  await import("@/lib/server/services/admin-institutions");
const { getHostVerification, listHosts, setHostVerified } = await import("@/lib/server/services/admin-hosts");
const { auditFilterOptions, auditItemLabels, listAuditEvents } = await import("@/lib/server/services/audit-log");
const { institutionSchema, officerCreateSchema } = await import("@/lib/validation/admin-institution");
const { auditFilterSchema } = await import("@/lib/validation/admin-audit");
const { hostListSchema } = await import("@/lib/validation/admin-hosts");
const { createInstitutionAction } = await import("@/app/[locale]/admin/institutions/new/actions");
const { createOfficerAction, removeOfficerAction, updateInstitutionAction } = await import("@/app/[locale]/admin/institutions/[id]/actions");
const { setHostVerifiedAction } = await import("@/app/[locale]/admin/hosts/actions");
const factories = await import("@/prisma/seed/factories");
const { resetDatabase } = await import("./reset");

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

async function admin(): Promise<CurrentUser> {
  const u = await factories.createUser(prisma, { role: "ADMIN", email: "root@portal.example" });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "ADMIN",
    locale: "en",
    institutionId: null,
    hostOrganisationId: null,
    emailVerified: true,
    mustChangePassword: false,
  };
}

const ghent = {
  name: "Ghent University",
  erasmusCode: "b  gent01",
  country: "BE",
  city: "Gent",
  pic: "999986581",
  oid: "e10209148",
  website: "https://www.ugent.be",
};

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe("institutions", () => {
  it("creates with the code normalised and audits it", async () => {
    const actor = await admin();
    const created = await createInstitution(actor, institutionSchema.parse(ghent));
    expect(created).toMatchObject({ name: "Ghent University", erasmusCode: "B GENT01", country: "BE", oid: "E10209148" });
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events).toMatchObject([
      { verb: "institution.create", actorId: actor.id, entityType: "Institution", after: { erasmusCode: "B GENT01", pic: "999986581" } },
    ]);
  });

  it("refuses a duplicate code (in another spelling) on the code field, and writes nothing", async () => {
    const actor = await admin();
    await createInstitution(actor, institutionSchema.parse(ghent));
    const error = await caught(createInstitution(actor, institutionSchema.parse({ ...ghent, name: "Other", erasmusCode: "B GENT01" })));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "adminArea.errors.erasmusCodeTaken", field: "erasmusCode" });
    expect(await prisma.institution.count()).toBe(1);
    expect(await prisma.auditEvent.count()).toBe(1);
  });

  it("lets one of two racing creations of the same code win", async () => {
    const actor = await admin();
    const input = institutionSchema.parse(ghent);
    const results = await Promise.allSettled([createInstitution(actor, input), createInstitution(actor, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.institution.count()).toBe(1);
  });

  it("edits: audits the changed fields only, unchanged saves write nothing, a taken code is refused", async () => {
    const actor = await admin();
    const inst = await createInstitution(actor, institutionSchema.parse(ghent));
    await factories.createInstitution(prisma, { erasmusCode: "B LEUVEN01" });
    const updated = await updateInstitution(actor, inst.id, institutionSchema.parse({ ...ghent, city: "Ghent", pic: "" }));
    expect(updated).toMatchObject({ city: "Ghent", pic: null, erasmusCode: "B GENT01" });
    const update = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "institution.update" } });
    expect(update.before).toEqual({ city: "Gent", pic: "999986581" });
    expect(update.after).toEqual({ city: "Ghent", pic: null });

    await updateInstitution(actor, inst.id, institutionSchema.parse({ ...ghent, city: "Ghent", pic: "" }));
    expect(await prisma.auditEvent.count({ where: { verb: "institution.update" } })).toBe(1);

    const error = await caught(updateInstitution(actor, inst.id, institutionSchema.parse({ ...ghent, erasmusCode: "b leuven01" })));
    expect(error).toMatchObject({ key: "adminArea.errors.erasmusCodeTaken", field: "erasmusCode" });
    expect(await caught(updateInstitution(actor, "no-such-id", institutionSchema.parse(ghent)))).toBeInstanceOf(NotFoundError);
  });

  it("lists by name with accent- and case-insensitive search over name and code, in pages", async () => {
    for (let i = 0; i < 23; i++) await factories.createInstitution(prisma, { name: `Hogeschool ${String(i).padStart(2, "0")}` });
    await factories.createInstitution(prisma, { name: "Technische Universität München", erasmusCode: "D MUNCHEN02" });
    const all = await listInstitutions({ page: 1 });
    expect(all).toMatchObject({ total: 24, page: 1, pages: 2 });
    expect(all.items).toHaveLength(20);
    expect((await listInstitutions({ page: 2 })).items).toHaveLength(4);
    // A page past the end shows the last page.
    expect((await listInstitutions({ page: 99 })).page).toBe(2);
    for (const q of ["münchen", "MUNCHEN", "d munchen02", "dmunchen"]) {
      const found = await listInstitutions({ q, page: 1 });
      expect(
        found.items.map((i) => i.erasmusCode),
        q,
      ).toEqual(["D MUNCHEN02"]);
    }
    expect((await listInstitutions({ q: "hogeschool 1", page: 1 })).total).toBe(10);
  });

  it("shows officers and counts (participants, placements by status)", async () => {
    const inst = await factories.createInstitution(prisma);
    await factories.createUser(prisma, { role: "OFFICE", institutionId: inst.id, name: "Active Officer" });
    await factories.createUser(prisma, { role: "OFFICE", institutionId: inst.id, name: "Gone Officer", deletedAt: new Date() });
    const participant = await factories.createParticipant(prisma, { institutionId: inst.id });
    await factories.createParticipant(prisma, { institutionId: inst.id });
    for (const status of ["PROPOSED", "PROPOSED", "APPROVED"] as const) {
      const application = await factories.createApplication(prisma, { participantId: participant.id, status: "ACCEPTED" });
      await factories.createPlacement(prisma, { applicationId: application.id, status });
    }
    const data = await getInstitutionAdmin(inst.id);
    expect(data.officers.map((o) => o.name)).toEqual(["Active Officer"]);
    expect(data.participants).toBe(2);
    expect(data.placements).toEqual({ PROPOSED: 2, APPROVED: 1 });
    expect((await listInstitutions({ page: 1 })).items[0]!._count).toEqual({ officers: 1, participants: 2 });
  });
});

describe("officers", () => {
  const officerInput = (institutionId: string, email = "Ann.Peeters@UGent.example") =>
    officerCreateSchema.parse({ institutionId, name: "Ann Peeters", email, locale: "nl" });

  it("creates a sign-in-able OFFICE account with a one-time password that is stored only as a hash", async () => {
    const actor = await admin();
    const inst = await createInstitution(actor, institutionSchema.parse(ghent));
    const mailsBefore = (await outboxMessages()).map((m) => m.id);
    const { officer, password } = await createOfficer(actor, officerInput(inst.id));
    expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);

    const row = await prisma.user.findUniqueOrThrow({ where: { id: officer.id } });
    // The one-time password must be replaced at the first sign-in.
    expect(row).toMatchObject({
      email: "ann.peeters@ugent.example",
      role: "OFFICE",
      institutionId: inst.id,
      locale: "nl",
      deletedAt: null,
      mustChangePassword: true,
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticateWithPassword({ email: "ann.peeters@ugent.example", password })).toMatchObject({ id: officer.id });
    expect(await currentUserById(officer.id)).toMatchObject({ role: "OFFICE", institutionId: inst.id, mustChangePassword: true });

    // Never in the audit log, never in the mail; the mail says the account exists.
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "officer.create" } });
    expect(event).toMatchObject({
      actorId: actor.id,
      entityType: "User",
      entityId: officer.id,
      after: { email: "ann.peeters@ugent.example", role: "OFFICE", institutionId: inst.id },
    });
    expect(JSON.stringify(event)).not.toContain(password);
    expect(JSON.stringify(event)).not.toContain(row.passwordHash!);
    const mails = (await outboxMessages()).filter((m) => !mailsBefore.includes(m.id));
    expect(mails.map((m) => [m.to, m.subject])).toEqual([["ann.peeters@ugent.example", "Uw DOT Portal-account voor Ghent University"]]);
    expect(mails[0]!.text).toContain("/sign-in");
    expect(mails[0]!.text + mails[0]!.html).not.toContain(password);

    // Two officers get two different passwords.
    const second = await createOfficer(actor, officerInput(inst.id, "bert@ugent.example"));
    expect(second.password).not.toBe(password);
  });

  it("refuses an address another account uses, on the e-mail field", async () => {
    const actor = await admin();
    const inst = await factories.createInstitution(prisma);
    await factories.createUser(prisma, { role: "STUDENT", email: "ann.peeters@ugent.example" });
    expect(await caught(createOfficer(actor, officerInput(inst.id)))).toMatchObject({ key: "adminArea.errors.emailTaken", field: "email" });
    expect(await prisma.user.count({ where: { role: "OFFICE" } })).toBe(0);
    expect(await caught(createOfficer(actor, officerInput("no-such-institution")))).toBeInstanceOf(NotFoundError);
  });

  it("removes (soft delete): sign-in and the session lookup refuse the account at once; removing twice writes one event", async () => {
    const actor = await admin();
    const inst = await factories.createInstitution(prisma);
    const { officer, password } = await createOfficer(actor, officerInput(inst.id));

    expect(await removeOfficer(actor, { institutionId: inst.id, userId: officer.id })).toEqual({ removed: true });
    expect(await currentUserById(officer.id)).toBeNull();
    expect(await authenticateWithPassword({ email: officer.email, password })).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: officer.id } })).deletedAt).toBeInstanceOf(Date);
    expect((await getInstitutionAdmin(inst.id)).officers).toEqual([]);

    expect(await removeOfficer(actor, { institutionId: inst.id, userId: officer.id })).toEqual({ removed: false });
    const events = await prisma.auditEvent.findMany({ where: { verb: "officer.remove" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: actor.id, entityId: officer.id, before: { email: officer.email, deletedAt: null } });
  });

  it("two concurrent removals: one event", async () => {
    const actor = await admin();
    const inst = await factories.createInstitution(prisma);
    const { officer } = await createOfficer(actor, officerInput(inst.id));
    await Promise.all([
      removeOfficer(actor, { institutionId: inst.id, userId: officer.id }),
      removeOfficer(actor, { institutionId: inst.id, userId: officer.id }),
    ]);
    expect(await prisma.auditEvent.count({ where: { verb: "officer.remove" } })).toBe(1);
  });

  it("removes only an officer of that institution", async () => {
    const actor = await admin();
    const inst = await factories.createInstitution(prisma);
    const other = await factories.createInstitution(prisma);
    const foreign = await factories.createUser(prisma, { role: "OFFICE", institutionId: other.id });
    const student = await factories.createUser(prisma, { role: "STUDENT" });
    for (const userId of [foreign.id, student.id]) {
      expect(await caught(removeOfficer(actor, { institutionId: inst.id, userId }))).toBeInstanceOf(NotFoundError);
    }
    expect(await prisma.user.count({ where: { deletedAt: { not: null } } })).toBe(0);
  });

  it("adding a removed officer's address again gives that account back with a new password", async () => {
    const actor = await admin();
    const inst = await factories.createInstitution(prisma);
    const first = await createOfficer(actor, officerInput(inst.id));
    await removeOfficer(actor, { institutionId: inst.id, userId: first.officer.id });
    const again = await createOfficer(actor, officerInput(inst.id));
    expect(again.officer.id).toBe(first.officer.id);
    expect(await authenticateWithPassword({ email: first.officer.email, password: first.password })).toBeNull();
    expect(await authenticateWithPassword({ email: first.officer.email, password: again.password })).toMatchObject({ id: first.officer.id });
    expect(
      (await prisma.auditEvent.findMany({ where: { verb: "officer.create" }, orderBy: { createdAt: "asc" } })).map(
        (e) => (e.after as { reactivated: boolean }).reactivated,
      ),
    ).toEqual([false, true]);
  });
});

describe("host verification", () => {
  it("verifies once: a second verify changes nothing and writes no second event; unverify is audited too", async () => {
    const actor = await admin();
    const host = await factories.createHostOrganisation(prisma, { verified: false, type: "COMPANY" });
    expect(await setHostVerified(actor, { hostId: host.id, verified: true })).toEqual({ changed: true });
    expect(await setHostVerified(actor, { hostId: host.id, verified: true })).toEqual({ changed: false });
    expect((await prisma.hostOrganisation.findUniqueOrThrow({ where: { id: host.id } })).verified).toBe(true);
    expect(await setHostVerified(actor, { hostId: host.id, verified: false })).toEqual({ changed: true });
    // The list page names the host and its state after the redirect.
    expect(await getHostVerification(host.id)).toEqual({ legalName: host.legalName, verified: false });
    expect(await getHostVerification("no-such-host")).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entityId: host.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.verb, e.before, (e.after as { verified: boolean }).verified])).toEqual([
      ["host.verify", { verified: false }, true],
      ["host.unverify", { verified: true }, false],
    ]);
  });

  it("concurrent verifications: one event", async () => {
    const actor = await admin();
    const host = await factories.createHostOrganisation(prisma, { verified: false });
    await Promise.all(Array.from({ length: 5 }, () => setHostVerified(actor, { hostId: host.id, verified: true })));
    expect(await prisma.auditEvent.count({ where: { verb: "host.verify" } })).toBe(1);
  });

  it.each(["EU_INSTITUTION", "NATIONAL_AGENCY"] as const)("refuses to verify a %s with the reason (docs/domain.md §3)", async (type) => {
    const actor = await admin();
    const host = await factories.createHostOrganisation(prisma, { verified: false, type });
    const error = await caught(setHostVerified(actor, { hostId: host.id, verified: true }));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "adminArea.errors.hostNeverEligible", status: 409 });
    expect((await prisma.hostOrganisation.findUniqueOrThrow({ where: { id: host.id } })).verified).toBe(false);
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  it("filters by verification, country (EL = Greece) and type", async () => {
    await factories.createHostOrganisation(prisma, { verified: true, country: "GR", type: "COMPANY" });
    await factories.createHostOrganisation(prisma, { verified: false, country: "GR", type: "NGO" });
    await factories.createHostOrganisation(prisma, { verified: false, country: "DK", type: "COMPANY" });
    const list = async (raw: Record<string, string>) =>
      (await listHosts(hostListSchema.parse(raw))).items.map((h) => `${h.country}-${h.type}-${h.verified}`).sort();
    expect(await list({ verified: "no" })).toEqual(["DK-COMPANY-false", "GR-NGO-false"]);
    expect(await list({ country: "EL" })).toEqual(["GR-COMPANY-true", "GR-NGO-false"]);
    expect(await list({ country: "GR", type: "COMPANY" })).toEqual(["GR-COMPANY-true"]);
    expect((await listHosts(hostListSchema.parse({}))).countries).toEqual(["DK", "GR"]);
  });
});

describe("audit log", () => {
  async function event(verb: string, createdAt: string, actorId: string | null, entityId = "e1", entityType = "Thing") {
    return prisma.auditEvent.create({ data: { verb, entityType, entityId, actorId, createdAt: new Date(createdAt), after: { n: createdAt } } });
  }
  const list = (raw: Record<string, string>) => listAuditEvents(auditFilterSchema.parse(raw));

  it("filters by verb, entity type and id, actor e-mail and an inclusive date range, newest first", async () => {
    const actor = await admin();
    const office = await factories.createUser(prisma, { role: "OFFICE", email: "officer@uni.example" });
    await event("host.verify", "2026-03-01T00:00:00Z", actor.id, "h1", "HostOrganisation");
    await event("host.verify", "2026-03-02T23:59:59Z", actor.id, "h2", "HostOrganisation");
    await event("placement.approve", "2026-03-03T00:00:00Z", office.id, "p1", "Placement");
    await event("host.unverify", "2026-02-28T23:59:59Z", actor.id, "h1", "HostOrganisation");
    await event("offer.publish", "2026-03-02T12:00:00Z", null, "o1", "Offer");
    const ids = async (raw: Record<string, string>) => (await list(raw)).items.map((e) => `${e.verb}@${e.entityId}`);

    expect(await ids({})).toEqual(["placement.approve@p1", "host.verify@h2", "offer.publish@o1", "host.verify@h1", "host.unverify@h1"]);
    expect(await ids({ verb: "host.verify" })).toEqual(["host.verify@h2", "host.verify@h1"]);
    expect(await ids({ entityType: "HostOrganisation", entityId: "h1" })).toEqual(["host.verify@h1", "host.unverify@h1"]);
    expect(await ids({ actor: "OFFICER@" })).toEqual(["placement.approve@p1"]);
    expect(await ids({ actor: "root@portal" })).toEqual(["host.verify@h2", "host.verify@h1", "host.unverify@h1"]);
    // Both ends are whole calendar days (UTC): 1 March 00:00 and 2 March 23:59:59 are in, 28 Feb and 3 March out.
    expect(await ids({ from: "2026-03-01", to: "2026-03-02" })).toEqual(["host.verify@h2", "offer.publish@o1", "host.verify@h1"]);
    expect(await ids({ from: "2026-03-03" })).toEqual(["placement.approve@p1"]);
    expect(await ids({ to: "2026-02-28" })).toEqual(["host.unverify@h1"]);
    expect(await ids({ verb: "host.verify", from: "2026-03-02", to: "2026-03-02" })).toEqual(["host.verify@h2"]);
    expect(await auditFilterOptions()).toEqual({
      verbs: ["host.unverify", "host.verify", "offer.publish", "placement.approve"],
      entityTypes: ["HostOrganisation", "Offer", "Placement"],
    });
  });

  it("pages newest first, 20 per page; a page past the end shows the last", async () => {
    for (let i = 0; i < 45; i++) await event("offer.save", new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), null, `o${i}`);
    const first = await list({});
    expect(first).toMatchObject({ total: 45, page: 1, pages: 3 });
    expect(first.items[0]!.entityId).toBe("o44");
    const third = await list({ page: "3" });
    expect(third.items.map((e) => e.entityId)).toEqual(["o4", "o3", "o2", "o1", "o0"]);
    expect((await list({ page: "7" })).page).toBe(3);
    const all = [...first.items, ...(await list({ page: "2" })).items, ...third.items].map((e) => e.id);
    expect(new Set(all).size).toBe(45);
  });

  it("labels items with names people recognise, links the ones an administrator can open, and keeps a deleted draft's title", async () => {
    const inst = await factories.createInstitution(prisma, { name: "Ghent University" });
    const host = await factories.createHostOrganisation(prisma, { legalName: "Nordlys Data ApS" });
    const published = await factories.createOffer(prisma, { hostId: host.id, status: "PUBLISHED", title: "Data analyst trainee" });
    const draft = await factories.createOffer(prisma, { hostId: host.id, status: "DRAFT", title: "Draft role" });
    const student = await factories.createParticipant(prisma, { user: { name: "Zoë Peeters", email: "zoe@student.example" } });
    const application = await factories.createApplication(prisma, { offerId: published.id, participantId: student.id });
    const events = [
      { entityType: "Institution", entityId: inst.id, before: null },
      { entityType: "HostOrganisation", entityId: host.id, before: null },
      { entityType: "Offer", entityId: published.id, before: null },
      { entityType: "Offer", entityId: draft.id, before: null },
      { entityType: "Offer", entityId: "gone", before: { title: "Deleted draft", status: "DRAFT" } },
      { entityType: "User", entityId: student.userId, before: null },
      { entityType: "Application", entityId: application.id, before: null },
      { entityType: "Thing", entityId: "x1", before: null },
    ];
    const labels = await auditItemLabels(events);
    expect(events.map((e) => labels.get(`${e.entityType}:${e.entityId}`))).toEqual([
      { label: "Ghent University", href: `/admin/institutions/${inst.id}` },
      { label: "Nordlys Data ApS" },
      { label: "Data analyst trainee", href: `/offers/${published.id}` },
      // A draft has no public page.
      { label: "Draft role", href: undefined },
      { label: "Deleted draft" },
      { label: "Zoë Peeters (zoe@student.example)" },
      { label: "Zoë Peeters → Data analyst trainee" },
      undefined,
    ]);
  });
});

describe("authorization through the action pipeline", () => {
  const forms = async () => {
    const inst = await factories.createInstitution(prisma);
    const officer = await factories.createUser(prisma, { role: "OFFICE", institutionId: inst.id });
    const host = await factories.createHostOrganisation(prisma, { verified: false });
    const fd = (values: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(values)) data.set(k, v);
      return data;
    };
    return {
      officer,
      calls: [
        () => createInstitutionAction(null, fd({ ...ghent, erasmusCode: "NL DELFT01" })),
        () => updateInstitutionAction(null, fd({ ...ghent, erasmusCode: "NL DELFT01", institutionId: inst.id })),
        () => createOfficerAction(null, fd({ institutionId: inst.id, name: "Mallory", email: "mallory@evil.example", locale: "en" })),
        () => removeOfficerAction(null, fd({ institutionId: inst.id, userId: officer.id })),
        () => setHostVerifiedAction(null, fd({ hostId: host.id, verified: "true" })),
      ],
    };
  };

  it.each(["STUDENT", "COMPANY", "OFFICE"] as const)("a %s is refused every admin action and nothing changes", async (role) => {
    const { calls } = await forms();
    const u = await factories.createUser(prisma, { role });
    session.user = {
      id: u.id,
      email: u.email,
      name: u.name,
      role,
      locale: "en",
      institutionId: u.institutionId,
      hostOrganisationId: u.hostOrganisationId,
      emailVerified: true,
      mustChangePassword: false,
    };
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, message: "errors.forbidden" });
    session.user = null;
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, message: "errors.signInRequired" });
    expect(await prisma.auditEvent.count()).toBe(0);
    expect(await prisma.institution.count({ where: { erasmusCode: "NL DELFT01" } })).toBe(0);
    expect(await prisma.user.count({ where: { OR: [{ email: "mallory@evil.example" }, { deletedAt: { not: null } }] } })).toBe(0);
    expect(await prisma.hostOrganisation.count({ where: { verified: true } })).toBe(0);
  });

  it("an administrator's officer action answers with the one-time password once; a refused verification says why", async () => {
    const { calls } = await forms();
    session.user = await admin();
    const state = await calls[2]!();
    expect(state).toMatchObject({
      ok: true,
      message: "adminArea.officers.created",
      data: { email: "mallory@evil.example", password: expect.stringMatching(/^\S{19}$/) },
    });
    const eu = await factories.createHostOrganisation(prisma, { type: "EU_INSTITUTION" });
    const data = new FormData();
    data.set("hostId", eu.id);
    data.set("verified", "true");
    expect(await setHostVerifiedAction(null, data)).toMatchObject({ ok: false, message: "adminArea.errors.hostNeverEligible" });
  });
});

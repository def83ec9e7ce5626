import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { saveHostOrganisation } from "@/lib/server/services/host-organisations";
import { hostOrganisationSchema } from "@/lib/validation/host-organisation";
import { createHostOrganisation, createUser } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

const form = {
  legalName: "Pixelhavn ApS",
  type: "COMPANY",
  country: "DK",
  city: "København",
  address: "Vesterbrogade 12, 1620 København V",
  website: "https://pixelhavn.example",
  description: "A design studio for public-sector apps.",
  belowTwoFifty: "yes",
  naceSection: "J",
  ecosystem: "digital",
  pic: "912345678",
  oid: "e10208765",
  vat: "dk 12345678",
};

async function companyUser(hostOrganisationId: string | null = null): Promise<CurrentUser> {
  const u = await createUser(prisma, { role: "COMPANY", hostOrganisationId });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "COMPANY",
    locale: "en",
    institutionId: null,
    hostOrganisationId,
    emailVerified: true,
    mustChangePassword: false,
  };
}

describe("saveHostOrganisation", () => {
  it("creates the organisation on first save, links the user and audits it", async () => {
    const user = await companyUser();
    const host = await saveHostOrganisation(user, hostOrganisationSchema.parse(form));
    expect(host).toMatchObject({ legalName: "Pixelhavn ApS", country: "DK", belowTwoFifty: true, oid: "E10208765", vat: "DK12345678", verified: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).hostOrganisationId).toBe(host.id);
    expect((await prisma.auditEvent.findMany()).map((e) => e.verb)).toEqual(["host-organisation.create"]);
  });

  it("updates the user's own organisation only, and a new legal identity needs verifying again", async () => {
    const mine = await createHostOrganisation(prisma, { verified: true, legalName: "Old Name ApS", country: "DK" });
    const other = await createHostOrganisation(prisma, { verified: true });
    const user = await companyUser(mine.id);
    const updated = await saveHostOrganisation(user, hostOrganisationSchema.parse(form));
    expect(updated.id).toBe(mine.id);
    expect(updated.verified).toBe(false);
    const { users: _users, ...otherRow } = other;
    expect(await prisma.hostOrganisation.findUniqueOrThrow({ where: { id: other.id } })).toEqual(otherRow);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "host-organisation.update" } });
    expect(event.before).toMatchObject({ legalName: "Old Name ApS" });
  });
});

describe("hostOrganisationSchema", () => {
  it.each([
    ["pic", "12345", "validation.pic"],
    ["oid", "E123", "validation.oid"],
    ["vat", "123", "validation.vat"],
    ["website", "javascript:alert(1)", "validation.website"],
    ["country", "XX", "validation.countryUnknown"],
    ["naceSection", "Z", "validation.naceRequired"],
    ["type", "SPACE_AGENCY", "validation.hostTypeUnknown"],
    ["belowTwoFifty", undefined, "validation.sizeRequired"],
    ["legalName", "X", "validation.legalNameShort"],
  ])("%s = %j → %s", (field, value, message) => {
    const r = hostOrganisationSchema.safeParse({ ...form, [field]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("accepts the EU aliases and empty optional fields", () => {
    const r = hostOrganisationSchema.parse({ ...form, country: "EL", pic: "", oid: "", vat: "", website: "", ecosystem: "" });
    expect(r).toMatchObject({ country: "GR", pic: undefined, oid: undefined, vat: undefined, website: undefined, ecosystem: undefined });
  });
});

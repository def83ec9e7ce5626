import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { ExpectedError } from "@/lib/server/errors";
import {
  addSsoDomain,
  confirmSsoLink,
  getPendingSsoLink,
  institutionForHomeOrganisation,
  linkOfficerIdentity,
  removeSsoDomain,
  resolveSsoSignIn,
  unlinkOfficerIdentity,
  type SsoClaims,
} from "@/lib/server/auth/sso";
import { ssoDomainSchema } from "@/lib/validation/sso";
import { createInstitution, createUser } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

const ISSUER = "https://login.example.edu";
const claims = (overrides: Partial<SsoClaims> = {}): SsoClaims => ({
  issuer: ISSUER,
  subject: "sub-1",
  email: "zoe@student.example.edu",
  emailVerified: true,
  name: "Zoë Peeters",
  homeOrganisation: null,
  ...overrides,
});
const PASSWORD = "correct horse battery";
const verbs = async () => (await prisma.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.verb);

async function linkToken(c: SsoClaims) {
  const outcome = await resolveSsoSignIn(c);
  if (outcome.kind !== "confirm-link") throw new Error(`expected a link confirmation, got ${outcome.kind}`);
  return outcome.token;
}

describe("resolveSsoSignIn", () => {
  it("provisions a verified unknown identity as a STUDENT, verified, linked by issuer + sub, with the institution of its home domain", async () => {
    const ghent = await createInstitution(prisma, { name: "Ghent University" });
    await prisma.ssoDomain.create({ data: { domain: "ugent.be", institutionId: ghent.id } });
    const outcome = await resolveSsoSignIn(claims({ email: "Zoe@Student.Example.edu", homeOrganisation: "UGent.be" }));
    expect(outcome.kind).toBe("signed-in");
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "zoe@student.example.edu" }, include: { identities: true } });
    expect(user).toMatchObject({ role: "STUDENT", institutionId: ghent.id, name: "Zoë Peeters", passwordHash: null });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user.identities.map((i) => [i.issuer, i.subject])).toEqual([[ISSUER, "sub-1"]]);
    expect(await verbs()).toEqual(["user.sso-provision"]);
  });

  it("provisions without an institution when the home domain is unknown or absent", async () => {
    await resolveSsoSignIn(claims({ homeOrganisation: "unknown.example" }));
    expect((await prisma.user.findFirstOrThrow()).institutionId).toBeNull();
  });

  it("finds a linked identity by issuer + sub only, whatever e-mail it asserts now", async () => {
    const first = await resolveSsoSignIn(claims());
    const again = await resolveSsoSignIn(claims({ email: "someone.else@example.org", emailVerified: false }));
    expect(again).toEqual(first);
    expect(await prisma.user.count()).toBe(1);
    // The same sub at another issuer is another identity.
    const other = await resolveSsoSignIn(claims({ issuer: "https://idp.other.example", email: "new@other.example" }));
    expect(other.kind === "signed-in" && first.kind === "signed-in" && other.userId !== first.userId).toBe(true);
  });

  it("refuses an unverified e-mail, for a new account as for an existing one", async () => {
    await createUser(prisma, { role: "STUDENT", email: "zoe@student.example.edu", password: PASSWORD });
    expect(await resolveSsoSignIn(claims({ emailVerified: false }))).toEqual({ kind: "refused", reason: "unverified" });
    expect(await resolveSsoSignIn(claims({ email: "new@student.example.edu", emailVerified: false }))).toEqual({ kind: "refused", reason: "unverified" });
    expect(await prisma.externalIdentity.count()).toBe(0);
    expect(await prisma.user.count()).toBe(1);
    expect(await verbs()).toEqual(["user.sso-refused", "user.sso-refused"]);
  });

  it("never links an office or admin account by e-mail, even verified and in other case", async () => {
    const institution = await createInstitution(prisma);
    await createUser(prisma, { role: "OFFICE", email: "officer@ugent.be", institutionId: institution.id, password: PASSWORD });
    await createUser(prisma, { role: "ADMIN", email: "admin@demo.dot-portal.eu", password: PASSWORD });
    expect(await resolveSsoSignIn(claims({ email: "officer@ugent.be" }))).toEqual({ kind: "refused", reason: "privileged" });
    expect(await resolveSsoSignIn(claims({ email: "Admin@Demo.Dot-Portal.eu" }))).toEqual({ kind: "refused", reason: "privileged" });
    expect(await prisma.externalIdentity.count()).toBe(0);
    expect(await prisma.authToken.count()).toBe(0);
  });

  it("refuses to link an account without a password (another SSO identity's) and a removed account", async () => {
    await createUser(prisma, { role: "STUDENT", email: "zoe@student.example.edu" });
    expect(await resolveSsoSignIn(claims())).toEqual({ kind: "refused", reason: "no-password" });
    await createUser(prisma, { role: "STUDENT", email: "gone@student.example.edu", password: PASSWORD, deletedAt: new Date() });
    expect(await resolveSsoSignIn(claims({ email: "gone@student.example.edu" }))).toEqual({ kind: "refused", reason: "disabled" });
  });

  it("refuses a linked identity whose account was removed", async () => {
    const outcome = await resolveSsoSignIn(claims());
    if (outcome.kind !== "signed-in") throw new Error("not signed in");
    await prisma.user.update({ where: { id: outcome.userId }, data: { deletedAt: new Date() } });
    expect(await resolveSsoSignIn(claims())).toEqual({ kind: "refused", reason: "disabled" });
  });

  it("refuses an identity without an e-mail", async () => {
    expect(await resolveSsoSignIn(claims({ email: null }))).toEqual({ kind: "refused", reason: "no-email" });
  });
});

describe("confirmSsoLink", () => {
  it("links a verified identity to an existing student once the account's password is given, and only once", async () => {
    const student = await createUser(prisma, { role: "STUDENT", email: "zoe@student.example.edu", password: PASSWORD });
    const token = await linkToken(claims());
    expect(await prisma.externalIdentity.count()).toBe(0);
    expect(await getPendingSsoLink(token)).toEqual({ email: "zoe@student.example.edu", issuer: ISSUER });
    // The token is stored hashed.
    expect(await prisma.authToken.count({ where: { tokenHash: token } })).toBe(0);

    await expect(confirmSsoLink(token, "wrong password!")).rejects.toMatchObject({ key: "sso.errors.wrongPassword", field: "password" });
    expect(await confirmSsoLink(token, PASSWORD)).toEqual({ userId: student.id });
    expect(await resolveSsoSignIn(claims())).toEqual({ kind: "signed-in", userId: student.id });

    await expect(confirmSsoLink(token, PASSWORD)).rejects.toMatchObject({ key: "sso.errors.linkExpired" });
    expect(await getPendingSsoLink(token)).toBeNull();
    expect(await verbs()).toEqual(["user.sso-link-requested", "user.sso-link-failed", "user.sso-link", "user.sso-sign-in"]);
  });

  it("spends the link after five wrong passwords", async () => {
    await createUser(prisma, { role: "STUDENT", email: "zoe@student.example.edu", password: PASSWORD });
    const token = await linkToken(claims());
    for (let i = 0; i < 4; i++) await expect(confirmSsoLink(token, `guess ${i}`)).rejects.toMatchObject({ key: "sso.errors.wrongPassword" });
    await expect(confirmSsoLink(token, "guess 5")).rejects.toMatchObject({ key: "sso.errors.linkExpired" });
    await expect(confirmSsoLink(token, PASSWORD)).rejects.toMatchObject({ key: "sso.errors.linkExpired" });
    expect(await prisma.externalIdentity.count()).toBe(0);
  });

  it("refuses an expired or unknown link", async () => {
    await createUser(prisma, { role: "STUDENT", email: "zoe@student.example.edu", password: PASSWORD });
    const token = await linkToken(claims());
    await prisma.authToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmSsoLink(token, PASSWORD)).rejects.toBeInstanceOf(ExpectedError);
    await expect(confirmSsoLink("x".repeat(43), PASSWORD)).rejects.toMatchObject({ key: "sso.errors.linkExpired" });
  });
});

describe("administrator", () => {
  let actor: { id: string };
  beforeEach(async () => {
    actor = await createUser(prisma, { role: "ADMIN" });
  });

  it("links an officer by issuer + sub, who then signs in by sub (never by e-mail), and unlinks them", async () => {
    const institution = await createInstitution(prisma);
    const officer = await createUser(prisma, { role: "OFFICE", email: "officer@ugent.be", institutionId: institution.id });
    await linkOfficerIdentity(actor, { institutionId: institution.id, userId: officer.id, issuer: `${ISSUER}/`, subject: "officer-sub" });
    expect(await resolveSsoSignIn(claims({ subject: "officer-sub", email: "officer@ugent.be", emailVerified: false }))).toEqual({
      kind: "signed-in",
      userId: officer.id,
    });
    await expect(
      linkOfficerIdentity(actor, { institutionId: institution.id, userId: officer.id, issuer: ISSUER, subject: "officer-sub" }),
    ).rejects.toMatchObject({ key: "sso.errors.identityTaken" });

    const identity = await prisma.externalIdentity.findFirstOrThrow();
    await unlinkOfficerIdentity(actor, { institutionId: institution.id, identityId: identity.id });
    expect(await resolveSsoSignIn(claims({ subject: "officer-sub", email: "officer@ugent.be" }))).toEqual({ kind: "refused", reason: "privileged" });
    expect(await verbs()).toEqual(expect.arrayContaining(["user.sso-link", "user.sso-unlink"]));
  });

  it("links only officers of that institution", async () => {
    const [a, b] = [await createInstitution(prisma), await createInstitution(prisma)];
    const officer = await createUser(prisma, { role: "OFFICE", institutionId: b.id });
    const student = await createUser(prisma, { role: "STUDENT" });
    await expect(linkOfficerIdentity(actor, { institutionId: a.id, userId: officer.id, issuer: ISSUER, subject: "s" })).rejects.toMatchObject({ status: 404 });
    await expect(linkOfficerIdentity(actor, { institutionId: a.id, userId: student.id, issuer: ISSUER, subject: "s" })).rejects.toMatchObject({ status: 404 });
  });

  it("keeps each domain on one institution and maps it case-insensitively", async () => {
    const [a, b] = [await createInstitution(prisma), await createInstitution(prisma)];
    await addSsoDomain(actor, { institutionId: a.id, domain: ssoDomainSchema.parse(" KU.dk ") });
    await expect(addSsoDomain(actor, { institutionId: b.id, domain: "ku.dk" })).rejects.toMatchObject({ key: "sso.errors.domainTaken", field: "domain" });
    expect(await institutionForHomeOrganisation("KU.DK")).toBe(a.id);
    expect(await institutionForHomeOrganisation("student.ku.dk")).toBeNull();
    const row = await prisma.ssoDomain.findFirstOrThrow();
    await expect(removeSsoDomain(actor, { institutionId: b.id, domainId: row.id })).rejects.toMatchObject({ status: 404 });
    await removeSsoDomain(actor, { institutionId: a.id, domainId: row.id });
    expect(await institutionForHomeOrganisation("ku.dk")).toBeNull();
  });

  it.each([
    ["ugent.be", true],
    ["student.ku.dk", true],
    ["xn--bcher-kva.example", true],
    ["localhost", false],
    ["-bad.example", false],
    ["bad..example", false],
    ["https://ugent.be", false],
    ["ugent.be/", false],
    ["a b.example", false],
  ])("domain shape %s → %s", (domain, ok) => {
    expect(ssoDomainSchema.safeParse(domain).success).toBe(ok);
  });
});

import "server-only";
import { hashToken, newRawToken } from "@/lib/domain/auth-token";
import { prisma, type Db } from "../db";
import { audit } from "../audit";
import { ExpectedError, NotFoundError } from "../errors";
import { verifyPassword } from "./password";
import { logInRequest } from "../request-log";

/**
 * Institutional single sign-on (OpenID Connect). An identity is the provider's issuer + `sub`:
 * once linked, it signs into that account whatever e-mail it asserts later. A new identity with
 * a verified, unknown e-mail gets a new STUDENT account (never a role from the provider). An
 * existing account is linked by e-mail only when the provider verified the address and the user
 * confirms once with the account's password; office and admin accounts are never linked by
 * e-mail — an administrator links them (admin institution page).
 */

export type SsoClaims = {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The home organisation claim (`schac_home_organization` by default), e.g. "ugent.be". */
  homeOrganisation: string | null;
};

export const SSO_REFUSALS = ["no-email", "unverified", "privileged", "no-password", "disabled", "link-expired"] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export type SsoOutcome = { kind: "signed-in"; userId: string } | { kind: "confirm-link"; token: string } | { kind: "refused"; reason: SsoRefusal };

export const SSO_LINK_PURPOSE = "sso-link";
const LINK_MINUTES = 15;
// Wrong passwords allowed on one pending link before it is spent.
const LINK_ATTEMPTS = 5;

const identityRef = (c: Pick<SsoClaims, "issuer" | "subject">) => `${c.issuer}#${c.subject}`;

function logRefusal(reason: string, claims: Pick<SsoClaims, "issuer" | "subject">) {
  // One line, no stack: the reason and the identity (not the e-mail).
  return logInRequest("warn", "sso.refused", { reason, issuer: claims.issuer, subject: claims.subject });
}

async function refuse(reason: SsoRefusal, claims: SsoClaims, userId?: string): Promise<SsoOutcome> {
  await logRefusal(reason, claims);
  await audit(prisma, {
    actorId: null,
    verb: "user.sso-refused",
    entityType: userId ? "User" : "ExternalIdentity",
    entityId: userId ?? identityRef(claims),
    after: { reason, issuer: claims.issuer, subject: claims.subject, email: claims.email, emailVerified: claims.emailVerified },
  });
  return { kind: "refused", reason };
}

/** The institution whose SSO domain matches the home-organisation claim; null when none does. */
export async function institutionForHomeOrganisation(value: string | null, db: Db = prisma): Promise<string | null> {
  const domain = value?.trim().toLowerCase();
  if (!domain) return null;
  const row = await db.ssoDomain.findUnique({ where: { domain }, select: { institutionId: true } });
  return row?.institutionId ?? null;
}

/** Decides what an SSO sign-in does: sign in, ask for the password to link, or refuse (with why). */
export async function resolveSsoSignIn(claims: SsoClaims): Promise<SsoOutcome> {
  const identity = await prisma.externalIdentity.findUnique({
    where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } },
    include: { user: { select: { id: true, deletedAt: true } } },
  });
  if (identity) {
    if (identity.user.deletedAt) return refuse("disabled", claims, identity.user.id);
    await prisma.$transaction(async (tx) => {
      await tx.externalIdentity.update({ where: { id: identity.id }, data: { lastUsedAt: new Date() } });
      await audit(tx, {
        actorId: identity.user.id,
        verb: "user.sso-sign-in",
        entityType: "User",
        entityId: identity.user.id,
        after: { issuer: claims.issuer, subject: claims.subject },
      });
    });
    return { kind: "signed-in", userId: identity.user.id };
  }

  const email = claims.email?.trim().toLowerCase();
  if (!email) return refuse("no-email", claims);
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true, deletedAt: true, passwordHash: true } });
  if (existing) {
    if (existing.deletedAt) return refuse("disabled", claims, existing.id);
    if (existing.role === "OFFICE" || existing.role === "ADMIN") return refuse("privileged", claims, existing.id);
    if (!claims.emailVerified) return refuse("unverified", claims, existing.id);
    if (!existing.passwordHash) return refuse("no-password", claims, existing.id);
    const token = newRawToken();
    const tokenHash = await hashToken(token);
    await prisma.$transaction(async (tx) => {
      await tx.authToken.create({
        data: {
          userId: existing.id,
          purpose: SSO_LINK_PURPOSE,
          tokenHash,
          data: { issuer: claims.issuer, subject: claims.subject, email, attempts: 0 },
          expiresAt: new Date(Date.now() + LINK_MINUTES * 60_000),
        },
      });
      await audit(tx, {
        actorId: null,
        verb: "user.sso-link-requested",
        entityType: "User",
        entityId: existing.id,
        after: { issuer: claims.issuer, subject: claims.subject },
      });
    });
    return { kind: "confirm-link", token };
  }

  if (!claims.emailVerified) return refuse("unverified", claims);
  const userId = await prisma.$transaction(async (tx) => {
    const institutionId = await institutionForHomeOrganisation(claims.homeOrganisation, tx);
    const created = await tx.user.create({
      data: {
        email,
        name: claims.name?.trim() || email,
        role: "STUDENT",
        emailVerifiedAt: new Date(),
        // A student's home institution as the provider asserted it; the profile form starts from it.
        institutionId,
        identities: { create: { issuer: claims.issuer, subject: claims.subject, email, lastUsedAt: new Date() } },
      },
    });
    await audit(tx, {
      actorId: created.id,
      verb: "user.sso-provision",
      entityType: "User",
      entityId: created.id,
      after: { email, role: "STUDENT", institutionId, issuer: claims.issuer, subject: claims.subject, homeOrganisation: claims.homeOrganisation },
    });
    return created.id;
  });
  return { kind: "signed-in", userId };
}

type LinkData = { issuer: string; subject: string; email: string; attempts: number };

async function pendingLink(token: string) {
  const row = await prisma.authToken.findUnique({
    where: { tokenHash: await hashToken(token) },
    include: { user: { select: { id: true, email: true, role: true, deletedAt: true, passwordHash: true } } },
  });
  if (!row || row.purpose !== SSO_LINK_PURPOSE || row.usedAt || row.expiresAt <= new Date() || row.user.deletedAt) return null;
  return { ...row, link: row.data as LinkData };
}

/** What the "link your institutional login" page shows; null when the link is unknown, used or expired. */
export async function getPendingSsoLink(token: string) {
  const row = await pendingLink(token);
  return row ? { email: row.user.email, issuer: row.link.issuer } : null;
}

/**
 * Confirms a pending link with the account's password: the identity is attached and the token
 * spent, in one audited transaction. A wrong password counts; after a few the link is spent.
 */
export async function confirmSsoLink(token: string, password: string): Promise<{ userId: string }> {
  const row = await pendingLink(token);
  if (!row) throw new ExpectedError("sso.errors.linkExpired");
  const { user, link } = row;
  if (user.role === "OFFICE" || user.role === "ADMIN") throw new ExpectedError("sso.errors.privileged");
  if (!(await verifyPassword(password, user.passwordHash))) {
    const attempts = link.attempts + 1;
    await prisma.$transaction(async (tx) => {
      await tx.authToken.update({ where: { id: row.id }, data: { data: { ...link, attempts }, usedAt: attempts >= LINK_ATTEMPTS ? new Date() : null } });
      await audit(tx, {
        actorId: null,
        verb: "user.sso-link-failed",
        entityType: "User",
        entityId: user.id,
        after: { issuer: link.issuer, subject: link.subject, attempts },
      });
    });
    await logRefusal("wrong-password", link);
    throw new ExpectedError(attempts >= LINK_ATTEMPTS ? "sso.errors.linkExpired" : "sso.errors.wrongPassword", {
      field: attempts >= LINK_ATTEMPTS ? undefined : "password",
    });
  }
  await prisma.$transaction(async (tx) => {
    // Spent first and only once: a second confirmation of the same token changes nothing.
    const spent = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) throw new ExpectedError("sso.errors.linkExpired");
    const taken = await tx.externalIdentity.findUnique({ where: { issuer_subject: { issuer: link.issuer, subject: link.subject } } });
    if (taken) throw new ExpectedError("sso.errors.identityTaken");
    await tx.externalIdentity.create({ data: { issuer: link.issuer, subject: link.subject, email: link.email, userId: user.id } });
    await audit(tx, {
      actorId: user.id,
      verb: "user.sso-link",
      entityType: "User",
      entityId: user.id,
      after: { issuer: link.issuer, subject: link.subject, by: "password" },
    });
  });
  return { userId: user.id };
}

// --- Administrator: officers' identities and institutions' SSO domains -----------------------

export function listSsoDomains(institutionId: string) {
  return prisma.ssoDomain.findMany({ where: { institutionId }, orderBy: { domain: "asc" }, select: { id: true, domain: true } });
}

export function listOfficerIdentities(institutionId: string) {
  return prisma.externalIdentity.findMany({
    where: { user: { institutionId, role: "OFFICE", deletedAt: null } },
    orderBy: [{ userId: "asc" }, { createdAt: "asc" }],
    select: { id: true, userId: true, issuer: true, subject: true },
  });
}

export async function addSsoDomain(actor: { id: string }, input: { institutionId: string; domain: string }) {
  const institution = await prisma.institution.findUnique({ where: { id: input.institutionId }, select: { id: true } });
  if (!institution) throw new NotFoundError();
  await prisma.$transaction(async (tx) => {
    if (await tx.ssoDomain.findUnique({ where: { domain: input.domain } })) throw new ExpectedError("sso.errors.domainTaken", { field: "domain", status: 409 });
    const row = await tx.ssoDomain.create({ data: { domain: input.domain, institutionId: institution.id } });
    await audit(tx, { actorId: actor.id, verb: "sso-domain.add", entityType: "Institution", entityId: institution.id, after: { domain: row.domain } });
  });
}

export async function removeSsoDomain(actor: { id: string }, input: { institutionId: string; domainId: string }) {
  await prisma.$transaction(async (tx) => {
    const row = await tx.ssoDomain.findFirst({ where: { id: input.domainId, institutionId: input.institutionId } });
    if (!row) throw new NotFoundError();
    await tx.ssoDomain.delete({ where: { id: row.id } });
    await audit(tx, { actorId: actor.id, verb: "sso-domain.remove", entityType: "Institution", entityId: row.institutionId, before: { domain: row.domain } });
  });
}

/** Links an officer of the institution to an identity (issuer + subject) the administrator was given. */
export async function linkOfficerIdentity(actor: { id: string }, input: { institutionId: string; userId: string; issuer: string; subject: string }) {
  const issuer = input.issuer.replace(/\/+$/, "");
  await prisma.$transaction(async (tx) => {
    const officer = await tx.user.findFirst({
      where: { id: input.userId, institutionId: input.institutionId, role: "OFFICE", deletedAt: null },
      select: { id: true },
    });
    if (!officer) throw new NotFoundError();
    if (await tx.externalIdentity.findUnique({ where: { issuer_subject: { issuer, subject: input.subject } } }))
      throw new ExpectedError("sso.errors.identityTaken", { field: "subject", status: 409 });
    await tx.externalIdentity.create({ data: { issuer, subject: input.subject, userId: officer.id } });
    await audit(tx, {
      actorId: actor.id,
      verb: "user.sso-link",
      entityType: "User",
      entityId: officer.id,
      after: { issuer, subject: input.subject, by: "admin" },
    });
  });
}

export async function unlinkOfficerIdentity(actor: { id: string }, input: { institutionId: string; identityId: string }) {
  await prisma.$transaction(async (tx) => {
    const row = await tx.externalIdentity.findFirst({ where: { id: input.identityId, user: { institutionId: input.institutionId, role: "OFFICE" } } });
    if (!row) throw new NotFoundError();
    await tx.externalIdentity.delete({ where: { id: row.id } });
    await audit(tx, {
      actorId: actor.id,
      verb: "user.sso-unlink",
      entityType: "User",
      entityId: row.userId,
      before: { issuer: row.issuer, subject: row.subject },
    });
  });
}

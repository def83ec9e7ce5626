import "server-only";
import { offerSearchToQueryString, parseOfferSearch, PAGE_SIZE, type OfferSearchParams } from "@/lib/validation/offer-search";
import { MAX_SAVED_SEARCHES } from "@/lib/validation/saved";
import { prisma } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { ExpectedError, NotFoundError } from "../errors";

/**
 * A /offers query string as stored: validated by the search's own schema, then written back in
 * its canonical form without paging, so equal searches are equal strings. Throws on bad input.
 */
export function normaliseSavedQuery(rawQuery: string): { query: string; params: OfferSearchParams } {
  const parsed = parseOfferSearch(new URLSearchParams(rawQuery.replace(/^\?/, "")));
  if (!parsed.success) throw new ExpectedError("saved.errors.invalidSearch");
  const params = { ...parsed.data, page: 1, pageSize: PAGE_SIZE };
  return { query: offerSearchToQueryString(params), params };
}

/** Saves the search; the same search saved again returns the existing one (its name unchanged). */
export async function createSavedSearch(user: CurrentUser, rawQuery: string, name: string) {
  const { query } = normaliseSavedQuery(rawQuery);
  return prisma.$transaction(async (tx) => {
    // Write the user's row first: concurrent saves of one user then queue here, so the count
    // below cannot be passed by two requests at once (PostgreSQL row lock; SQLite has one writer).
    await tx.user.update({ where: { id: user.id }, data: { updatedAt: new Date() } });
    const existing = await tx.savedSearch.findFirst({ where: { userId: user.id, query } });
    if (existing) return existing;
    if ((await tx.savedSearch.count({ where: { userId: user.id } })) >= MAX_SAVED_SEARCHES) {
      throw new ExpectedError("saved.errors.tooManySearches", { status: 409 });
    }
    const created = await tx.savedSearch.create({ data: { userId: user.id, name, query } });
    await audit(tx, { actorId: user.id, verb: "savedSearch.create", entityType: "SavedSearch", entityId: created.id, after: { name, query } });
    return created;
  });
}

export function listSavedSearches(user: CurrentUser) {
  return prisma.savedSearch.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
}

/** The user's own saved search, or 404: another user's id is treated as not existing. */
async function ownSearch(user: CurrentUser, searchId: string) {
  const search = await prisma.savedSearch.findFirst({ where: { id: searchId, userId: user.id } });
  if (!search) throw new NotFoundError();
  return search;
}

export async function renameSavedSearch(user: CurrentUser, searchId: string, name: string) {
  const search = await ownSearch(user, searchId);
  if (search.name === name) return;
  await prisma.$transaction(async (tx) => {
    await tx.savedSearch.update({ where: { id: search.id }, data: { name } });
    await audit(tx, {
      actorId: user.id,
      verb: "savedSearch.rename",
      entityType: "SavedSearch",
      entityId: search.id,
      before: { name: search.name },
      after: { name },
    });
  });
}

/**
 * Turns e-mail alerts on or off (idempotent). Turning them back on starts from now: offers
 * published while they were off are not mailed all at once.
 */
export async function setSavedSearchAlerts(user: CurrentUser, searchId: string, alertsOn: boolean, now: Date = new Date()) {
  const search = await ownSearch(user, searchId);
  if (search.alertsOn === alertsOn) return;
  await prisma.$transaction(async (tx) => {
    await tx.savedSearch.update({ where: { id: search.id }, data: alertsOn ? { alertsOn, lastAlertAt: now } : { alertsOn } });
    await audit(tx, {
      actorId: user.id,
      verb: "savedSearch.alerts",
      entityType: "SavedSearch",
      entityId: search.id,
      before: { alertsOn: search.alertsOn },
      after: { alertsOn },
    });
  });
}

export async function deleteSavedSearch(user: CurrentUser, searchId: string) {
  const search = await ownSearch(user, searchId);
  await prisma.$transaction(async (tx) => {
    await tx.savedSearch.deleteMany({ where: { id: search.id, userId: user.id } });
    await audit(tx, {
      actorId: user.id,
      verb: "savedSearch.delete",
      entityType: "SavedSearch",
      entityId: search.id,
      before: { name: search.name, query: search.query },
    });
  });
}

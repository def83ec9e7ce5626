import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { ExpectedError, NotFoundError } from "@/lib/server/errors";
import { createSavedSearch, deleteSavedSearch, listSavedSearches, renameSavedSearch, setSavedSearchAlerts } from "@/lib/server/services/saved-searches";
import { MAX_SAVED_SEARCHES } from "@/lib/validation/saved";
import { createUser } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

async function student(): Promise<CurrentUser> {
  const u = await createUser(prisma, { role: "STUDENT" });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "STUDENT",
    locale: "en",
    institutionId: null,
    hostOrganisationId: null,
    emailVerified: true,
    mustChangePassword: false,
  };
}

describe("saved searches", () => {
  it("stores the search's canonical query string (validated, without paging), alerts on", async () => {
    const user = await student();
    const search = await createSavedSearch(user, "?remote=remote&page=3&q=+python+&country=nl&paid=", "Python remote");
    expect(search).toMatchObject({ name: "Python remote", query: "q=python&country=NL&remote=remote", alertsOn: true, lastAlertAt: null });
    expect(await prisma.auditEvent.count({ where: { verb: "savedSearch.create", entityId: search.id } })).toBe(1);
  });

  it("refuses a query the search itself would refuse", async () => {
    const user = await student();
    for (const query of ["country=XX", "remote=sometimes", "q=a&q=b"]) {
      await expect(createSavedSearch(user, query, "Bad")).rejects.toMatchObject({ key: "saved.errors.invalidSearch" });
    }
    expect(await prisma.savedSearch.count()).toBe(0);
  });

  it("saving the same search twice (in any parameter order) keeps one row", async () => {
    const user = await student();
    const a = await createSavedSearch(user, "country=NL&q=data", "First");
    const b = await createSavedSearch(user, "q=data&country=nl&page=2", "Second");
    expect(b.id).toBe(a.id);
    expect((await listSavedSearches(user)).map((s) => s.name)).toEqual(["First"]);
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES} per user, also when saved concurrently`, async () => {
    const user = await student();
    const other = await student();
    for (let i = 0; i < MAX_SAVED_SEARCHES - 2; i++) await createSavedSearch(user, `q=word${i}`, `Search ${i}`);
    const results = await Promise.allSettled([0, 1, 2, 3].map((i) => createSavedSearch(user, `q=race${i}`, `Race ${i}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(ExpectedError);
      expect(r.reason).toMatchObject({ key: "saved.errors.tooManySearches" });
    }
    expect(await prisma.savedSearch.count({ where: { userId: user.id } })).toBe(MAX_SAVED_SEARCHES);
    await expect(createSavedSearch(other, "q=free", "Other user's first")).resolves.toBeTruthy();
  });

  it("renames, toggles alerts (on again = from now) and deletes the user's own search", async () => {
    const user = await student();
    const search = await createSavedSearch(user, "category=cybersecurity", "Security");
    await renameSavedSearch(user, search.id, "Cybersecurity traineeships");
    await setSavedSearchAlerts(user, search.id, false);
    await setSavedSearchAlerts(user, search.id, false);
    expect(await prisma.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({ name: "Cybersecurity traineeships", alertsOn: false });
    const now = new Date(Date.UTC(2026, 10, 24, 12));
    await setSavedSearchAlerts(user, search.id, true, now);
    expect(await prisma.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({ alertsOn: true, lastAlertAt: now });
    expect(await prisma.auditEvent.count({ where: { verb: "savedSearch.alerts" } })).toBe(2);
    await deleteSavedSearch(user, search.id);
    expect(await prisma.savedSearch.count()).toBe(0);
  });

  it("another user's saved search cannot be renamed, toggled or deleted: not found, unchanged", async () => {
    const owner = await student();
    const attacker = await student();
    const search = await createSavedSearch(owner, "q=python", "Mine");
    await expect(renameSavedSearch(attacker, search.id, "Hijacked")).rejects.toBeInstanceOf(NotFoundError);
    await expect(setSavedSearchAlerts(attacker, search.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteSavedSearch(attacker, search.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).toMatchObject({ name: "Mine", alertsOn: true });
    expect(await listSavedSearches(attacker)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";

const { readiness, shippedMigrations } = await import("@/lib/server/health");

// The readiness a load balancer asks for, on the test database (migrated by the
// global setup exactly as `prisma migrate deploy` does).
describe("readiness", () => {
  it("lists the migrations shipped for this provider, oldest first", () => {
    const names = shippedMigrations();
    expect(names.length).toBeGreaterThan(10);
    expect(names[0]).toMatch(/^2026\d{10}_init$/);
    expect([...names].sort()).toEqual(names);
  });

  it("is ready when the database answers and every shipped migration is applied", async () => {
    const report = await readiness();
    expect(report).toMatchObject({ ready: true, checks: { database: { ok: true }, migrations: { ok: true } } });
    expect(report.checks.database.ms).toBeGreaterThanOrEqual(0);
  });

  it("is not ready when the code ships a migration the database lacks, and names it", async () => {
    const report = await readiness([...shippedMigrations(), "20991231000000_from_the_future"]);
    expect(report.ready).toBe(false);
    expect(report.checks.migrations).toMatchObject({ ok: false, detail: "1 migration(s) not applied, the first: 20991231000000_from_the_future" });
  });
});

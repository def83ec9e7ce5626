import { describe, expect, it } from "vitest";
import { pgConfig } from "@/lib/server/db/adapters";

const BASE = "postgresql://dot:s%40cret@db.internal:6432/dot_portal";

describe("pgConfig: DATABASE_URL as node-postgres settings", () => {
  it("reads host, port, user, an encoded password and the database", () => {
    expect(pgConfig(BASE)).toEqual({ host: "db.internal", port: 6432, user: "dot", password: "s@cret", database: "dot_portal" });
    expect(pgConfig("postgresql://dot:dot@127.0.0.1/dot").port).toBe(5432);
  });

  it.each([
    ["disable", false],
    ["prefer", false],
    ["require", { rejectUnauthorized: false }],
    ["verify-ca", { rejectUnauthorized: true }],
    ["verify-full", { rejectUnauthorized: true }],
  ])("sslmode=%s → ssl %j", (mode, ssl) => {
    expect(pgConfig(`${BASE}?sslmode=${mode}`).ssl).toEqual(ssl);
  });

  it("sizes the pool per process with connection_limit", () => {
    expect(pgConfig(`${BASE}?connection_limit=4&sslmode=require`)).toMatchObject({ max: 4, ssl: { rejectUnauthorized: false } });
  });

  it.each([
    [`${BASE}?sslmode=sometimes`, /unknown sslmode "sometimes"/],
    [`${BASE}?connection_limit=0`, /connection_limit/],
    [`${BASE}?connection_limit=many`, /connection_limit/],
    [`${BASE}?schema=public`, /unsupported parameter\(s\) schema/],
  ])("refuses %s instead of dropping it", (url, message) => {
    expect(() => pgConfig(url)).toThrow(message);
  });
});

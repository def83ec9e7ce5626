import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/auth/password";
import { AdministratorExistsError, createAdministrator } from "@/lib/server/services/administrators";
import { provider } from "./db-urls";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

// The first administrator of an empty production database (docs/deploy.md).
describe("npm run admin:create", () => {
  it("creates an administrator who must replace a one-time password, audited; the same address twice is refused", async () => {
    const { id, password } = await createAdministrator({ email: "IT@Agency.example", name: " Ana Ferreira ", locale: "pt" });
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email: "it@agency.example", name: "Ana Ferreira", role: "ADMIN", locale: "pt", mustChangePassword: true });
    expect(await verifyPassword(password, user.passwordHash)).toBe(true);
    expect(user.passwordHash).not.toContain(password);
    expect(await prisma.auditEvent.count({ where: { verb: "admin.create", entityId: id } })).toBe(1);
    await expect(createAdministrator({ email: "it@agency.example", name: "Someone else" })).rejects.toBeInstanceOf(AdministratorExistsError);
    expect(await prisma.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it.each([[{ email: "not an address", name: "X" }], [{ email: "ok@agency.example", name: "   " }], [{ email: "ok@agency.example", name: "X", locale: "xx" }]])(
    "refuses %j and creates nothing",
    async (input) => {
      await expect(createAdministrator(input)).rejects.toThrow();
      expect(await prisma.user.count()).toBe(0);
    },
  );

  it("prints the one-time password once from the command line", () => {
    const run = spawnSync(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/create-admin.ts", "--email", "ops@agency.example", "--name", "Ops"],
      {
        env: { ...process.env, DB_PROVIDER: provider, DATABASE_URL: process.env.DATABASE_URL! },
        encoding: "utf8",
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Administrator ops@agency\.example created\. One-time password \(shown only now\): \S{12,}/);
    const again = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/create-admin.ts"], {
      env: process.env,
      encoding: "utf8",
    });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("Usage: npm run admin:create");
  });
});

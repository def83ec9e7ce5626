import { describe, expect, it } from "vitest";
import { can, ROLE_HOME, type Permission } from "@/lib/auth/permissions";

describe("can(role, permission)", () => {
  it.each<[unknown, Permission, boolean]>([
    ["STUDENT", "view:student-area:own", true],
    ["STUDENT", "view:company-area:own", false],
    ["STUDENT", "view:office-area:own", false],
    ["STUDENT", "view:admin-area:any", false],
    ["STUDENT", "decide:placement:own", false],
    // Saved offers and saved searches (with alerts) are a participant's own bookmarks.
    ["STUDENT", "save:offer:own", true],
    ["COMPANY", "save:offer:own", false],
    ["OFFICE", "save:offer:own", false],
    ["ADMIN", "save:offer:own", false],
    // Application threads: host and applicant write, the sending office only reads, admins neither.
    ["STUDENT", "write:application-thread:own", true],
    ["COMPANY", "write:application-thread:own", true],
    ["OFFICE", "write:application-thread:own", false],
    ["OFFICE", "read:application-thread:own", true],
    ["ADMIN", "read:application-thread:own", false],
    ["COMPANY", "view:company-area:own", true],
    ["COMPANY", "manage:offer:own", true],
    ["COMPANY", "view:student-area:own", false],
    ["COMPANY", "decide:placement:own", false],
    ["OFFICE", "view:office-area:own", true],
    ["OFFICE", "decide:placement:own", true],
    ["OFFICE", "manage:offer:own", false],
    ["OFFICE", "view:admin-area:any", false],
    ["ADMIN", "view:admin-area:any", true],
    ["ADMIN", "view:audit-log:any", true],
    // Admins administer; they do not decide placements for an institution.
    ["ADMIN", "decide:placement:own", false],
    // Every role manages its own account (password).
    ["STUDENT", "manage:account:own", true],
    ["COMPANY", "manage:account:own", true],
    ["OFFICE", "manage:account:own", true],
    ["ADMIN", "manage:account:own", true],
    ["GUEST", "manage:account:own", false],
    // Fail closed on anything that is not a known role.
    ["SUPERUSER", "view:admin-area:any", false],
    ["admin", "view:admin-area:any", false],
    [undefined, "view:student-area:own", false],
    [null, "view:student-area:own", false],
    [{ role: "ADMIN" }, "view:admin-area:any", false],
  ])("%s may %s → %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it.each(Object.entries(ROLE_HOME))("each role's home is its own area: %s → %s", (role, home) => {
    const area = home.slice(1) as "student" | "company" | "office" | "admin";
    const permission = (area === "admin" ? "view:admin-area:any" : `view:${area}-area:own`) as Permission;
    expect(can(role, permission)).toBe(true);
  });
});

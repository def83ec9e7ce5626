// Permissions are named verb:entity:scope (own = the user's own institution / organisation /
// person, any = every tenant). Pure data so it is unit-tested and usable on both sides.
export const ROLES = ["STUDENT", "COMPANY", "OFFICE", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | "manage:account:own"
  | "view:student-area:own"
  | "view:company-area:own"
  | "view:office-area:own"
  | "view:admin-area:any"
  | "apply:offer:own"
  | "save:offer:own"
  | "manage:participant-profile:own"
  | "manage:host-organisation:own"
  | "manage:offer:own"
  | "decide:application:own"
  | "read:application-thread:own"
  | "write:application-thread:own"
  | "decide:placement:own"
  | "manage:grant-rate:own"
  | "sign:learning-agreement:own"
  | "export:mobility-record:own"
  | "view:statistics:own"
  | "view:statistics:any"
  | "manage:institution:any"
  | "verify:host-organisation:any"
  | "view:audit-log:any"
  | "manage:jobs:any";

const GRANTS: Record<Role, readonly Permission[]> = {
  STUDENT: [
    "manage:account:own",
    "view:student-area:own",
    "apply:offer:own",
    "save:offer:own",
    "manage:participant-profile:own",
    "sign:learning-agreement:own",
    "read:application-thread:own",
    "write:application-thread:own",
  ],
  COMPANY: [
    "manage:account:own",
    "view:company-area:own",
    "manage:host-organisation:own",
    "manage:offer:own",
    "decide:application:own",
    "sign:learning-agreement:own",
    "read:application-thread:own",
    "write:application-thread:own",
  ],
  OFFICE: [
    "manage:account:own",
    "view:office-area:own",
    "decide:placement:own",
    // The sending office follows its participants' conversations with hosts, read-only.
    "read:application-thread:own",
    "manage:grant-rate:own",
    "sign:learning-agreement:own",
    "export:mobility-record:own",
    "view:statistics:own",
  ],
  ADMIN: [
    "manage:account:own",
    "view:admin-area:any",
    "view:statistics:any",
    "manage:institution:any",
    "verify:host-organisation:any",
    "view:audit-log:any",
    "manage:jobs:any",
  ],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Fails closed: an unknown or missing role has no permission at all. */
export function can(role: unknown, permission: Permission): boolean {
  if (!isRole(role)) return false;
  return GRANTS[role].includes(permission);
}

export const ROLE_HOME: Record<Role, string> = {
  STUDENT: "/student",
  COMPANY: "/company",
  OFFICE: "/office",
  ADMIN: "/admin",
};

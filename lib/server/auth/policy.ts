import "server-only";
// Re-exported so server code has one import for authorization.
export { can, isRole, ROLE_HOME, type Permission, type Role } from "@/lib/auth/permissions";

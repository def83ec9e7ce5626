import type { Role } from "./permissions";

/** GET /api/v1/session: what the cached pages' client islands need to know about the visitor. */
export type SessionUser = { name: string; email: string; role: Role; emailVerified: boolean; home: string };
export type SessionView = { user: SessionUser | null };

export const SESSION_PATH = "/api/v1/session";

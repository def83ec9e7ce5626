import "server-only";
import { env } from "../../env";
import { postgresDialect } from "./fts-postgres";
import { sqliteDialect } from "./fts-sqlite";
import type { SearchDialect } from "./search-dialect";

// Full-text search is hand-written per provider (docs/decisions/0015).
export const dialect: SearchDialect = env.DB_PROVIDER === "postgresql" ? postgresDialect : sqliteDialect;

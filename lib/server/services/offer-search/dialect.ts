import "server-only";
import { env } from "../../env";
import { postgresDialect } from "./fts-postgres";
import { sqliteDialect } from "./fts-sqlite";
import type { SearchDialect } from "./search-dialect";

export const dialect: SearchDialect = env.DB_PROVIDER === "postgresql" ? postgresDialect : sqliteDialect;

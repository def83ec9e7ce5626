// Prisma 6.19.3 fully offline: engine "js" = the WASM schema engine talking to the database
// through a JS driver adapter (docs/decisions/0015). DB_PROVIDER picks header, migrations
// folder and adapter.
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { dbProvider, defaultDatabaseUrl, makeMigrationAdapter } from "./lib/server/db/adapters";

const provider = dbProvider();
const url = process.env.DATABASE_URL ?? defaultDatabaseUrl(provider);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  async adapter() {
    return makeMigrationAdapter(provider, url);
  },
});

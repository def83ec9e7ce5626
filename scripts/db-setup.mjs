// Creates/migrates the database and seeds it when empty. Used by `npm start` and `npm run dev`.
import { ensureClientFor, ensureDotEnv, loadDotEnv, run } from "./lib.mjs";

ensureDotEnv();
loadDotEnv();
ensureClientFor();
run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]);
run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "prisma/seed.ts", "--if-empty"]);

// `npm start`: database ready (migrate, seed if empty), production build, serve on :3000.
import { loadDotEnv, run } from "./lib.mjs";

run(process.execPath, ["scripts/db-setup.mjs"]);
loadDotEnv();
run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
const port = process.env.PORT ?? "3000";
console.log(`\n• DOT Portal on http://localhost:${port} — demo accounts are listed in README.md\n`);
// scripts/server.mjs: `next start` plus the peer address appended to X-Forwarded-For.
run(process.execPath, ["scripts/server.mjs", "-p", port]);

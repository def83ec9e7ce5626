// The public API's rate limit holds in total over every instance behind nginx: one client (its
// own loopback address, so the counters of the load phases play no part) sends more requests
// than the limit within a minute, round robin over the instances; the count of 200s must be the
// limit, not the limit times the instances. The counter is the ThrottleCounter row "api:<address>".
//   node scripts/scale-out/rate-limit.mjs --limit 60 --requests 150
import { option, pool, request, withDb } from "./common.mjs";

const limit = Number(option("--limit", "60"));
const total = Number(option("--requests", "150"));
const client = option("--from", "127.0.0.2");
const other = "127.0.0.1";

await withDb((db) => db.query(`DELETE FROM "ThrottleCounter" WHERE key = $1`, [`api:${client}`]));

const byUpstream = new Map(); // upstream → { ok, limited }
const statuses = new Map();
await pool(total, 8, async () => {
  const response = await request("/api/v1/offers?page=1", { from: client });
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const cell = byUpstream.get(response.upstream) ?? { ok: 0, limited: 0 };
  if (response.status === 200) cell.ok++;
  if (response.status === 429) cell.limited++;
  byUpstream.set(response.upstream, cell);
});
const { rows } = await withDb((db) => db.query(`SELECT count FROM "ThrottleCounter" WHERE key = $1`, [`api:${client}`]));
// Another client at the same time is not affected by this one's budget.
const bystander = await request("/api/v1/offers?page=1", { from: other });

const ok = statuses.get(200) ?? 0;
console.log(`  ${total} GET /api/v1/offers from ${client}, 8 at a time, limit ${limit} per minute and client:`);
for (const [upstream, cell] of [...byUpstream].sort()) console.log(`    instance ${upstream}: ${cell.ok} × 200, ${cell.limited} × 429`);
console.log(`  answered 200: ${ok}, 429: ${statuses.get(429) ?? 0}, other: ${total - ok - (statuses.get(429) ?? 0)}`);
console.log(`  ThrottleCounter "api:${client}" = ${rows[0]?.count ?? "none"} units`);
console.log(`  a request from ${other} meanwhile: HTTP ${bystander.status}`);
console.log(`  → ${ok === limit ? "✓" : "✗"} the limit holds across instances (${ok} of ${limit} allowed)`);

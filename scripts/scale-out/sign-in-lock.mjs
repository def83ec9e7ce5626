// Sign-in throttling holds across instances: wrong passwords for one account, sent through
// nginx (round robin), count in one ThrottleCounter row whichever instance answers. With the
// defaults of lib/server/security/throttle.ts (lib/server/env.ts): 5 failures free, then a wait
// of 1, 2, 4 … s before each next attempt (attempts during a wait are refused, not counted),
// locked for 15 minutes at 10 failures. Then the right password is refused on every instance.
// Connects from its own loopback address, so the per-address counter starts at zero too.
//   node scripts/scale-out/sign-in-lock.mjs
import { option, signIn, sleep, withDb } from "./common.mjs";

const account = option("--account", "hanne.wuyts@ugent.example");
const from = option("--from", "127.0.0.3");

const attempt = async (password) => {
  const r = await signIn(account, password, from);
  const throttled = r.error?.startsWith("throttled:") ? Number(r.error.slice("throttled:".length)) : null;
  return { ...r, throttled };
};

let failures = 0;
for (let i = 1; i <= 40; i++) {
  const r = await attempt("wrong password, attempt " + i);
  if (r.throttled === null) failures++;
  console.log(
    `  #${String(i).padStart(2)} wrong password → ${r.upstream.padEnd(15)} ${r.throttled === null ? `refused (${r.error}), failure ${failures}` : `throttled, wait ${r.throttled} s`}`,
  );
  if (r.throttled !== null && r.throttled > 60) break; // locked
  if (r.throttled !== null) await sleep(r.throttled * 1000 + 100);
}

const { rows } = await withDb((db) => db.query(`SELECT count, "lockedUntil" FROM "ThrottleCounter" WHERE key = $1`, [`sign-in-account:${account}`]));
console.log(`  ThrottleCounter "sign-in-account:${account}": ${rows[0]?.count} failures, locked until ${rows[0]?.lockedUntil?.toISOString() ?? "–"}`);

const answeredBy = new Set();
let refused = 0;
for (let i = 0; i < 3; i++) {
  const r = await attempt(undefined);
  answeredBy.add(r.upstream);
  if (!r.ok) refused++;
  console.log(`  right password → ${r.upstream.padEnd(15)} ${r.ok ? "signed in" : `refused (${r.error})`}`);
}
console.log(`  → ${refused === 3 ? "✓" : "✗"} the lock holds on ${answeredBy.size} instance(s): the right password was refused ${refused} of 3 times`);

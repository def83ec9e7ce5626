// The production server on a free loopback port, for the measuring scripts (scripts/bench-http.ts,
// scripts/page-weight.ts): scripts/server.mjs over the last `next build`, the database as for
// `npm start` (DATABASE_URL / DB_PROVIDER).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server at ${url} did not answer within the start-up time`);
}

/** Starts the server (extra environment in `env`) and waits until `readyPath` answers 2xx. */
export async function startProductionServer(env: Record<string, string> = {}, readyPath = "/icon.svg") {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["scripts/server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    // A production server refuses to start without a session secret (instrumentation.ts).
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitUntilUp(base + readyPath, Date.now() + 60_000);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { base, stop: () => server.kill() };
}

/** The id of the first published offer the public API lists. */
export async function firstPublishedOfferId(base: string): Promise<string> {
  const list = (await (await fetch(`${base}/api/v1/offers?page=1`)).json()) as { items: { id: string }[] };
  const offerId = list.items[0]?.id;
  if (!offerId) throw new Error("no published offer in this database: run npm run db:setup first");
  return offerId;
}

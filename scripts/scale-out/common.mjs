// Shared by the scale-out helpers (scripts/scale-out.sh runs them): the address of the load
// balancer, command-line options, the database, and a password sign-in through next-auth.
import http from "node:http";
import pg from "pg";

/** nginx in front of the instances; APP_URL of every instance, so the Origin of our POSTs. */
export const BASE = process.env.SCALE_BASE ?? "http://127.0.0.1:3410";
export const PASSWORD = "DemoPass!2026";
export const STUDENT = "student@demo.dot-portal.eu";
export const COMPANY = "company@demo.dot-portal.eu";

/** `--name value` from argv, or the fallback. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection to the scale-out database (DATABASE_URL), closed after `work`. */
export async function withDb(work) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One HTTP request to nginx; `from` is the local address to connect from (any of 127.0.0.0/8):
 * nginx's $remote_addr, so the portal's client address — a phase that should not share the
 * throttle counters of the load (all from 127.0.0.1) connects from its own.
 * Resolves { status, headers, body, upstream }: upstream is "host:port" of the instance that
 * answered (nginx adds X-Upstream; "a, b" after nginx passed the request on).
 */
export function request(path, { method = "GET", headers = {}, body, from = "127.0.0.1" } = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, BASE);
    const payload = body === undefined ? undefined : Buffer.from(body);
    const req = http.request(
      url,
      { method, localAddress: from, agent: false, headers: { ...headers, ...(payload ? { "content-length": payload.length } : {}) } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            upstream: String(res.headers["x-upstream"] ?? "?"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Remembers the cookies a response sets and writes them back as one Cookie header. */
class CookieJar {
  #cookies = new Map();
  take(response) {
    for (const line of response.headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      this.#cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  has(name) {
    return this.#cookies.has(name);
  }
  header() {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * next-auth's credentials flow as a browser without JavaScript would do it: GET /api/auth/csrf
 * (token + cookie), then POST the form to /api/auth/callback/credentials. `error` is next-auth's
 * error code from the redirect ("CredentialsSignin" for a wrong password, "throttled:<s>" when
 * lib/server/security/throttle.ts refuses); `cookie` carries the session when it worked.
 */
export async function signIn(email, password = PASSWORD, from = "127.0.0.1") {
  const jar = new CookieJar();
  const csrf = await request("/api/auth/csrf", { from });
  jar.take(csrf);
  const { csrfToken } = JSON.parse(csrf.body);
  const response = await request("/api/auth/callback/credentials", {
    method: "POST",
    from,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE, cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${BASE}/en` }).toString(),
  });
  jar.take(response);
  const location = response.headers.location ?? "";
  const error = location ? new URL(location, BASE).searchParams.get("error") : `HTTP ${response.status}`;
  const ok = !error && jar.has("next-auth.session-token");
  return { ok, error: ok ? null : (error ?? "no session cookie"), cookie: jar.header(), upstream: response.upstream, status: response.status };
}

/** Like signIn, but a failure stops the run. */
export async function mustSignIn(email) {
  const result = await signIn(email);
  if (!result.ok) throw new Error(`sign-in as ${email} failed: ${result.error} (HTTP ${result.status} from ${result.upstream})`);
  return result.cookie;
}

/** Runs `task(i)` for i = 0..count-1 with at most `parallel` at a time. */
export async function pool(count, parallel, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
}

import { expect, test } from "./fixtures";

// What a load balancer asks of an instance, on the running production server.
test("the server is live, and ready: its database answers and every shipped migration is applied", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "live" });
  expect(live.headers()["cache-control"]).toBe("no-store");

  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  const body = await ready.json();
  expect(body).toMatchObject({ status: "ready", checks: { database: { ok: true }, migrations: { ok: true } } });
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(ready.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

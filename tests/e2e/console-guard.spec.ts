// The console guard of tests/e2e/fixtures.ts, on a page served by the test itself (no portal): it
// fails a spec on an unexpected failed request, an uncaught error or a hydration warning, and lets
// the statuses that are answers (here: Next's segment prefetch answered 404) pass.
import { test } from "./fixtures";

const ORIGIN = "http://guard.test";

test.beforeEach(async ({ page }) => {
  await page.route(`${ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === "/"
      ? route.fulfill({ contentType: "text/html", body: "<title>Guard</title><h1>Guard</h1>" })
      : route.fulfill({ status: 404, body: "Not found" }),
  );
  await page.goto(`${ORIGIN}/`);
});

test("a segment prefetch answered 404 does not fail the spec", async ({ page }) => {
  await page.evaluate(() => fetch("/en/offers/x?_rsc=1", { headers: { rsc: "1", "next-router-segment-prefetch": "/$d$locale/offers" } }));
});

test("a request that fails for no reason fails the spec", async ({ page }) => {
  test.fail();
  await page.evaluate(() => fetch("/missing.js"));
});

test("an uncaught error fails the spec", async ({ page }) => {
  test.fail();
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error("uncaught");
    }),
  );
  await page.waitForTimeout(200);
});

test("a hydration warning fails the spec", async ({ page }) => {
  test.fail();
  await page.evaluate(() => console.warn("A tree hydrated but some attributes of the server rendered HTML didn't match the client properties."));
});

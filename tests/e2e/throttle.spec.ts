// Abuse: password guessing on one account, and one client hammering the public API.
import http from "node:http";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, submitRegistration, test } from "./fixtures";

const PASSWORD = "Throttle spec: kestrel over the Scheldt 2026";

/** An account of this spec only (locking a shared demo account would break other specs). */
async function registerAccount(page: Page): Promise<string> {
  const email = `throttle.${Date.now()}@ugent.be`;
  // Registration answers "check your inbox" for every address; the account can sign in unverified.
  await submitRegistration(page, { as: "student", name: "Throttle Spec", email, password: PASSWORD });
  await page.context().clearCookies();
  return email;
}

/** Submits the sign-in form once and says what the portal answered. */
async function submit(page: Page, email: string, password: string): Promise<string> {
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  const throttled = page.getByTestId("sign-in-throttled");
  if (await throttled.isVisible()) return (await throttled.textContent()) ?? "";
  await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  return "wrong";
}

test("11 wrong passwords on one account: waits, then a lock that refuses even the right password", async ({ page }) => {
  test.setTimeout(150_000); // the waits after the fifth failure are real: 1 + 2 + 4 + 8 + 16 s
  const email = await registerAccount(page);
  await page.goto("/sign-in");

  const answers: string[] = [];
  let wrong = 0;
  while (wrong < 11 && answers.length < 30) {
    const answer = await submit(page, email, `wrong password ${wrong}`);
    answers.push(answer);
    const wait = /Try again in (\d+) seconds?\./.exec(answer);
    if (wait) {
      // Refused before the password was checked: wait as told, then guess again.
      await page.waitForTimeout(Number(wait[1]) * 1000 + 300);
      continue;
    }
    wrong++;
  }
  expect(answers.slice(0, 5)).toEqual(Array(5).fill("wrong"));
  expect(answers.some((a) => /^Too many attempts\. Try again in \d+ seconds?\.$/.test(a))).toBe(true);
  // The tenth counted failure locks the account; the eleventh is refused by the lock.
  expect(answers.at(-1)).toBe("Too many attempts. Try again in 15 minutes.");
  expect(answers.filter((a) => a === "wrong")).toHaveLength(9);

  expect(await submit(page, email, PASSWORD)).toBe("Too many attempts. Try again in 15 minutes.");
  await expect(page).toHaveURL("/en/sign-in");
  await expectNoAxeViolations(page);

  // The same answer for an address that has no account (nothing reveals which accounts exist).
  const nobody = `nobody.${Date.now()}@ugent.be`;
  const forNobody: string[] = [];
  for (let i = 0; i < 6; i++) forNobody.push(await submit(page, nobody, "wrong password"));
  expect(forNobody).toEqual([...Array(5).fill("wrong"), "Too many attempts. Try again in 1 second."]);
});

/** A POST from a chosen loopback address (127.0.0.x), so this client's budget is its own. */
function postFrom(localAddress: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const payload = JSON.stringify(body);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: Number(process.env.E2E_PORT ?? 3100),
        localAddress,
        path,
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject).end(payload);
  });
}

test("the API limit counts the real peer, whatever X-Forwarded-For says, and weighs long texts", async () => {
  // 10,000 characters cost 10 of the 120 units per minute: the 13th such request is refused,
  // though each one claims to come from a new address.
  const text = "Develop new features of our React web app and write unit tests. ".repeat(160).slice(0, 10_000);
  const statuses: number[] = [];
  let refused: Awaited<ReturnType<typeof postFrom>> | null = null;
  for (let i = 1; i <= 13; i++) {
    const res = await postFrom("127.0.0.2", "/api/v1/checks/activities", { text }, { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` });
    statuses.push(res.status);
    if (res.status === 429) refused = res;
  }
  expect(statuses).toEqual([...Array(12).fill(200), 429]);
  expect(Number(refused?.headers["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(refused?.body ?? "{}").error.message).toMatch(/Too many requests/);

  // Another peer has its own budget.
  expect((await postFrom("127.0.0.3", "/api/v1/checks/activities", { text: "Building Power BI dashboards." })).status).toBe(200);

  // Over the cap: refused with a message naming the limit, before any classification.
  const tooLong = await postFrom("127.0.0.3", "/api/v1/checks/activities", { text: "x".repeat(10_001) });
  expect(tooLong.status).toBe(400);
  expect(JSON.parse(tooLong.body).error.issues).toEqual([{ path: "text", message: "At most 10,000 characters (you have 10,001)." }]);
});

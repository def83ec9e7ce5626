import { appendFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type BrowserContext, type ConsoleMessage, type Page, type Response } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";

export { expect };

type Role = "STUDENT" | "COMPANY" | "OFFICE" | "ADMIN";

export function demoAccount(role: Role, email?: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role && (!email || a.email === email));
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Where each scan is written down (one JSON line), for the accessibility statement's results. */
export const AXE_SCANS_FILE = "test-results/axe-scans.jsonl";

/** Every page a journey visits gets an axe scan: WCAG 2.1 A/AA, zero violations. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams metadata: after a client-side navigation the <title> arrives a moment later.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const scan = { url: page.url(), violations: results.violations.length, axeVersion: results.testEngine.version, tags: AXE_TAGS, at: results.timestamp };
  appendFileSync(AXE_SCANS_FILE, JSON.stringify(scan) + "\n");
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, "axe violations").toEqual([]);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signInAs(page: Page, role: Role, email?: string) {
  const account = demoAccount(role, email);
  await signIn(page, account.email, account.password);
  await page.waitForURL((url) => url.pathname !== "/en/sign-in");
  return account;
}

/** Opens the header's language menu and picks a language by its own name ("Deutsch", "polski"). */
export async function switchLanguage(page: Page, name: string) {
  await page.locator("details[data-language-menu] > summary").click();
  await page.getByRole("button", { name, exact: true }).click();
}

// A file chosen before React has hydrated the form is dropped by the hydration: wait until React
// owns the file input (it tags the nodes it hydrated with __reactFiber$… keys).
export async function hydrated(page: Page, selector = "input[name=cv]") {
  await page.waitForFunction((sel) => {
    const input = document.querySelector(sel);
    return input !== null && Object.keys(input).some((k) => k.startsWith("__reactFiber"));
  }, selector);
}

// Console guard: any console error, uncaught page error or React hydration warning on any page a
// spec opens (its own page, pages it opens, contexts it makes from `browser`) fails the spec.
let allowed: RegExp[] = [];

/**
 * Lets this test's console show messages matching `pattern` (matched against "text @ url"): only for
 * noise the test causes on purpose (a request it aborts, a frame it wants refused); say why at the call.
 */
export function allowConsoleErrors(pattern: RegExp) {
  allowed.push(pattern);
}

type Problem = { text: string; url: string };

// Statuses that are answers, not faults (responses are matched by URL when the test ends, as the
// console message and the response event may arrive in either order).
function expectedStatus(response: Response): boolean {
  const status = response.status();
  const request = response.request();
  // A document answered with 4xx: a 404 or 403 page a test opens to check the refusal.
  if (request.resourceType() === "document" && status >= 400 && status < 500) return true;
  // Wrong or refused credentials: next-auth answers the sign-in form with 401, and the form shows
  // the message the specs that try a wrong password (or a removed account) assert.
  if (status === 401 && new URL(response.url()).pathname === "/api/auth/callback/credentials") return true;
  // Next 16's per-segment prefetch of a page rendered on demand (the cached offer pages) is
  // answered 404 until that segment is cached; the router then loads the page whole (known
  // upstream: vercel/next.js#85374). Only prefetches: a navigation that fails still counts.
  return status === 404 && request.headers()["next-router-segment-prefetch"] !== undefined;
}

function watch(context: BrowserContext, problems: Problem[], answered: Set<string>) {
  const onConsole = (msg: ConsoleMessage) => {
    const text = msg.text();
    if (msg.type() !== "error" && !(msg.type() === "warning" && /hydrat/i.test(text))) return;
    problems.push({ text: `console ${msg.type()}: ${text}`, url: msg.location().url });
  };
  const onPage = (page: Page) => {
    page.on("console", onConsole);
    page.on("pageerror", (error) => problems.push({ text: `page error: ${error.message}`, url: page.url() }));
    page.on("response", (response) => {
      if (expectedStatus(response)) answered.add(response.url());
    });
  };
  context.pages().forEach(onPage);
  context.on("page", onPage);
}

/** Chromium's own line for a failed resource whose status was an answer (above); anything else is a problem. */
const isAnsweredStatus = (p: Problem, answered: Set<string>) =>
  /^console error: Failed to load resource: the server responded with a status of 4\d\d/.test(p.text) && answered.has(p.url);

export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ context, browser }, run) => {
      allowed = [];
      const problems: Problem[] = [];
      const answered = new Set<string>();
      watch(context, problems, answered);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const made = await newContext(...args);
        watch(made, problems, answered);
        return made;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      const unexpected = problems
        .filter((p) => !isAnsweredStatus(p, answered))
        .map((p) => `${p.text}${p.url ? ` @ ${p.url}` : ""}`)
        .filter((p) => !allowed.some((pattern) => pattern.test(p)));
      expect(unexpected, "console errors, page errors or hydration warnings").toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Opens the newest mail to `to` with this subject in the dev outbox (polling: mail is sent after
 * the response) and returns the path of its link starting with `path` (e.g. "/verify-email").
 */
export async function linkFromOutbox(page: Page, to: string, subject: string, path: string): Promise<string> {
  const row = page.getByRole("row").filter({ hasText: to }).filter({ hasText: subject }).first();
  await expect(async () => {
    await page.goto("/dev/outbox");
    await expect(row).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await row.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const text = (await page.locator("pre").first().textContent()) ?? "";
  // Mail links carry the recipient's language: https://…/en/verify-email?token=…
  const match = new RegExp(`https?://[^/\\s]+(/[a-z]{2}${path}(?:\\?\\S*)?)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in the mail to ${to}`);
  return match[1];
}

/** Fills and sends the registration form; registration then answers "check your inbox" (never signs in). */
export async function submitRegistration(page: Page, account: { as: "student" | "company"; name: string; email: string; password: string }) {
  await page.goto(`/register?as=${account.as}`);
  await page.getByLabel("Full name").fill(account.name);
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Repeat the password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
}

/** Opens the verification link from the outbox and confirms the address. */
export async function verifyEmailFromOutbox(page: Page, email: string) {
  await page.goto(await linkFromOutbox(page, email, "Confirm your e-mail address for the DOT Portal", "/verify-email"));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByText("Thank you: your e-mail address is confirmed.")).toBeVisible();
}

/** The whole new flow: register, confirm the address from the outbox, sign in; ends on the role's home. */
export async function registerVerifyAndSignIn(page: Page, account: { as: "student" | "company"; name: string; email: string; password: string }) {
  await submitRegistration(page, account);
  await verifyEmailFromOutbox(page, account.email);
  await signIn(page, account.email, account.password);
  await page.waitForURL(`/en/${account.as}`);
}

/**
 * A signed-in company user writes and publishes a qualifying offer (Software development, 2027
 * dates); returns its id, from the editor's URL.
 */
export async function publishOffer(page: Page, title: string, description: string): Promise<string> {
  await page.goto("/company/offers/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill(description);
  await page.getByLabel("Tasks").fill("Develop new features of our React web application in TypeScript.\nWrite automated tests for the REST API.");
  await page.getByLabel("Software development").check();
  await page.getByLabel("Earliest start").fill("2027-03-01");
  await page.getByLabel("Latest end").fill("2027-12-31");
  await page.getByLabel("Application deadline").fill("2027-01-15");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("The offer is published: students can find it now.")).toBeVisible();
  return /\/company\/offers\/([^/?#]+)/.exec(page.url())![1]!;
}

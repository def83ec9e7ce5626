import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";

export { expect };

type Role = "STUDENT" | "COMPANY" | "OFFICE" | "ADMIN";

export function demoAccount(role: Role, email?: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role && (!email || a.email === email));
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
}

/** Every page a journey visits gets an axe scan: WCAG 2.1 A/AA, zero violations. */
export async function expectNoAxeViolations(page: Page) {
  // Next streams metadata: after a client-side navigation the <title> arrives a moment later.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
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
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  return account;
}

// A file chosen before React has hydrated the form is dropped by the hydration: wait until React
// owns the file input (it tags the nodes it hydrated with __reactFiber$… keys).
export async function hydrated(page: Page, selector = "input[name=cv]") {
  await page.waitForFunction((sel) => {
    const input = document.querySelector(sel);
    return input !== null && Object.keys(input).some((k) => k.startsWith("__reactFiber"));
  }, selector);
}

export const test = base;

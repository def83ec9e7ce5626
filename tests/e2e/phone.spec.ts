// Every main page at phone width (390×844): nothing scrolls sideways (wide tables scroll inside their
// own region), axe finds nothing, and a screenshot of the first screen goes to docs/screenshots.
// One sign-in per role, each walking that role's pages; the Danish header is measured at 1280 px.
import { mkdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { expect, expectNoAxeViolations, signIn, signInAs, test } from "./fixtures";

const SHOTS = "docs/screenshots";
// Seeded (prisma/seed/data/scenarios.ts): a trainee with an approved placement and its Learning Agreement.
const TRAINEE = "hanne.wuyts@ugent.example";
const LA_OFFER = "Stagiair Systeembeheer & Netwerken";

test.use({ viewport: { width: 390, height: 844 } });

/** The page fits the screen's width; on failure, names the outermost elements sticking out. */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 0.5;
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((el) => sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)))
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${Math.round(el.getBoundingClientRect().right)}px: ${(el.textContent ?? "").trim().slice(0, 60)}`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits: root.scrollWidth > width ? culprits : [] };
  });
  expect.soft(scrollWidth, `${name}: ${scrollWidth}px wide on a ${clientWidth}px screen\n${culprits.join("\n")}`).toBeLessThanOrEqual(clientWidth);
}

async function visit(page: Page, path: string, name: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("h1").first()).toBeVisible();
  await expectNoSidewaysScroll(page, name);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/phone-${name}.png` });
}

/** The first link on `path` whose pathname matches `pattern` (a detail page of a seeded list). */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${path}`).toBeTruthy();
  return href!;
}

/** Rows the header's logo and links take at 1280 px in Danish (the longest labels). */
async function danishHeaderRows(page: Page, path: string, name: string): Promise<number> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/da${path}`);
  await expect(page.getByRole("navigation").first().getByRole("button", { name: "Log ud" })).toBeVisible();
  await page.locator("header").screenshot({ path: `${SHOTS}/header-da-1280-${name}.png` });
  return page.locator("header a, header button").evaluateAll((items) => {
    // Items of one flex row share their vertical centre (items-center); a new row starts well below.
    // The closed language menu's buttons keep layout boxes inside <details>: count what is shown.
    const centres = items
      .filter((el) => el.checkVisibility())
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 1)
      .map((r) => (r.top + r.bottom) / 2)
      .sort((a, b) => a - b);
    return centres.filter((c, i) => i === 0 || c - centres[i - 1]! > 12).length;
  });
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test("public pages fit a phone; on /offers the results come before the folded filters", async ({ page }) => {
  await visit(page, "/", "home");
  await visit(page, "/offers", "offers");
  // Results first: the filters are folded away behind one toggle, the first result on the first screen.
  const filters = page.locator("details.filters-disclosure");
  await expect(filters).not.toHaveAttribute("open");
  await expect(page.getByLabel("Country")).toBeHidden();
  const firstResult = page.locator("main article").first();
  expect((await firstResult.boundingBox())!.y).toBeLessThan(844);
  await filters.locator("summary").click();
  await expect(page.getByLabel("Country")).toBeVisible();
  await visit(page, "/offers/offer-0007", "offer");
  await visit(page, "/stats", "stats");
  await visit(page, "/sign-in", "sign-in");
  await visit(page, "/register", "register");
});

test("a student's pages fit a phone", async ({ page }) => {
  await signIn(page, TRAINEE, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname !== "/en/sign-in");
  await visit(page, "/student", "student-dashboard");
  await visit(page, "/student/profile", "student-profile");
  await visit(page, "/student/applications", "student-applications");
  await page.getByRole("link", { name: LA_OFFER }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: LA_OFFER })).toBeVisible();
  await visit(page, new URL(page.url()).pathname, "student-application");
  await page.getByRole("link", { name: "Open the Learning Agreement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Learning Agreement for Traineeships" })).toBeVisible();
  await visit(page, new URL(page.url()).pathname, "learning-agreement");
  await visit(page, "/student/saved", "student-saved");
  await visit(page, "/account", "account");
});

test("a company's pages fit a phone", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await visit(page, "/company", "company-dashboard");
  // Seeded: Kanaal Software's offer with applicants (tests/e2e/company-pipeline.spec.ts).
  const applicants = "/company/offers/offer-0049/applicants";
  await visit(page, applicants, "company-applicants");
  await visit(page, await firstLink(page, applicants, /\/company\/applications\/[^/]+$/), "company-application");
  await visit(page, applicants.replace(/\/applicants$/, ""), "company-offer-editor");
  await visit(page, "/company/organisation", "company-organisation");
});

test("an officer's pages fit a phone, and the Danish header keeps to two rows at 1280 px", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await visit(page, "/office", "office-dashboard");
  await visit(page, "/office/placements", "office-queue");
  await visit(page, await firstLink(page, "/office/placements", /\/office\/placements\/[^/]+$/), "office-placement");
  await visit(page, "/office/records", "office-records");
  await visit(page, "/office/statistics", "office-statistics");
  await visit(page, "/office/settings", "office-settings");
  expect(await danishHeaderRows(page, "/office", "office")).toBeLessThanOrEqual(2);
});

test("the admin's pages fit a phone, and the Danish header keeps to two rows at 1280 px", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await visit(page, "/admin", "admin-dashboard");
  await visit(page, "/admin/institutions", "admin-institutions");
  await visit(page, await firstLink(page, "/admin/institutions", /\/admin\/institutions\/(?!new$)[^/]+$/), "admin-institution");
  await visit(page, "/admin/hosts", "admin-hosts");
  await visit(page, "/admin/audit", "admin-audit");
  await visit(page, "/admin/statistics", "admin-statistics");
  expect(await danishHeaderRows(page, "/admin", "admin")).toBeLessThanOrEqual(2);
});

import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, publishOffer, signInAs, test } from "./fixtures";

// Seeded: a published offer of Kanaal Software (company@) with a deadline months ahead.
const OFFER_ID = "offer-0047";
const OFFER_TITLE = "Stage Data-analyse met Power BI";
// A word no seeded offer has, so the saved search matches only the offer published below.
const WORD = "Alertwatch";
const SEARCH_NAME = `${WORD} traineeships`;

async function publishOfferAsCompany(browser: Browser, title: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "COMPANY");
  await publishOffer(page, title, "Join our small team in Rotterdam and build dashboards our customers use every day.");
  await context.close();
}

async function openOutboxMail(page: Page, subject: string) {
  // The alert is sent after the publish response: poll the outbox until it is there.
  await expect(async () => {
    await page.goto("/dev/outbox");
    await expect(page.getByRole("link", { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expectNoAxeViolations(page);
}

test("a student saves an offer (also without JavaScript) and finds it on the saved page", async ({ page, browser }) => {
  await signInAs(page, "STUDENT");
  await page.goto(`/offers/${OFFER_ID}`);
  await page.getByRole("button", { name: "Save offer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved to your list." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove from saved" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "View saved offers" }).click();
  await expect(page).toHaveURL("/en/student/saved");
  await expect(page.getByRole("heading", { level: 1, name: "Saved offers and searches" })).toBeVisible();
  await expect(page.getByRole("link", { name: OFFER_TITLE })).toBeVisible();
  await expect(page.getByText("You have no saved searches.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The same button is a plain form: un-saving works with JavaScript off, on the saved page (the
  // cached offer page shows personal buttons through a client island, so only with JavaScript).
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noJs.newPage();
  await plain.goto("/student/saved");
  await plain.getByRole("button", { name: "Remove from saved" }).click();
  await expect(plain.getByText("You have not saved any offers yet.")).toBeVisible();
  await noJs.close();

  await page.reload();
  await expect(page.getByText("You have not saved any offers yet.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a saved search e-mails the student when a company publishes a matching offer", async ({ page, browser }) => {
  test.setTimeout(90_000); // two users, an offer written and published, and a mail to wait for
  const student = await signInAs(page, "STUDENT");
  await page.goto(`/offers?q=${WORD.toLowerCase()}`);
  await expectNoAxeViolations(page);
  await page.getByText("Save this search", { exact: true }).first().click();
  const name = page.getByLabel("Name of the search");
  await expect(name).toHaveValue(`“${WORD.toLowerCase()}”`);
  await name.fill(SEARCH_NAME);
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(page.getByText("Search saved. We will e-mail you when new offers match.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Manage saved searches" }).click();
  await expect(page.getByRole("link", { name: SEARCH_NAME })).toHaveAttribute("href", `/en/offers?q=${WORD.toLowerCase()}`);
  await expect(page.getByText("E-mail alerts on")).toBeVisible();
  await expectNoAxeViolations(page);

  await publishOfferAsCompany(browser, `${WORD} web trainee`);
  // Mail goes out in the recipient's language: the demo student (Ghent) uses Dutch.
  await openOutboxMail(page, `1 nieuwe stage voor „${SEARCH_NAME}”`);
  await expect(page.getByText(student.email, { exact: true })).toBeVisible();
  await expect(page.getByText(`${WORD} web trainee`).first()).toBeVisible();
  // The HTML part is served on its own, sandboxed, with the absolute link to the new offer in Dutch.
  const html = await page.request.get((await page.getByRole("link", { name: /^HTML version/ }).getAttribute("href")) ?? "");
  expect(html.headers()["content-security-policy"]).toContain("sandbox");
  expect(await html.text()).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/nl\/offers\/[^"]+">Alertwatch web trainee<\/a>/);

  // Alerts off, then delete (confirmed in a second step).
  await page.goto("/student/saved");
  await page.getByRole("button", { name: "Turn e-mail alerts off" }).click();
  await expect(page.getByText("E-mail alerts turned off.")).toBeVisible();
  await expect(page.getByText("E-mail alerts off", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByText("Delete", { exact: true }).click();
  await page.getByRole("button", { name: `Yes, delete “${SEARCH_NAME}”` }).click();
  await expect(page.getByText("You have no saved searches.")).toBeVisible();
});

test("the saved page is for students only", async ({ page }) => {
  await signInAs(page, "COMPANY");
  const response = await page.goto("/student/saved");
  expect(response?.status()).toBe(403);
});

import { demoAccount, expect, expectNoAxeViolations, signIn, signInAs, test } from "./fixtures";

const AREAS = [
  { role: "STUDENT", home: "/en/student", heading: "My traineeships", landmark: "My applications" },
  { role: "COMPANY", home: "/en/company", heading: "Company dashboard", landmark: "Our offers" },
  { role: "OFFICE", home: "/en/office", heading: "International office", landmark: "Placements waiting for your decision" },
  { role: "ADMIN", home: "/en/admin", heading: "Administration", landmark: "Recent activity" },
] as const;

test("the home page explains the portal to a visitor", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Traineeships abroad that build digital skills");
  await expect(page.getByText("Open offers")).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const area of AREAS) {
  test(`${area.role.toLowerCase()} signs in, lands on ${area.home} with real data, and is refused the other areas`, async ({ page }) => {
    await signInAs(page, area.role);
    await expect(page).toHaveURL(area.home);
    await expect(page.getByRole("heading", { level: 1, name: area.heading })).toBeVisible();
    await expect(page.getByRole("heading", { name: area.landmark })).toBeVisible();
    // Seeded rows, not an empty state.
    await expect(page.getByRole("table").first()).toBeVisible();
    await expect(page.getByRole("table").first().getByRole("row")).not.toHaveCount(1);
    await expectNoAxeViolations(page);

    for (const other of AREAS.filter((a) => a.role !== area.role)) {
      const response = await page.goto(other.home);
      expect(response?.status(), `${area.role} opening ${other.home}`).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
}

test("an anonymous visitor opening a dashboard is sent to sign in, then back", async ({ page }) => {
  await page.goto("/office");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Foffice/);
  const office = demoAccount("OFFICE");
  await page.getByLabel("E-mail address").fill(office.email);
  await page.getByLabel("Password", { exact: true }).fill(office.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/en/office");
});

test("a wrong password is explained next to the field and signs nobody in", async ({ page }) => {
  const student = demoAccount("STUDENT");
  await signIn(page, student.email, "not-the-password");
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  await expect(page).toHaveURL("/en/sign-in");
  await expectNoAxeViolations(page);
  expect((await page.goto("/student"))?.url()).toMatch(/\/sign-in/);
});

test("an unknown address shows a 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});

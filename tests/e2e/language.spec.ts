import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

test("a visitor switches to Dutch, then Danish, and the choice is remembered", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Remembered across pages (cookie).
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
  await expectNoAxeViolations(page);

  const response = await page.goto("/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden blev ikke fundet" })).toBeVisible();
});

test("a signed-in officer sees the office dashboard in Danish", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { level: 1, name: "Internationalt kontor" })).toBeVisible();
  await expectNoAxeViolations(page);
});

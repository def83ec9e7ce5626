import { demoAccount, expect, expectNoAxeViolations, test } from "./fixtures";

test("registration explains each bad field, refuses a duplicate account, then creates a student", async ({ page }) => {
  await page.goto("/register");
  await expectNoAxeViolations(page);

  await page.getByLabel("Full name").fill("Zoë Van den Broeck");
  await page.getByLabel("E-mail address").fill("zoe-at-ugent");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByText("Enter a valid e-mail address, like name@example.eu.")).toBeVisible();
  await expect(page.getByText("The password must have at least 10 characters.")).toBeVisible();
  await expect(page.getByText("The passwords do not match.")).toBeVisible();
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
  // What was typed stays, except passwords.
  await expect(page.getByLabel("Full name")).toHaveValue("Zoë Van den Broeck");
  await expectNoAxeViolations(page);

  // An address that already has an account.
  await page.getByLabel("E-mail address").fill(demoAccount("STUDENT").email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Repeat the password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this e-mail address already exists. Sign in instead.")).toBeVisible();

  const email = `zoe.${Date.now()}@ugent.be`;
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Repeat the password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/student");
  await expect(page.getByText("Welcome, Zoë Van den Broeck.")).toBeVisible();
  await expect(page.getByText("Your profile is not complete yet")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a company registers and lands on its dashboard", async ({ page }) => {
  await page.goto("/register?as=company");
  await expect(page.getByRole("radio", { name: /A host organisation/ })).toBeChecked();
  await page.getByLabel("Full name").fill("Jens Østergaard");
  await page.getByLabel("E-mail address").fill(`jens.${Date.now()}@pixelhavn.dk`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Repeat the password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/company");
  await expect(page.getByText("Your organisation is not set up yet")).toBeVisible();
  await expectNoAxeViolations(page);
});

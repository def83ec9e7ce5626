import { demoAccount, expect, expectNoAxeViolations, linkFromOutbox, signIn, submitRegistration, test, verifyEmailFromOutbox } from "./fixtures";

const PASSWORD = "a long enough password";

test("registration explains each bad field and rates the password; a new account checks its inbox, confirms, signs in", async ({ page }) => {
  await page.goto("/register");
  await expectNoAxeViolations(page);

  await page.getByLabel("Full name").fill("Zoë Van den Broeck");
  await page.getByLabel("E-mail address").fill("zoe-at-ugent");
  await page.getByLabel("Password", { exact: true }).fill("short");
  // The meter says it in words, announced as it changes.
  await expect(page.getByTestId("password-strength")).toHaveText("Strength: too short");
  await expect(page.getByTestId("password-strength")).toHaveAttribute("aria-live", "polite");
  await page.getByLabel("Repeat the password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByText("Enter a valid e-mail address, like name@example.eu.")).toBeVisible();
  await expect(page.getByText("The password must have at least 12 characters.")).toBeVisible();
  await expect(page.getByText("The passwords do not match.")).toBeVisible();
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
  // What was typed stays, except passwords.
  await expect(page.getByLabel("Full name")).toHaveValue("Zoë Van den Broeck");
  await expectNoAxeViolations(page);

  // From the issue: a common password is refused by the server's list.
  const email = `zoe.${Date.now()}@ugent.be`;
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("password1234");
  await page.getByLabel("Repeat the password").fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/This password is too common/)).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await expect(page.getByTestId("password-strength")).toHaveText("Strength: strong");
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Signing in works before the address is confirmed; the banner says what is missing.
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL("/en/student");
  await expect(page.getByRole("heading", { name: "Confirm your e-mail address" })).toBeVisible();
  await expect(page.getByText("Welcome, Zoë Van den Broeck.")).toBeVisible();
  await expectNoAxeViolations(page);
  await verifyEmailFromOutbox(page, email);
  await expectNoAxeViolations(page);
  await page.goto("/student");
  await expect(page.getByText("Your profile is not complete yet")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Confirm your e-mail address" })).toHaveCount(0);
});

test("registering with a taken address answers the same and warns its owner by mail; nothing changes for them", async ({ page }) => {
  const owner = demoAccount("STUDENT");
  await submitRegistration(page, { as: "student", name: "Mallory", email: owner.email, password: "mallory's own passphrase" });
  await expectNoAxeViolations(page);
  // The owner gets a warning, in their own language (the demo student's is Dutch), with a way to
  // reset (the link opens in Dutch too); their password still works.
  expect(await linkFromOutbox(page, owner.email, "Iemand probeerde zich met je e-mailadres te registreren", "/forgot-password")).toBe("/nl/forgot-password");
  await expect(page.getByText(/Er is geen nieuw account aangemaakt\./)).toBeVisible();
  await expectNoAxeViolations(page);
  await signIn(page, owner.email, "mallory's own passphrase");
  await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  await signIn(page, owner.email, owner.password);
  await page.waitForURL("/en/student");
});

test("a company registers, confirms its address and lands on its dashboard", async ({ page }) => {
  await page.goto("/register?as=company");
  await expect(page.getByRole("radio", { name: /A host organisation/ })).toBeChecked();
  const email = `jens.${Date.now()}@pixelhavn.dk`;
  await submitRegistration(page, { as: "company", name: "Jens Østergaard", email, password: PASSWORD });
  await verifyEmailFromOutbox(page, email);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL("/en/company");
  await expect(page.getByText("Your organisation is not set up yet")).toBeVisible();
  await expectNoAxeViolations(page);
});

import { expect, expectNoAxeViolations, registerVerifyAndSignIn, signInAs, test } from "./fixtures";

test("a new company sets up its organisation: bad fields are explained, then the dashboard shows it", async ({ page }) => {
  await registerVerifyAndSignIn(page, {
    as: "company",
    name: "Mette Lindqvist",
    email: `mette.${Date.now()}@pixelhavn.example`,
    password: "a long enough password",
  });

  await page.getByRole("link", { name: "Set up your organisation" }).click();
  await expect(page).toHaveURL("/en/company/organisation");
  await expectNoAxeViolations(page);

  await page.getByLabel("Legal name").fill("Pixelhavn ApS");
  await page.getByLabel("Country").selectOption("DK");
  await page.getByLabel("City").fill("København");
  await page.getByLabel("Sector (NACE section)").selectOption("J");
  await page.getByLabel("PIC (optional)").fill("12345");
  await page.getByRole("button", { name: "Save organisation" }).click();
  await expect(page.getByText("A PIC (Participant Identification Code) has exactly 9 digits.")).toBeVisible();
  await expect(page.getByText("Say whether the organisation has fewer than 250 employees.")).toBeVisible();
  await expect(page.getByLabel("PIC (optional)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // Choosing an EU body warns at once that it cannot host.
  await page.getByLabel("Type of organisation").selectOption("EU_INSTITUTION");
  await expect(page.getByText(/cannot host Erasmus\+ traineeships/)).toBeVisible();
  await page.getByLabel("Type of organisation").selectOption("COMPANY");
  await expect(page.getByText(/cannot host Erasmus\+ traineeships/)).toBeHidden();

  await page.getByLabel("PIC (optional)").fill("912345678");
  await page.getByLabel("Yes, fewer than 250").check();
  await page.getByRole("button", { name: "Save organisation" }).click();
  await expect(page.getByText("Your organisation is saved.")).toBeVisible();

  await page.goto("/company");
  await expect(page.getByText("Pixelhavn ApS")).toBeVisible();
  await expect(page.getByText("Not verified yet")).toBeVisible();
  // What it means, who checks, and what the company can do meanwhile.
  await expect(page.getByTestId("not-verified-explanation")).toContainText("The portal administrator checks that every new organisation exists");
  await expect(page.getByTestId("not-verified-explanation")).toContainText(
    "Meanwhile you can complete your organisation, publish offers and receive applications",
  );
  await page.screenshot({ path: "test-results/screenshots/company-not-verified.png" });
  await expectNoAxeViolations(page);
});

test("a student cannot open the organisation editor", async ({ page }) => {
  await signInAs(page, "STUDENT");
  const response = await page.goto("/company/organisation");
  expect(response?.status()).toBe(403);
});

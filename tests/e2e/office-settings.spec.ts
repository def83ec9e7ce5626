// Office settings: the demo officer (Ghent) edits one grant rate, is refused a bad amount, resets
// the call to the defaults, and sets a project agreement number. Rows this spec owns: Ghent's KA131 call-2021 group-3 rate and
// its KA103 call-2016 agreement (nothing else reads them).
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

test("the officer edits a grant rate, sees a bad amount refused, and sets an agreement number", async ({ page }) => {
  await signInAs(page, "OFFICE", "office@demo.dot-portal.eu");
  await page.getByRole("link", { name: "Rates & agreements" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Rates and agreements" })).toBeVisible();
  // Default: the running KA131 call.
  await expect(page.getByRole("link", { name: "KA131 (2021–2027)" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/office-settings.png", fullPage: true });

  await page.getByRole("link", { name: "Call 2021", exact: true }).click();
  await expect(page).toHaveURL(/action=KA131&callYear=2021/);
  await expect(page.getByRole("heading", { level: 2, name: "KA131, call 2021" })).toBeVisible();
  const rate = page.getByLabel("Monthly rate, Group 3, in euros");
  await rate.fill("452,50");
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.getByText("The rates are saved.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Monthly rate, Group 3, in euros")).toHaveValue("452.50");
  await page.reload();
  await expect(page.getByLabel("Monthly rate, Group 3, in euros")).toHaveValue("452.50");
  await expect(page.getByRole("rowheader", { name: /Group 3/ })).toContainText("Your rate");
  await expectNoAxeViolations(page);

  // A bad amount: refused next to the field, nothing saved.
  await page.getByLabel("Monthly rate, Group 3, in euros").fill("-20");
  await page.getByRole("button", { name: "Save rates" }).click();
  await expect(page.getByLabel("Monthly rate, Group 3, in euros")).toHaveAccessibleDescription("An amount cannot be negative.");
  await expect(page.getByLabel("Monthly rate, Group 3, in euros")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Monthly rate, Group 3, in euros")).toHaveValue("-20");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/office-settings-error.png", fullPage: true });
  await page.reload();
  await expect(page.getByLabel("Monthly rate, Group 3, in euros")).toHaveValue("452.50");

  // Reset to the defaults, behind a confirmation step.
  await page.getByText("Reset to the portal defaults…").click();
  await page.getByRole("button", { name: "Yes, reset KA131, call 2021" }).click();
  await expect(page.getByText("The rates are back to the portal defaults.")).toBeVisible();
  await expect(page.getByLabel("Monthly rate, Group 3, in euros")).toHaveValue("440");
  await expect(page.getByRole("rowheader", { name: /Group 3/ })).toContainText("Portal default");

  // An agreement number for KA103, call 2016: a wrong year first, then the right one.
  await page.getByRole("link", { name: "KA103 (2014–2020)" }).click();
  await page.getByRole("link", { name: "Call 2016", exact: true }).click();
  await expect(page).toHaveURL(/action=KA103&callYear=2016/);
  const agreement = page.getByLabel("Agreement number for KA103, call 2016");
  await agreement.fill("2017-1-BE02-KA103-051716");
  await page.getByRole("button", { name: "Save number" }).click();
  await expect(page.getByLabel("Agreement number for KA103, call 2016")).toHaveAccessibleDescription(
    /The year at the start of this number is not this call year/,
  );
  await page.getByLabel("Agreement number for KA103, call 2016").fill("2016-1-be02-ka103-051716");
  await page.getByRole("button", { name: "Save number" }).click();
  await expect(page.getByText("The agreement number is saved.")).toBeVisible();
  await expect(page.getByLabel("Agreement number for KA103, call 2016")).toHaveValue("2016-1-BE02-KA103-051716");
  const list = page.getByRole("table", { name: "All agreement numbers" });
  await expect(list.getByRole("row", { name: /KA103, call 2016/ })).toContainText("2016-1-BE02-KA103-051716");
  await expectNoAxeViolations(page);
});

test("the profile form asks for legal names (screenshot)", async ({ page }) => {
  await signInAs(page, "STUDENT", "student@demo.dot-portal.eu");
  await page.goto("/student/profile");
  await expect(page.getByLabel("First name(s)")).toHaveValue("Zoë");
  await expect(page.getByLabel("Last name(s)")).toHaveValue("Van den Broeck");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/student-profile-names.png", fullPage: true });
});

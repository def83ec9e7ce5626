// A student downloads their data and asks to delete their account. The erasure itself
// runs 14 days later; tests/integration/my-data.test.ts covers it (records kept, CVs removed).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";

// Seeded (prisma/seed/data/scenarios.ts): an approved traineeship of the Madrid tenant; only this spec uses him.
const STUDENT = "sergio.ortegablanco@ucm.example";

test("a student with an approved mobility downloads their data, then schedules the deletion of the account", async ({ page }) => {
  await signIn(page, STUDENT, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname !== "/en/sign-in");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 2, name: "My data" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Prepare my data" }).click();
  // The page renders again with the export's state (the worker may already have finished it).
  await expect(page.getByText(/^Your data is (queued for preparation|being prepared|ready)/)).toBeVisible();
  // The in-process worker builds it within seconds; the page shows the state on reload.
  const link = page.getByRole("link", { name: /^Download my data/ });
  await expect(async () => {
    await page.reload();
    await expect(link).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText(/Your data is ready/)).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^dot-portal-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const dir = mkdtempSync(path.join(tmpdir(), "my-data-e2e-"));
  try {
    const file = path.join(dir, "export.zip");
    writeFileSync(file, readFileSync((await download.path())!));
    const data = JSON.parse(execFileSync("unzip", ["-p", file, "data.json"], { encoding: "utf8" }));
    expect(data.account).toMatchObject({ email: STUDENT, name: "Sergio Ortega Blanco", role: "STUDENT" });
    const [application] = data.participantProfile.applications.filter((a: { placement: unknown }) => a.placement);
    expect(application.placement).toMatchObject({ status: "APPROVED", mobilityRecord: { participantLastName: "Ortega Blanco" } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Delete the account: the address typed again confirms; a wrong one is refused.
  const confirm = page.getByLabel("Type your e-mail address to confirm");
  await confirm.fill("someone.else@ucm.example");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("This is not the e-mail address of your account.")).toBeVisible();
  await confirm.fill(STUDENT);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText(/^Your account is scheduled for deletion on .+ \d{4}\.$/)).toBeVisible();
  await expect(page.getByText(/What is kept: the records of an approved mobility/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Cancelling within the grace period keeps the account.
  await page.getByRole("button", { name: "Cancel the deletion" }).click();
  await expect(page.getByLabel("Type your e-mail address to confirm")).toBeVisible();
  await expectNoAxeViolations(page);
});

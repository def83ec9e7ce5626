// Mail goes through a job queue (docs/decisions/0014); what failed waits for the administrator at
// /admin/jobs. The seed holds one mail that used up its attempts during an SMTP outage
// (prisma/seed/jobs.ts); retrying it here delivers it to the dev outbox. Only this spec uses it.
import { mkdir } from "node:fs/promises";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";
import { SEED_FAILED_MAIL_SUBJECT } from "@/prisma/seed/jobs";

const SHOTS = "docs/screenshots";

test("the administrator finds a failed mail, retries it, and it is delivered", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin");
  await page.getByRole("link", { name: /Mail and background jobs/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mail and background jobs" })).toBeVisible();
  await expect(page.getByText(/1 job has used up its attempts/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: SEED_FAILED_MAIL_SUBJECT });
  await expect(row.getByText("Failed", { exact: true })).toBeVisible();
  await expect(row).toContainText("12 of 12");
  await expect(row).toContainText("ECONNREFUSED");
  await expectNoAxeViolations(page);
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/admin-jobs.png`, fullPage: true });

  await row.getByRole("button", { name: `Retry E-mail: ${SEED_FAILED_MAIL_SUBJECT}` }).click();
  await expect(page.getByText("The job will run again in a moment.")).toBeVisible();

  // The in-process worker sends it within a second or two: it shows as done, and in the outbox.
  await expect(async () => {
    await page.goto("/admin/jobs?status=DONE");
    await expect(page.getByRole("row").filter({ hasText: SEED_FAILED_MAIL_SUBJECT }).getByText("Done", { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  await page.goto("/admin/jobs?status=FAILED");
  await expect(page.getByText("No jobs in this state.")).toBeVisible();
  await page.goto("/dev/outbox");
  await expect(page.getByRole("row").filter({ hasText: "company@demo.dot-portal.eu" }).filter({ hasText: SEED_FAILED_MAIL_SUBJECT })).toBeVisible();
});

test("only the administrator sees the jobs: an officer gets 403", async ({ page }) => {
  await signInAs(page, "OFFICE");
  const response = await page.goto("/admin/jobs");
  expect(response?.status()).toBe(403);
});

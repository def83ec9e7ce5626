// The server's worker queues a retention pass when it starts; the administrator
// sees the rules in force and the run's counts (numbers only) at /admin/jobs. The seed holds
// nothing due, so the run removes nothing that other specs use.
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

test("the administrator sees the retention rules, the next run and the last run's counts", async ({ page }) => {
  await signInAs(page, "ADMIN");
  const section = page.getByRole("region", { name: "Data retention" });
  const runs = page.getByRole("table", { name: "Last retention runs" });
  await expect(async () => {
    await page.goto("/admin/jobs");
    await expect(runs.getByRole("row")).not.toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(section.getByText("12 months after the offer closed")).toBeVisible();
  await expect(section.getByText(/30 days after registration/)).toBeVisible();
  await expect(section.getByText(/^Next run: /)).toBeVisible();
  await expect(runs.getByRole("columnheader", { name: "CVs removed" })).toBeVisible();
  // A header row and at least one run; the seed has nothing due, so every count is 0.
  const run = runs.getByRole("row").nth(1);
  // The run's time, then one count per kind of data (lib/domain/retention.ts RetentionCounts).
  await expect(run.getByRole("cell")).toHaveCount(8);
  for (let i = 1; i < 8; i++) await expect(run.getByRole("cell").nth(i)).toHaveText("0");
  await expectNoAxeViolations(page);
});

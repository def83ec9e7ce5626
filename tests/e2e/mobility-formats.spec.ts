import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

// docs/domain.md §3a: every participant gets the rules of their own mobility format. Mutates only
// the seed's format scenarios (prisma/seed/data/scenarios.ts): placement-f01 (approved here),
// placement-f02 (refused, stays PROPOSED) and placement-f03 (format saved, then approved).

async function openReview(page: Page, name: string) {
  await page.goto("/office/placements");
  await page.getByRole("link", { name: `Review ${name}'s placement` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Placement of ${name}` })).toBeVisible();
}

const fact = (page: Page, term: string) => page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]").first();

test("the mobility coordinator of a VET school approves a VET teacher's three weeks of job shadowing", async ({ page }) => {
  await signInAs(page, "OFFICE", "office.vet@demo.dot-portal.eu");
  await page.goto("/office/placements");
  await expect(page.getByRole("heading", { level: 1, name: "Placement approvals" })).toBeVisible();
  await expectNoAxeViolations(page);

  await openReview(page, "Jens Hartmann");
  await expect(fact(page, "Category")).toHaveText("Vocational education staff");
  await expect(fact(page, "Mobility format")).toHaveText("Job shadowing (2 to 60 days)");
  await expect(fact(page, "Action and call")).toHaveText(/^KA121-VET · 20\d\d$/);
  await expect(fact(page, "Duration")).toHaveText("21 days");
  await expect(page.locator("[data-testid=placement-checks] [data-check=duration]")).toContainText("The placement lasts 21 days, within 2 and 60 days.");
  await expect(page.getByText("Every rule passes: you can approve this placement.")).toBeVisible();
  await expect(page.locator("[data-testid=placement-checks] [data-ok=false]")).toHaveCount(0);
  // Staff are paid per day (docs/domain.md §3a): the estimate says so.
  await expect(page.getByText(/^21 days at €[\d.,]+ per day, from your institution's rates\.$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-vet-job-shadowing.png", fullPage: true });

  await page.getByRole("button", { name: "Approve placement…" }).click();
  const confirm = page.getByRole("group", { name: /^Approve this placement\?/ });
  await expect(confirm.locator("dt", { hasText: "Key action" }).locator("xpath=following-sibling::dd[1]")).toHaveText(/^KA121-VET · 20\d\d$/);
  await page.getByRole("button", { name: "Yes, approve" }).click();
  await expect(page).toHaveURL(/\?done=approved$/);
  const record = page.getByTestId("mobility-record");
  await expect(record).toBeVisible();
  // Only HEIs have an Erasmus code: the mobility id names the school by its OID.
  await expect(record.getByText(/^20\d\d-KA121-VET-E10284517-[0-9A-Z]{1,8}$/)).toBeVisible();
  await expect(record.getByText(/^20\d\d-1-DE01-KA121-VET-\d{9}$/)).toBeVisible();
  await expect(record.getByText("SM-JOB-SHDW", { exact: true })).toBeVisible();
  await expect(record.getByText(/^€[\d.,]+ per day$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-vet-approved.png", fullPage: true });
});

test("a 92-day training of higher-education staff is refused with the duration reason", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await openReview(page, "Katrien Van Acker");
  await expect(fact(page, "Mobility format")).toHaveText("Higher-education staff training (2 to 60 days)");
  const duration = page.locator("[data-testid=placement-checks] [data-check=duration]");
  await expect(duration).toHaveAttribute("data-ok", "false");
  await expect(duration).toContainText("The placement lasts 92 days; this format allows at most 60.");
  await expect(page.getByText(/One rule fails: this placement cannot be approved/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Approve placement…" }).click();
  await page.getByRole("button", { name: "Yes, approve" }).click();
  const refusal = page.getByTestId("refusal");
  await expect(refusal).toContainText("Duration:");
  await expect(refusal).toContainText("The placement lasts 92 days; this format allows at most 60.");
  await expect(page.getByTestId("mobility-record")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-staff-refused.png", fullPage: true });
});

test("a student's 20-day blended short-term traineeship is approved once its virtual component is recorded", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await openReview(page, "Nina Verstraete");
  await expect(fact(page, "Mobility format")).toHaveText("Short-term blended traineeship (5 to 30 days)");
  const virtual = page.locator("[data-testid=placement-checks] [data-check=virtual-component]");
  await expect(virtual).toHaveAttribute("data-ok", "false");
  await expect(virtual).toContainText("needs a virtual component");
  await expectNoAxeViolations(page);

  // A description without dates is refused next to the fields, and nothing is saved.
  const form = page.locator("form", { has: page.getByRole("button", { name: "Save format" }) });
  await form.getByLabel("What the trainee does online").fill("Online onboarding, then a weekly code review with the mentor.");
  await form.getByRole("button", { name: "Save format" }).click();
  await expect(form.getByText("Give both dates of the virtual component, or leave all its fields empty.").first()).toBeVisible();
  await expect(form.getByLabel("Online part from")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await form.getByLabel("Online part from").fill("2026-02-02");
  await form.getByLabel("Online part until").fill("2026-02-20");
  await form.getByRole("button", { name: "Save format" }).click();
  await expect(page.getByText("The format is saved. The checks above now follow it.")).toBeVisible();
  await expect(virtual).toHaveAttribute("data-ok", "true");
  await expect(virtual).toContainText("Virtual component from");
  await expect(page.getByText("Every rule passes: you can approve this placement.")).toBeVisible();
  // Short-term traineeships are paid per day in two bands, without the monthly top-up.
  await expect(page.getByText(/^14 days at €[\d.,]+ per day, plus 6 days at €[\d.,]+ per day/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-short-term-blended.png", fullPage: true });

  await page.getByRole("button", { name: "Approve placement…" }).click();
  await page.getByRole("button", { name: "Yes, approve" }).click();
  await expect(page).toHaveURL(/\?done=approved$/);
  const record = page.getByTestId("mobility-record");
  await expect(record.getByText("HE-SMT", { exact: true })).toBeVisible();
  await expect(page.getByTestId("placement-history")).toContainText("Format or key action changed by the international office");
  await expectNoAxeViolations(page);
});

test("the office sets the rules the Programme Guide leaves open, and a VET school sees only its own projects", async ({ page }) => {
  await signInAs(page, "OFFICE", "office.vet@demo.dot-portal.eu");
  await page.goto("/office/settings");
  const actions = page.getByRole("navigation", { name: "Key action" });
  await expect(actions.getByRole("link")).toHaveText(["KA121-VET (accredited VET, 2021–2027)", "KA122-VET (short-term VET project)"]);
  await expect(page.getByRole("columnheader", { name: "Staff per day" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Learner per day" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Monthly rate" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Rules that are yours to set" })).toBeVisible();
  await page.getByLabel("A VET recent graduate's mobility must, within 12 months of graduation,").selectOption("start");
  await page.getByRole("button", { name: "Save these rules" }).click();
  await expect(page.getByText("Saved. Approvals from now on use these rules.")).toBeVisible();
  await expect(page.getByLabel("A VET recent graduate's mobility must, within 12 months of graduation,")).toHaveValue("start");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-vet-settings.png", fullPage: true });
});

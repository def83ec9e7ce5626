import path from "node:path";
import { demoAccount, expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

// Seeded, stable ids (prisma/seed/plan): offer-0007 is the first variant of "Cloud & DevOps
// Engineering Intern" (always PUBLISHED) at Liffey Cloud Solutions in Ireland, which the demo
// student (Ghent, BE) has not applied to; app-0006 is another student's application.
const OFFER = "offer-0007";
const OTHER_STUDENTS_APPLICATION = "app-0006";
const fixture = (name: string) => path.resolve("tests/fixtures/files", name);
const MOTIVATION =
  "I study software engineering in Ghent and run my own small Kubernetes cluster at home. I would like to learn how a " +
  "professional platform team automates AWS with Terraform and keeps its services observable.";

test("the demo student reads an offer, applies with a PDF, follows the application and withdraws it", async ({ page }) => {
  await signInAs(page, "STUDENT");
  await page.goto(`/offers/${OFFER}`);
  await expect(page.getByRole("heading", { level: 1, name: "Cloud & DevOps Engineering Intern (AWS, Terraform)" })).toBeVisible();

  // Everything needed to decide: DOT evidence, host, grant estimate, match reasons.
  const evidence = page.getByTestId("dot-evidence");
  await expect(evidence.getByText(/^This is a digital-skills traineeship/)).toBeVisible();
  await expect(evidence.getByText("IT systems and networks", { exact: false }).first()).toBeVisible();
  await expect(evidence.getByText(/^Found in the tasks: “/).first()).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "The host organisation" })).toBeVisible();
  await expect(page.getByText("Liffey Cloud Solutions Ltd").first()).toBeVisible();
  const grant = page.getByTestId("grant-estimate");
  await expect(grant.getByText(/^About €[\d,]+ for \d+ months$/).first()).toBeVisible();
  await expect(grant.getByText(/Estimated under KA131, call \d{4}, country group 1/)).toBeVisible();
  await expect(grant.getByText(/Your international office confirms the final grant/)).toBeVisible();
  const match = page.getByTestId("match-summary");
  await expect(match.getByRole("heading", { name: "How this offer fits you" })).toBeVisible();
  await expect(match.getByText(/^Erasmus\+ can fund this traineeship: Ireland may host trainees from Belgium \(KA131, call \d{4}\)\.$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Too short: the counter says how much is missing, the error stands next to the field.
  const motivation = page.getByLabel("Your motivation");
  await motivation.fill("Too short.");
  await expect(page.getByTestId("motivation-counter")).toHaveText("10 of 4,000 characters: 90 more needed.");
  await page.getByLabel("Upload a CV for this application").check();
  await page.getByLabel("CV file (PDF)").setInputFiles(fixture("cv.pdf"));
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Write at least 100 characters about your motivation.")).toBeVisible();
  await expect(page.getByLabel("Your motivation")).toHaveAttribute("aria-invalid", "true");

  // A PNG renamed .pdf is refused next to the CV field.
  await page.getByLabel("Your motivation").fill(MOTIVATION);
  await expect(page.getByTestId("motivation-counter")).toHaveText(`${MOTIVATION.length} of 4,000 characters.`);
  await page.getByLabel("CV file (PDF)").setInputFiles(fixture("image-renamed.pdf"));
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("This file is not a PDF. Upload your CV as a PDF file.")).toBeVisible();
  await expect(page.getByLabel("Your motivation")).toHaveValue(MOTIVATION);

  await page.getByLabel("CV file (PDF)").setInputFiles(fixture("cv.pdf"));
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByTestId("applied-on")).toContainText("You applied on");
  await expect(page.getByTestId("applied-on")).toContainText("Submitted");
  await expectNoAxeViolations(page);

  // The application, with its history.
  await page.getByRole("link", { name: "View my application" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cloud & DevOps Engineering Intern (AWS, Terraform)" })).toBeVisible();
  await expect(page.getByText(MOTIVATION)).toBeVisible();
  await expect(page.getByRole("link", { name: "Download cv.pdf" })).toHaveAttribute("href", /^\/cv\/applications\//);
  await expect(page.getByTestId("application-history")).toContainText("Application sent");
  await expectNoAxeViolations(page);
  const applicationUrl = page.url();

  // My applications lists it.
  await page.goto("/student/applications");
  await expect(page.getByRole("heading", { level: 1, name: "My applications" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Cloud & DevOps Engineering Intern" }).filter({ hasText: "Liffey Cloud Solutions Ltd" });
  await expect(row).toContainText("Submitted");
  await expectNoAxeViolations(page);

  // Withdrawing asks first: dismissing changes nothing, confirming withdraws.
  await page.goto(applicationUrl);
  await page.getByLabel("Reason (optional)").fill("I accepted a traineeship closer to home.");
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "Withdraw application" }).click();
  await expect(page.getByTestId("application-history")).not.toContainText("Withdrawn by you");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Withdraw application" }).click();
  await expect(page.getByTestId("application-history")).toContainText("Withdrawn by you");
  await expect(page.getByTestId("application-history")).toContainText("Reason: I accepted a traineeship closer to home.");
  await expect(page.getByRole("button", { name: "Withdraw application" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/offers/${OFFER}`);
  await expect(page.getByTestId("applied-on")).toContainText("Withdrawn");
});

test("another student's application and a tampered id are 404 for the demo student", async ({ page }) => {
  await signInAs(page, "STUDENT");
  expect((await page.goto(`/student/applications/${OTHER_STUDENTS_APPLICATION}`))?.status()).toBe(404);
  expect((await page.goto("/student/applications/app-does-not-exist"))?.status()).toBe(404);
  expect((await page.goto("/offers/offer-does-not-exist"))?.status()).toBe(404);
  await expectNoAxeViolations(page);
});

test("a visitor reads the offer and, after signing in from it, is back on it", async ({ page }) => {
  await page.goto(`/offers/${OFFER}`);
  await expect(page.getByTestId("dot-evidence")).toBeVisible();
  await expect(page.getByTestId("grant-estimate")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Sign in to apply" }).click();
  const account = demoAccount("STUDENT");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`**/offers/${OFFER}`);
  await expect(page.getByTestId("grant-estimate")).toBeVisible();
});

test("a company user reads the offer but has no Apply", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await page.goto(`/offers/${OFFER}`);
  await expect(page.getByTestId("dot-evidence")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Apply", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in to apply" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send my application" })).toHaveCount(0);
});

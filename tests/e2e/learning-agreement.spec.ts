import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { expect, expectNoAxeViolations, signIn, signInAs, test } from "./fixtures";

// Seeded for this spec only (prisma/seed/data/scenarios.ts, plan/learning-agreements.ts): Hanne
// Wuyts (Ghent University) has an approved KA131 placement at Kanaal Software (company@) whose
// Learning Agreement is complete and unsigned. Only this spec mutates it.
const TRAINEE = "hanne.wuyts@ugent.example";
const OFFER = "Stagiair Systeembeheer & Netwerken";
const SHOTS = "test-results/screenshots";

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

const statusBadge = (page: Page) => page.getByText(/^(Fully signed|Signed by \d of 3|Not signed yet)$/).first();
const partyCard = (page: Page, party: string) => page.getByRole("region", { name: "Signatures" }).getByRole("listitem").filter({ hasText: party });

async function sign(page: Page, expectedStatus: string) {
  await page.getByRole("button", { name: /^Sign version \d+$/ }).click();
  await expect(statusBadge(page)).toHaveText(expectedStatus);
}

test("the trainee, the officer and the company sign in turn; an edit voids a signature and says so; the printable view renders", async ({ browser }) => {
  // The trainee finds the agreement from her application.
  const trainee = await newPage(browser);
  await signIn(trainee, TRAINEE, DEMO_PASSWORD);
  await trainee.waitForURL((url) => url.pathname !== "/en/sign-in");
  await trainee.goto("/student/applications");
  await trainee.getByRole("link", { name: OFFER }).first().click();
  await expect(trainee.getByRole("heading", { level: 1, name: OFFER })).toBeVisible();
  await expectNoAxeViolations(trainee);
  const applicationId = trainee.url().split("/").pop()!;
  await trainee.getByRole("link", { name: "Open the Learning Agreement" }).click();
  await expect(trainee.getByRole("heading", { level: 1, name: "Learning Agreement for Traineeships" })).toBeVisible();
  const laPath = new URL(trainee.url()).pathname;
  expect(laPath).toMatch(/^\/en\/placements\/[^/]+\/learning-agreement$/);
  await expect(statusBadge(trainee)).toHaveText("Not signed yet");
  await expect(trainee.getByText("You sign for: Trainee")).toBeVisible();
  // Pre-filled from the offer's DOT check, with the evidence words.
  await expect(trainee.getByRole("region", { name: /Table A/ })).toContainText("Installation, maintenance and management of IT systems and networks:");
  // The trainee edits no table.
  await expect(trainee.getByText("Edit Table A")).toHaveCount(0);
  await expectNoAxeViolations(trainee);
  await trainee.screenshot({ path: `${SHOTS}/learning-agreement-unsigned.png`, fullPage: true });
  await sign(trainee, "Signed by 1 of 3");
  await expect(partyCard(trainee, "Trainee")).toContainText("Signed by Hanne Wuyts on");

  // The officer sees that signature, changes Table B: the trainee's signature is voided.
  const officer = await newPage(browser);
  await signInAs(officer, "OFFICE");
  await officer.goto(laPath);
  await expect(partyCard(officer, "Trainee")).toContainText("Signed by Hanne Wuyts");
  await expectNoAxeViolations(officer);
  await officer.getByText("Edit Table B").click();
  const tableB = officer.getByRole("form", { name: "Edit Table B" });
  await expect(tableB).toContainText("1 party has already signed. Saving a change voids every signature");
  await tableB.getByLabel("ECTS credits").fill("20");
  await tableB.getByRole("button", { name: "Save Table B" }).click();
  await expect(officer.getByText("Signatures voided")).toBeVisible();
  await expect(officer.getByRole("status").filter({ hasText: "Signatures voided" })).toContainText("the signatures given before no longer count");
  await expect(statusBadge(officer)).toHaveText("Not signed yet");
  await expect(partyCard(officer, "Trainee")).toContainText("Not signed yet");
  await expect(officer.getByRole("region", { name: /Table B/ })).toContainText("20");
  await expectNoAxeViolations(officer);
  await officer.screenshot({ path: `${SHOTS}/learning-agreement-voided.png`, fullPage: true });
  await sign(officer, "Signed by 1 of 3");

  // The trainee's page says why her signature is gone; she signs the new version.
  await trainee.reload();
  await expect(trainee.getByText("Signatures voided")).toBeVisible();
  await expect(partyCard(trainee, "Sending institution")).toContainText("Signed by");
  await expectNoAxeViolations(trainee);
  await sign(trainee, "Signed by 2 of 3");

  // The company opens it from its application page and signs last: fully signed.
  const company = await newPage(browser);
  await signInAs(company, "COMPANY");
  await company.goto(`/company/applications/${applicationId}`);
  await expectNoAxeViolations(company);
  await company.getByRole("link", { name: "Open the Learning Agreement" }).click();
  await expect(company.getByText("You sign for: Receiving organisation")).toBeVisible();
  await expectNoAxeViolations(company);
  await sign(company, "Fully signed");
  await expect(
    company.getByRole("status").filter({ hasText: /^All three parties have signed version \d+: the Learning Agreement is in force\.$/ }),
  ).toBeVisible();
  await expect(company.getByText("Signatures voided")).toHaveCount(0);
  await expect(company.getByRole("button", { name: /^Sign version/ })).toHaveCount(0);
  await expectNoAxeViolations(company);
  await company.screenshot({ path: `${SHOTS}/learning-agreement-signed.png`, fullPage: true });

  // The printable view: the document alone, every signature on it.
  await company.getByRole("link", { name: "Printable version" }).click();
  await expect(company.getByRole("heading", { level: 1, name: "Learning Agreement for Traineeships" })).toBeVisible();
  await expect(company.getByRole("navigation", { name: "Main" })).toBeHidden();
  for (const section of ["Table A", "Table B", "Table C", "Signatures", "A2 – Changes during the mobility", "D – Traineeship certificate"]) {
    await expect(company.getByRole("heading", { level: 2, name: new RegExp(section) })).toBeVisible();
  }
  await expect(company.getByRole("region", { name: "Signatures" }).getByText(/Signed by /)).toHaveCount(3);
  await expectNoAxeViolations(company);
  await company.screenshot({ path: `${SHOTS}/learning-agreement-print.png`, fullPage: true });
  await company.emulateMedia({ media: "print" });
  await company.screenshot({ path: `${SHOTS}/learning-agreement-print-media.png`, fullPage: true });

  // Each signature mailed the trainee and the host in their language (both read Dutch).
  await expect(async () => {
    await company.goto("/dev/outbox");
    await expect(company.getByRole("link", { name: `Learning Agreement voor “${OFFER}” is volledig ondertekend` }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});

test("nobody else sees the agreement: another company, another institution's officer, another student get a 404", async ({ browser }) => {
  const trainee = await newPage(browser);
  await signIn(trainee, TRAINEE, DEMO_PASSWORD);
  await trainee.waitForURL((url) => url.pathname !== "/en/sign-in");
  await trainee.goto("/student/applications");
  await trainee.getByRole("link", { name: OFFER }).first().click();
  await trainee.getByRole("link", { name: "Open the Learning Agreement" }).click();
  await trainee.waitForURL(/\/learning-agreement$/);
  const laPath = new URL(trainee.url()).pathname;

  for (const [role, email] of [
    ["COMPANY", "company2@demo.dot-portal.eu"],
    ["OFFICE", "office.madrid@demo.dot-portal.eu"],
    ["STUDENT", undefined],
  ] as const) {
    const page = await newPage(browser);
    await signInAs(page, role, email);
    expect((await page.goto(laPath))?.status(), `${role} ${email ?? ""}`).toBe(404);
    expect((await page.goto(`${laPath}/print`))?.status()).toBe(404);
  }
});

test("a finished traineeship's agreement shows its signatures, closes A2 and carries the host's certificate (read only)", async ({ page }) => {
  // Seeded: Mehmet Yılmaz's KA107 traineeship (call 2020) ended long ago, signed and certified.
  await signIn(page, "mehmet.yilmaz@ugent.example", DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname !== "/en/sign-in");
  await page.goto("/student/applications");
  await page.getByRole("link", { name: "Robotics Software Intern (ROS 2)" }).click();
  await page.getByRole("link", { name: "Open the Learning Agreement" }).click();
  await expect(statusBadge(page)).toHaveText("Fully signed");
  await expect(page.getByRole("button", { name: /^Sign version/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^A2/ })).toContainText("The mobility has ended: no more changes can be recorded.");
  const certificate = page.getByRole("region", { name: /^D – Traineeship certificate/ });
  await expect(certificate).toContainText("Issued and signed by");
  await expect(certificate).toContainText("Traineeship period");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/learning-agreement-certificate.png`, fullPage: true });
});

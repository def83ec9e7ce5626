// The whole journey with accounts created on the way: a company registers, sets up its
// organisation, writes an offer whose live DOT check goes from "not qualifying" to qualifying and
// publishes it; a student signs up, fills the profile, finds the offer with words and two facets,
// reads the match reasons and applies with a PDF; the company shortlists and accepts; the placement
// is PROPOSED for the student's international office. Axe on every page visited.
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, hydrated, registerVerifyAndSignIn, signIn, submitRegistration, test, verifyEmailFromOutbox } from "./fixtures";

const stamp = Date.now();
// One word no seeded offer uses, so the search finds exactly this offer.
const KEYWORD = `Hafnialog${stamp}`;
const OFFER_TITLE = `Backend developer trainee (${KEYWORD})`;
const STUDENT_NAME = "Lotte Verhaegen";
const PASSWORD = "a long enough password";

async function register(browser: Browser, as: "student" | "company", name: string, email: string, { verify = true } = {}): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (verify) {
    await registerVerifyAndSignIn(page, { as, name, email, password: PASSWORD });
  } else {
    // Signing in does not wait for the address to be confirmed.
    await submitRegistration(page, { as, name, email, password: PASSWORD });
    await signIn(page, email, PASSWORD);
    await page.waitForURL(`/en/${as}`);
  }
  return page;
}

async function companyPublishesAnOffer(company: Page): Promise<string> {
  await company.getByRole("link", { name: "Set up your organisation" }).click();
  await company.getByLabel("Legal name").fill(`Hafnia Logistics ApS ${stamp}`);
  await company.getByLabel("Country").selectOption("DK");
  await company.getByLabel("City").fill("Aarhus");
  await company.getByLabel("Sector (NACE section)").selectOption("H");
  await company.getByLabel("Yes, fewer than 250").check();
  await company.getByRole("button", { name: "Save organisation" }).click();
  await expect(company.getByText("Your organisation is saved.")).toBeVisible();
  await expectNoAxeViolations(company);

  await company.goto("/company/offers/new");
  const check = company.getByTestId("dot-live-check");
  await company.getByLabel("Title").fill(OFFER_TITLE);
  await company.getByLabel("Description").fill(`Join the platform team of a Danish logistics company in Aarhus. ${KEYWORD}.`);
  await company.getByLabel("Tasks").fill("Enter shipment data into spreadsheets.\nAnswer the phone and file delivery notes.");
  await company.getByLabel("Software development").check();
  await expect(check.getByText("Does not qualify yet: no digital-skills activity found in the tasks.")).toBeVisible();
  await expectNoAxeViolations(company);

  await company
    .getByLabel("Tasks")
    .fill("Develop REST APIs in Python for our route planner.\nWrite automated tests and review pull requests.\nDeploy services with Docker.");
  await expect(check.getByText("Qualifies as a digital-skills traineeship.")).toBeVisible();
  await company.getByLabel("Earliest start").fill("2027-03-01");
  await company.getByLabel("Latest end").fill("2027-12-31");
  await company.getByLabel("Application deadline").fill("2027-01-31");
  await company.getByRole("button", { name: "Save and publish" }).click();
  await expect(company.getByText("The offer is published: students can find it now.")).toBeVisible();
  await expectNoAxeViolations(company);
  const offerId = new URL(company.url()).pathname.split("/").pop();
  expect(offerId).toMatch(/^[\w-]+$/);
  return offerId!;
}

async function studentFillsProfile(student: Page) {
  await student.getByRole("link", { name: "Complete your profile" }).click();
  await hydrated(student);
  await student.getByLabel("Institution", { exact: true }).selectOption({ label: "Ghent University (B GENT01)" });
  await student.getByLabel("Participant category").selectOption("HE_STUDENT");
  await student.getByLabel("Field of education (ISCED-F)").selectOption("0613");
  await student.getByLabel("Level of study (EQF)").selectOption("6");
  await student.getByLabel("Nationality").selectOption("BE");
  await student.getByLabel("First name(s)").fill("Lotte");
  await student.getByLabel("Last name(s)").fill("Verhaegen");
  await student.getByLabel("Language 1", { exact: true }).selectOption("en");
  await student.getByLabel("Level of language 1").selectOption("C1");
  await student.getByLabel("Skills", { exact: true }).fill("Python\nDocker\nSQL");
  await student.getByRole("button", { name: "Save profile" }).click();
  await expect(student.getByText("Your profile is saved.")).toBeVisible();
  await expectNoAxeViolations(student);
}

async function sendApplication(student: Page) {
  await hydrated(student);
  await student
    .getByLabel("Your motivation")
    .fill(
      "I study software engineering in Ghent and build Python services with Docker in my free time. Route planning for real trucks is the kind of problem I want to learn on.",
    );
  await student.getByLabel("Upload a CV for this application").check();
  await student.getByLabel("CV file (PDF)").setInputFiles(path.resolve("tests/fixtures/files/cv.pdf"));
  await student.getByRole("button", { name: "Send my application" }).click();
}

async function studentFindsAndApplies(student: Page, offerId: string, email: string) {
  await student.getByRole("link", { name: "Find offers" }).click();
  const search = student.getByRole("search", { name: "Search offers" });
  await search.getByLabel("Keywords").fill(KEYWORD);
  await search.getByLabel("Host country").selectOption("DK");
  await search.getByLabel("Digital activity").selectOption("software-development");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(student).toHaveURL(new RegExp(`q=${KEYWORD}&country=DK&category=software-development`));
  await expect(student.getByRole("heading", { level: 2, name: "1 offer" })).toBeVisible();
  await expectNoAxeViolations(student);

  await student.getByRole("article").getByRole("link", { name: OFFER_TITLE }).click();
  await expect(student).toHaveURL(`/en/offers/${offerId}`);
  const match = student.getByTestId("match-summary");
  await expect(match.getByText(/Denmark may host trainees from Belgium/)).toBeVisible();
  await expect(match.getByText(/Python/).first()).toBeVisible();
  await expect(
    student
      .getByTestId("grant-estimate")
      .getByText(/^About €[\d,]+ for \d+ months$/)
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(student);

  // Not confirmed yet: the application is refused with the reason, and the banner offers a new link.
  await sendApplication(student);
  await expect(student.getByText("Confirm your e-mail address first: open the link we sent you, or ask for a new one.")).toBeVisible();
  await expect(student.getByRole("heading", { name: "Confirm your e-mail address" })).toBeVisible();
  await expect(student.getByTestId("applied-on")).toHaveCount(0);
  await expectNoAxeViolations(student);
  await student.getByRole("button", { name: "Send a new link" }).click();
  await expect(student.getByText("We have sent you a new link. Check your inbox.")).toBeVisible();

  await verifyEmailFromOutbox(student, email);
  await expectNoAxeViolations(student);
  await student.goto(`/offers/${offerId}`);
  await sendApplication(student);
  await expect(student.getByTestId("applied-on")).toContainText("Submitted");
}

async function companyShortlistsAndAccepts(company: Page, offerId: string) {
  await company.goto(`/company/offers/${offerId}/applicants`);
  await company.getByRole("link", { name: `Open ${STUDENT_NAME}'s application` }).click();
  await expect(company.getByRole("heading", { level: 1, name: STUDENT_NAME })).toBeVisible();
  await expect(company.getByRole("link", { name: /^Download CV/ })).toBeVisible();
  await expectNoAxeViolations(company);
  await company.getByRole("button", { name: "Shortlist" }).click();
  await expect(company.getByText("The applicant is on your shortlist.")).toBeVisible();
  await company.getByRole("button", { name: "Accept" }).click();
  await expect(company.getByRole("heading", { name: "Placement proposed to the international office" })).toBeVisible();
  await expect(company.getByText("Waiting for approval")).toBeVisible();
  await expectNoAxeViolations(company);
}

test("a new company publishes a qualifying offer; a new student finds it, applies; the company accepts and a placement is PROPOSED", async ({ browser }) => {
  test.slow(); // two sign-ups, a profile, a search, an application and a decision
  const company = await register(browser, "company", "Freja Holm", `freja.${stamp}@hafnia.example`);
  const offerId = await companyPublishesAnOffer(company);

  const studentEmail = `lotte.${stamp}@student.ugent.example`;
  const student = await register(browser, "student", STUDENT_NAME, studentEmail, { verify: false });
  await studentFillsProfile(student);
  await studentFindsAndApplies(student, offerId, studentEmail);

  await companyShortlistsAndAccepts(company, offerId);

  await student.goto("/student/applications");
  const row = student.getByRole("row").filter({ hasText: OFFER_TITLE });
  await expect(row).toContainText("Accepted");
  await expect(row).toContainText("Waiting for approval");
  await expectNoAxeViolations(student);
});

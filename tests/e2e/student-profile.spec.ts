import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, hydrated, registerVerifyAndSignIn, signInAs, test } from "./fixtures";

const fixture = (name: string) => path.resolve("tests/fixtures/files", name);
const SIX_MB_PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(6 * 1024 * 1024, 0x20)]);
// Seeded: app-0006 is Arne Claes's application (with CV) to an offer of company@'s organisation.
const OTHER_STUDENTS_APPLICATION = "app-0006";

const cvInput = (page: Page) => page.getByLabel(/^(Replace|Upload) your CV$/);
// Waits for the action's answer: a second "saved" message would otherwise be found at once.
async function save(page: Page) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/en/student/profile"),
    page.getByRole("button", { name: "Save profile" }).click(),
  ]);
}
async function openProfile(page: Page) {
  await page.goto("/student/profile");
  await hydrated(page);
}

test("the demo student edits the profile, uploads a PDF CV and downloads it again", async ({ page }) => {
  await signInAs(page, "STUDENT");
  await page.goto("/student");
  await page.getByRole("link", { name: "Edit profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
  await hydrated(page);
  await expectNoAxeViolations(page);

  const field = page.getByLabel("Field of education (ISCED-F)");
  await expect(field).toHaveValue("0613");
  await field.selectOption("0612");
  await page.getByLabel("Language 5", { exact: true }).selectOption("es");
  await page.getByLabel("Level of language 5").selectOption("B1");
  const skills = page.getByLabel("Skills", { exact: true });
  const originalSkills = await skills.inputValue();
  await skills.fill(`${originalSkills}\nFigma`);
  await cvInput(page).setInputFiles(fixture("cv.pdf"));
  await save(page);

  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await expect(page.getByLabel("Field of education (ISCED-F)")).toHaveValue("0612");
  await expect(page.getByLabel("Language 5", { exact: true })).toHaveValue("es");
  await expect(page.getByLabel("Level of language 5")).toHaveValue("B1");
  await expect(page.getByLabel("Skills", { exact: true })).toHaveValue(`${originalSkills}\nFigma`);
  const link = page.getByRole("link", { name: "cv.pdf (download)" });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("cv.pdf");
  expect(readFileSync(await download.path())).toEqual(readFileSync(fixture("cv.pdf")));
  const response = await page.request.get("/cv/profile");
  expect(response.headers()).toMatchObject({ "content-type": "application/pdf", "x-content-type-options": "nosniff", "cache-control": "private, no-store" });

  // Put the profile back as the seed had it, so other journeys see the same student.
  await page.getByLabel("Field of education (ISCED-F)").selectOption("0613");
  await page.getByLabel("Language 5", { exact: true }).selectOption("");
  await page.getByLabel("Level of language 5").selectOption("");
  await page.getByLabel("Skills", { exact: true }).fill(originalSkills);
  await save(page);
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Field of education (ISCED-F)")).toHaveValue("0613");
  await expect(page.getByLabel("Language 5", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Skills", { exact: true })).toHaveValue(originalSkills);
});

test("a PDF being uploaded shows its name and size with a progress bar until the profile is saved", async ({ page }) => {
  await signInAs(page, "STUDENT");
  await openProfile(page);
  // A slow connection: the action's answer is held back a moment.
  await page.route("**/en/student/profile", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await cvInput(page).setInputFiles(fixture("cv.pdf"));
  await page.getByRole("button", { name: "Save profile" }).click();
  const progress = page.getByTestId("upload-progress");
  await expect(progress).toContainText(/Uploading “cv\.pdf” \(\d+\.\d MB\)…/);
  await expect(progress.getByRole("progressbar")).toBeVisible();
  // At once, while the answer is held back (the line sits just above the Save button in view).
  await page.screenshot({ path: "test-results/screenshots/cv-upload-progress.png" });
  await expectNoAxeViolations(page);
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await expect(progress).toHaveCount(0);
});

test("a PNG renamed .pdf is refused next to the CV field and nothing changes", async ({ page }) => {
  await signInAs(page, "STUDENT");
  await openProfile(page);
  const skills = page.getByLabel("Skills", { exact: true });
  const before = await skills.inputValue();
  const cvLink = page.getByRole("link", { name: /\(download\)$/ });
  const cvName = await cvLink.textContent();

  await skills.fill("Something else entirely");
  await page.getByLabel("Level of study (EQF)").selectOption("8");
  await cvInput(page).setInputFiles(fixture("image-renamed.pdf"));
  await save(page);

  const message = "This file is not a PDF. Upload your CV as a PDF file.";
  await expect(page.getByText(message)).toBeVisible();
  await expect(cvInput(page)).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, "\\.")));
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByLabel("Skills", { exact: true })).toHaveValue(before);
  await expect(page.getByLabel("Level of study (EQF)")).toHaveValue("7");
  await expect(page.getByRole("link", { name: /\(download\)$/ })).toHaveText(cvName ?? "");
});

test("a CV over 5 MB or not a PDF is named as soon as it is chosen, and the server says so without JavaScript", async ({ page, browser }) => {
  await signInAs(page, "STUDENT");
  await openProfile(page);
  // Checked on choosing, before anything is sent: the file's name, its size and the limit.
  await cvInput(page).setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: SIX_MB_PDF });
  const tooLarge =
    "“big.pdf” is 6.0 MB, more than the limit of 5 MB. Save your CV as a smaller PDF (for example with fewer or smaller images) and choose it again.";
  await expect(cvInput(page)).toHaveAccessibleDescription(new RegExp(tooLarge.replace(/[.()]/g, "\\$&")));
  let posted = false;
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/en/student/profile") posted = true;
  });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(tooLarge)).toBeVisible();
  expect(posted).toBe(false);
  await cvInput(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/cv-too-large.png" });
  await cvInput(page).setInputFiles({
    name: "cv.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from("PK fake word file"),
  });
  await expect(page.getByText("“cv.docx” is not a PDF. Save your CV as a PDF file and choose that file.")).toBeVisible();
  await expectNoAxeViolations(page);
  const message = "The CV is larger than 5 MB. Save it as a smaller PDF and try again.";

  // Without JavaScript the form posts to the server action: the 6 MB body must reach the check.
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noJs.newPage();
  await plain.goto("/student/profile");
  await plain.getByLabel(/^(Replace|Upload) your CV$/).setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: SIX_MB_PDF });
  await plain.getByRole("button", { name: "Save profile" }).click();
  await expect(plain.getByText(message)).toBeVisible();
  await noJs.close();
});

test("CVs of applications: the host of the offer downloads one, another student and another company get 404", async ({ page, browser }) => {
  await signInAs(page, "COMPANY");
  await page.goto(`/company/applications/${OTHER_STUDENTS_APPLICATION}`);
  const link = page.getByRole("link", { name: /^Download CV/ });
  await expect(link).toHaveAttribute("href", `/cv/applications/${OTHER_STUDENTS_APPLICATION}`);
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  const student = await browser.newContext();
  const studentPage = await student.newPage();
  await signInAs(studentPage, "STUDENT");
  expect((await studentPage.request.get(`/cv/applications/${OTHER_STUDENTS_APPLICATION}`)).status()).toBe(404);
  expect((await studentPage.request.get("/cv/applications/app-0001")).status()).toBe(200); // the student's own
  await student.close();

  const otherCompany = await browser.newContext();
  const otherPage = await otherCompany.newPage();
  await signInAs(otherPage, "COMPANY", "company2@demo.dot-portal.eu");
  expect((await otherPage.request.get(`/cv/applications/${OTHER_STUDENTS_APPLICATION}`)).status()).toBe(404);
  await otherCompany.close();

  const anonymous = await browser.newContext();
  const response = await anonymous.request.get(`/cv/applications/${OTHER_STUDENTS_APPLICATION}`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  await anonymous.close();
});

test("a new student follows the empty state to the profile, gets a message per bad field, then creates the profile", async ({ page }) => {
  await registerVerifyAndSignIn(page, { as: "student", name: "Ana Pereira", email: `ana.${Date.now()}@ulisboa.pt`, password: "a long enough password" });
  await page.getByRole("link", { name: "Complete your profile" }).click();
  await expect(page.getByText("You have not uploaded a CV yet.")).toBeVisible();
  await hydrated(page);
  // Legal names start from the display name; an empty one is refused.
  await expect(page.getByLabel("First name(s)")).toHaveValue("Ana");
  await expect(page.getByLabel("Last name(s)")).toHaveValue("Pereira");
  await page.getByLabel("Last name(s)").fill("");

  await page.getByLabel("Participant category").selectOption("HE_RECENT_GRADUATE");
  await page.getByLabel("Level of study (EQF)").selectOption("4");
  await page.getByLabel("Graduation date").fill("2026-06-30");
  await page.getByLabel("Selected by your institution on").fill("2026-07-15");
  await page.getByLabel("Language 1", { exact: true }).selectOption("pt");
  await save(page);
  await expect(page.getByLabel("Institution", { exact: true })).toHaveAccessibleDescription("Choose your institution.");
  await expect(page.getByLabel("Field of education (ISCED-F)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Higher education is EQF level 5 to 8 (short cycle, bachelor, master, doctorate).")).toBeVisible();
  await expect(page.getByText(/The selection date must be on or before the graduation date/)).toBeVisible();
  await expect(page.getByText("Choose the level for each language you list.")).toBeVisible();
  // The counter is part of the description, then the error.
  await expect(page.getByLabel("Last name(s)")).toHaveAccessibleDescription(
    "0 of 100 characters Enter your last name(s) as in your passport or identity card.",
  );
  await expect(page.getByLabel("Last name(s)")).toHaveAttribute("maxlength", "100");
  // What was chosen stays.
  await expect(page.getByLabel("Participant category")).toHaveValue("HE_RECENT_GRADUATE");
  await expect(page.getByLabel("Language 1", { exact: true })).toHaveValue("pt");
  await expectNoAxeViolations(page);

  await page.getByLabel("Institution", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Field of education (ISCED-F)").selectOption("0613");
  await page.getByLabel("Level of study (EQF)").selectOption("6");
  await page.getByLabel("Selected by your institution on").fill("2026-03-01");
  await page.getByLabel("Level of language 1").selectOption("NATIVE");
  await page.getByLabel("Nationality").selectOption("PT");
  await page.getByLabel("First name(s)").fill("Ana Sofia");
  await page.getByLabel("Last name(s)").fill("Pereira Gonçalves");
  await save(page);
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await expect(page.getByLabel("First name(s)")).toHaveValue("Ana Sofia");
  await expect(page.getByLabel("Last name(s)")).toHaveValue("Pereira Gonçalves");

  await page.goto("/student");
  await expect(page.getByText("Higher-education recent graduate")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit profile" })).toBeVisible();
});

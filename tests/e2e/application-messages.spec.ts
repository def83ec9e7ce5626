import { demoAccount, expect, expectNoAxeViolations, linkFromOutbox, signInAs, test } from "./fixtures";

// Seeded: app-0001 is the demo student's (Zoë's) ACCEPTED application to an offer of the demo
// company (Kanaal Software), with a PROPOSED placement at the demo office (Ghent); app-0006 is Arne
// Claes's SUBMITTED application to the same offer. This spec only adds messages to app-0001.
const THREAD = "app-0001";
const NOT_SHORTLISTED = "app-0006";

test("host and applicant exchange messages; the other side is mailed a link; the office reads along", async ({ page }) => {
  const student = demoAccount("STUDENT");
  const company = demoAccount("COMPANY");

  // The host: the applicant list shows each applicant's fit.
  await signInAs(page, "COMPANY");
  await page.goto(`/company/applications/${THREAD}`);
  const offerLink = page.locator('main a[href$="/applicants"]').first();
  const offerTitle = (await offerLink.textContent())!.trim();
  await offerLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Applicants" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Fit with the offer" })).toBeVisible();
  const zoeRow = page.getByRole("row").filter({ hasText: student.name });
  await expect(zoeRow.getByText(/^\d{1,3}% match$/)).toBeVisible();
  await expect(zoeRow.getByRole("listitem").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Before the shortlist the host sees no e-mail address, only the messages.
  await page.goto(`/company/applications/${NOT_SHORTLISTED}`);
  await expect(page.getByText("Shown once you shortlist this applicant.", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: /@/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Zoë is accepted: her address is shown; the thread starts empty.
  await page.goto(`/company/applications/${THREAD}`);
  await expect(page.getByRole("link", { name: student.email })).toHaveAttribute("href", `mailto:${student.email}`);
  const thread = page.locator("#messages");
  await expect(thread.getByRole("heading", { name: "Messages" })).toBeVisible();
  await expect(thread.getByText("No messages yet. Write the first one below.")).toBeVisible();
  const field = thread.getByLabel("Your message");
  await expect(field).toHaveAttribute("maxlength", "2000");
  await thread.getByRole("button", { name: "Send message" }).click();
  await expect(thread.getByText("Write a message first.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const question = "Hello Zoë, could you start on 1 March instead? Our team lead is away in February.";
  await field.fill(question);
  await expect(thread.getByText(`${question.length} of 2,000 characters`, { exact: false })).toBeVisible();
  await thread.getByRole("button", { name: "Send message" }).click();
  await expect(thread.getByRole("status")).toHaveText("Message sent.");
  await expect(thread.getByTestId("message-list").getByText(question)).toBeVisible();
  await expect(field).toHaveValue("");
  await expectNoAxeViolations(page);

  // The applicant: the mail, in her own language (Dutch), links to her own application page, at the thread.
  await page.context().clearCookies();
  await signInAs(page, "STUDENT");
  const link = await linkFromOutbox(page, student.email, `Nieuw bericht over “${offerTitle}”`, `/student/applications/${THREAD}`);
  expect(link).toBe(`/nl/student/applications/${THREAD}`);
  await expect(page.locator("pre").first()).toContainText(`/nl/student/applications/${THREAD}#messages`);
  await expect(page.locator("pre").first()).not.toContainText(question);
  await expectNoAxeViolations(page);
  await page.goto(`${link}#messages`);
  await expect(page.locator("#messages").getByRole("heading", { name: "Berichten" })).toBeVisible();
  await expect(page.locator("#messages").getByText(question)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/en/student/applications/${THREAD}`);
  const studentThread = page.locator("#messages");
  await expect(studentThread.getByText(`${company.name} · Kanaal Software`, { exact: false })).toBeVisible();
  const reply = "Yes, 1 March works for me. Shall I bring my own laptop?";
  await studentThread.getByLabel("Your message").fill(reply);
  await studentThread.getByRole("button", { name: "Send message" }).click();
  await expect(studentThread.getByRole("status")).toHaveText("Message sent.");
  await expect(studentThread.getByTestId("message-list").getByText(reply)).toBeVisible();
  await expectNoAxeViolations(page);

  // The same thread through the JSON API, with no e-mail address in it.
  const api = await (await page.request.get(`/api/v1/applications/${THREAD}/messages`)).json();
  expect(api.messages.map((m: { side: string; body: string }) => [m.side, m.body])).toEqual([
    ["HOST", question],
    ["APPLICANT", reply],
  ]);
  expect(JSON.stringify(api)).not.toContain("@");

  // The host is told, and sees the reply (and that Zoë read the question).
  await page.context().clearCookies();
  await signInAs(page, "COMPANY");
  const hostLink = await linkFromOutbox(page, company.email, `Nieuw bericht over “${offerTitle}”`, `/company/applications/${THREAD}`);
  expect(hostLink).toBe(`/nl/company/applications/${THREAD}`);
  await page.goto(`/en/company/applications/${THREAD}`);
  await expect(page.locator("#messages").getByText(reply)).toBeVisible();
  await expect(page.locator("#messages").getByText("· Read")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator("#messages").scrollIntoViewIfNeeded();
  await page.locator("#messages").screenshot({ path: "test-results/screenshots/application-messages.png" });

  // The applicant's international office reads along on the placement page, without a form; its API writes are refused.
  await page.context().clearCookies();
  await signInAs(page, "OFFICE");
  await page.goto("/office/placements?status=PROPOSED");
  await page
    .getByRole("link", { name: new RegExp(student.name) })
    .first()
    .click();
  const officeThread = page.locator("#messages");
  await expect(officeThread.getByText(reply)).toBeVisible();
  await expect(officeThread.getByText("Your office can read it, not write in it.", { exact: false })).toBeVisible();
  await expect(officeThread.getByLabel("Your message")).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await page.request.post(`/api/v1/applications/${THREAD}/messages`, { data: { body: "Office here" } })).status()).toBe(403);
});

test("strangers to an application read and write nothing in its thread", async ({ page }) => {
  await signInAs(page, "COMPANY", "company2@demo.dot-portal.eu");
  expect((await page.request.get(`/api/v1/applications/${THREAD}/messages`)).status()).toBe(404);
  expect((await page.request.post(`/api/v1/applications/${THREAD}/messages`, { data: { body: "Hello from another company" } })).status()).toBe(404);
  await page.context().clearCookies();
  await signInAs(page, "OFFICE", "office.madrid@demo.dot-portal.eu");
  expect((await page.request.get(`/api/v1/applications/${THREAD}/messages`)).status()).toBe(404);
});

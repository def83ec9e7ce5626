// Sessions that end (docs/decisions/0001), forgot password through the e-mailed link. Each test
// registers its own account so the demo accounts' passwords and sessions stay as seeded.
import { expect, expectNoAxeViolations, linkFromOutbox, registerVerifyAndSignIn, signIn, test } from "./fixtures";

const PASSWORD = "a long enough password";
const account = (name: string) => ({
  as: "student" as const,
  name,
  email: `${name.toLowerCase().replace(/\W/g, ".")}.${Date.now()}@e2e.example`,
  password: PASSWORD,
});

test("forgot password: generic answer, a single-use link from the outbox, the new password works and the old one not", async ({ page }) => {
  const user = account("Piet Reset");
  await registerVerifyAndSignIn(page, user);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/en");

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL("/en/forgot-password");
  await expectNoAxeViolations(page);
  // An unknown address gets the same answer as a known one.
  await page.getByLabel("E-mail address").fill(`nobody.${Date.now()}@e2e.example`);
  await page.getByRole("button", { name: "Send the link" }).click();
  const generic = "If an account exists for this address, we have sent a link to it. Check your inbox.";
  await expect(page.getByRole("status")).toHaveText(generic);
  await page.getByLabel("E-mail address").fill(user.email);
  const send = page.getByRole("button", { name: "Send the link" });
  await send.click();
  await expect(page.getByRole("status")).toHaveText(generic);
  // Scan once the button has faded back from its pending colour.
  await expect(send).toBeEnabled();
  await send.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  await expectNoAxeViolations(page);

  const link = await linkFromOutbox(page, user.email, "Choose a new DOT Portal password", "/reset-password");
  await expectNoAxeViolations(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(page);
  // The same rules and meter as registration.
  await page.getByLabel("New password").fill("qwertyuiop123");
  await expect(page.getByTestId("newPassword-strength")).toHaveText(/^Strength: /);
  await page.getByLabel("Repeat the password").fill("qwertyuiop123");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText(/This password is too common/)).toBeVisible();
  const fresh = "piet's brand new passphrase";
  await page.getByLabel("New password").fill(fresh);
  await page.getByLabel("Repeat the password").fill(fresh);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password has been changed. Sign in with the new one.");
  await expectNoAxeViolations(page);

  // The link works once.
  await page.goto(link);
  await expect(page.getByText("This link has already been used.")).toBeVisible();
  await expectNoAxeViolations(page);

  await signIn(page, user.email, PASSWORD);
  await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  await signIn(page, user.email, fresh);
  await page.waitForURL("/en/student");
});

test("after sign-out the saved session cookie is refused in a new browser", async ({ page, browser, baseURL }) => {
  await registerVerifyAndSignIn(page, account("Copy Cat"));
  const saved = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
  expect(saved.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite }))).toEqual([
    { name: "next-auth.session-token", httpOnly: true, sameSite: "Lax" },
  ]);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/en");

  const other = await browser.newContext({ baseURL });
  await other.addCookies(saved);
  const copy = await other.newPage();
  await copy.goto("/student");
  await expect(copy).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudent/);
  await expectNoAxeViolations(copy);
  await other.close();
});

test("sign out everywhere asks first, then ends this and every other session; a password change keeps only this one", async ({ page, browser, baseURL }) => {
  const user = account("Many Devices");
  await registerVerifyAndSignIn(page, user);
  const second = await browser.newContext({ baseURL });
  const elsewhere = await second.newPage();
  await signIn(elsewhere, user.email, PASSWORD);
  await elsewhere.waitForURL("/en/student");

  // A password change here ends the other device's session; this one stays signed in.
  await page.getByRole("link", { name: "My account" }).click();
  await expect(page).toHaveURL("/en/account");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Change your password" }).click();
  const changed = "a changed long passphrase";
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill(changed);
  await page.getByLabel("Repeat the password").fill(changed);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password has been changed. Use the new one next time you sign in.");
  await page.goto("/student");
  await expect(page).toHaveURL("/en/student");
  await elsewhere.goto("/student");
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  // Sign in there again, then end everything from here.
  await signIn(elsewhere, user.email, changed);
  await elsewhere.waitForURL("/en/student");
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("Sign out on every device, including this one?")).toBeVisible();
  await expectNoAxeViolations(page);
  // The sign-in page learns who is signed in with a request of its own; slowed down here, the
  // previous page's answer (the session that just ended) must not send this browser on to /student.
  let sessionAnswered = false;
  await page.route("**/api/v1/session", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
    sessionAnswered = true;
  });
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL("/en/sign-in");
  await expect.poll(() => sessionAnswered, { timeout: 10_000 }).toBe(true);
  await expect(page).toHaveURL("/en/sign-in");
  await page.unroute("**/api/v1/session");
  await page.goto("/student");
  await expect(page).toHaveURL(/\/sign-in/);
  await elsewhere.goto("/student");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await second.close();
});

// Regenerates docs/screenshots/*.png from a running portal (default http://127.0.0.1:3100):
//   node scripts/screenshots.mjs [baseURL]
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { ensureChromium } from "./find-chromium.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const password = "DemoPass!2026";
const shots = [
  { name: "home", path: "/" },
  { name: "student", path: "/student", email: "student@demo.dot-portal.eu" },
  { name: "company", path: "/company", email: "company@demo.dot-portal.eu" },
  { name: "office", path: "/office", email: "office@demo.dot-portal.eu" },
  { name: "admin", path: "/admin", email: "admin@demo.dot-portal.eu" },
  { name: "offers-search", path: "/offers?q=data&category=data-analytics", email: "student@demo.dot-portal.eu", fullPage: true },
  { name: "offer-page", path: "/offers/offer-0007", email: "student@demo.dot-portal.eu", fullPage: true },
  { name: "student-profile", path: "/student/profile", email: "student@demo.dot-portal.eu", fullPage: true },
  { name: "student-applications", path: "/student/applications", email: "student@demo.dot-portal.eu" },
  { name: "company-offer-editor", path: "/company/offers/offer-0043", email: "company@demo.dot-portal.eu", fullPage: true },
  ...(process.env.SHOTS_EXTRA ? JSON.parse(process.env.SHOTS_EXTRA) : []),
];

mkdirSync("docs/screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const shot of shots) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  const page = await context.newPage();
  if (shot.email) {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("E-mail address").fill(shot.email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((u) => u.pathname !== "/sign-in");
  }
  await page.goto(`${base}${shot.path}`);
  await page.screenshot({ path: `docs/screenshots/${shot.name}.png`, fullPage: Boolean(shot.fullPage) });
  console.log(`docs/screenshots/${shot.name}.png`);
  await context.close();
}
await browser.close();

// A visitor picks their language from the header's menu and walks sign-in, search and an offer page
// in it: every label, heading and message in that language (read from its messages file, the same
// text the portal shows), axe on every page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "@/i18n/locales";
import { demoAccount, expect, expectNoAxeViolations, switchLanguage, test } from "./fixtures";

const EU_LANGUAGES = [
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "fi",
  "fr",
  "ga",
  "hr",
  "hu",
  "it",
  "lt",
  "lv",
  "mt",
  "nl",
  "pl",
  "pt",
  "ro",
  "sk",
  "sl",
  "sv",
];

type Tree = { [key: string]: string | Tree };
const messages = (locale: string): Tree => JSON.parse(readFileSync(path.resolve(__dirname, `../../messages/${locale}.json`), "utf8"));
const text = (tree: Tree, key: string): string => {
  const value = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  if (typeof value !== "string") throw new Error(`no message ${key}`);
  return value;
};

for (const [name, locale] of [
  ["Deutsch", "de"],
  ["polski", "pl"],
  ["ελληνικά", "el"],
] as const) {
  test(`in ${name}: sign in, search and read an offer`, async ({ page }) => {
    const m = messages(locale);
    const t = (key: string) => text(m, key);

    await page.goto("/en");
    await switchLanguage(page, name);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveURL(`/${locale}`);
    // The menu names the current language in itself.
    await expect(page.locator("details[data-language-menu] > summary")).toContainText(name);
    await expectNoAxeViolations(page);

    // Sign in, in the language chosen.
    await page.getByRole("link", { name: t("common.signIn"), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("auth.signInTitle") })).toBeVisible();
    await expectNoAxeViolations(page);
    const student = demoAccount("STUDENT");
    await page.getByLabel(t("auth.email")).fill(student.email);
    await page.getByLabel(t("auth.password"), { exact: true }).fill(student.password);
    await page.getByRole("button", { name: t("auth.signInSubmit"), exact: true }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
    expect(new URL(page.url()).pathname.startsWith(`/${locale}/`)).toBe(true);
    await expectNoAxeViolations(page);

    // Search.
    await page.goto(`/${locale}/offers`);
    await expect(page.getByRole("heading", { level: 1, name: t("search.title") })).toBeVisible();
    const search = page.getByRole("search", { name: t("search.formLabel") });
    await search.getByLabel(t("search.q")).fill("software");
    await search.getByRole("button", { name: t("search.submit"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/offers\\?q=software`));
    const cards = page.getByRole("article");
    await expect(cards.first()).toBeVisible();
    await expectNoAxeViolations(page);

    // An offer page, its facts labelled in the language.
    await cards.first().getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/offers/[\\w-]+$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
    // For the reader of docs/: how the page looks in this script (Greek needs its own glyphs).
    await page.screenshot({ path: path.resolve(__dirname, `../../docs/screenshots/offer-${locale}.png`) });
  });
}

test("the language menu lists every language in itself, opens and closes from the keyboard", async ({ page }) => {
  await page.goto("/en/offers");
  const summary = page.locator("details[data-language-menu] > summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("form", { name: "Language" });
  await expect(menu.getByRole("button", { name: "English", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(menu.getByRole("button", { name: "Deutsch", exact: true })).toHaveAttribute("lang", "de");
  // All 24 official EU languages (and others the portal offers), each named in itself.
  await expect(menu.getByRole("button")).toHaveCount(LOCALES.length);
  for (const code of EU_LANGUAGES) await expect(menu.locator(`button[lang="${code}"]`)).toHaveCount(1);
  await expect(menu.getByRole("button", { name: "ελληνικά", exact: true })).toHaveAttribute("lang", "el");
  await expect(menu.getByRole("button", { name: "български", exact: true })).toHaveAttribute("lang", "bg");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: path.resolve(__dirname, "../../docs/screenshots/language-menu.png") });
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(summary).toBeFocused();
});

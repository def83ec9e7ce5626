import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, localeOfPath, localisedPath, needsLocalePrefix, negotiateLocale } from "@/i18n/negotiate";

describe("locale of a path", () => {
  it.each([
    ["/nl/offers", "nl"],
    ["/da", "da"],
    ["/en/", "en"],
    ["/offers", null],
    ["/", null],
    ["/xx/offers", null],
    ["/nlx/offers", null],
    ["/NL/offers", null],
  ])("%s → %s", (path, locale) => expect(localeOfPath(path)).toBe(locale));
});

describe("Accept-Language", () => {
  it.each([
    [null, undefined],
    ["", undefined],
    ["da", "da"],
    ["nl-BE,nl;q=0.9,en;q=0.8", "nl"],
    ["ja-JP,ja;q=0.9", undefined],
    ["ja-JP,da;q=0.5,nl;q=0.7", "nl"],
    ["fr-FR,fr;q=0.9", "fr"],
    ["pt-BR,pt;q=0.9", "pt"],
    ["de-AT", "de"],
    ["nb-NO,nb;q=0.9,en;q=0.5", "nb"],
    // Norwegian without the written standard, and Nynorsk, read Bokmål.
    ["no-NO,no;q=0.9", "nb"],
    ["nn", "nb"],
    // A language the portal does not offer falls through to the next one the visitor reads.
    ["ja-JP,da;q=0.5", "da"],
    ["en-GB;q=0.2, da-DK;q=0.8", "da"],
    ["*;q=0.5, nl;q=0", undefined],
    ["NL", "nl"],
  ])("%j → %s", (header, locale) => expect(fromAcceptLanguage(header)).toBe(locale));

  it("the remembered choice beats the browser, an unknown cookie does not", () => {
    expect(negotiateLocale("da", "nl")).toBe("da");
    expect(negotiateLocale("xx", "nl")).toBe("nl");
    expect(negotiateLocale(undefined, null)).toBe("en");
  });
});

describe("which URLs are redirected to /{locale}/…", () => {
  it.each([
    ["/", true],
    ["/offers", true],
    ["/offers/abc", true],
    ["/xx/offers", true],
    ["/dev/outbox", true],
    ["/en/offers", false],
    ["/da", false],
    ["/api/v1/offers", false],
    ["/api/auth/session", false],
    ["/cv/profile", false],
    ["/_next/static/chunk.js", false],
    ["/icon.svg", false],
    ["/favicon.ico", false],
    ["/robots.txt", false],
  ])("%s → %s", (path, redirect) => expect(needsLocalePrefix(path)).toBe(redirect));

  it("keeps path and query", () => {
    expect(localisedPath("nl", "/", "")).toBe("/nl");
    expect(localisedPath("da", "/offers", "?q=python")).toBe("/da/offers?q=python");
  });
});

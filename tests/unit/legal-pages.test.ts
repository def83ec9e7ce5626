// The legal pages are assembled from outlines (components/legal/outlines.ts) whose message keys the
// compiler cannot check; the accessibility statement shows committed axe results. Both checked here.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { ACCESSIBILITY_STATEMENT, HOST_TERMS, PRIVACY_NOTICE } from "@/components/legal/outlines";
import { axeResults } from "@/lib/accessibility/axe-results";
import { RETENTION_DEFAULTS } from "@/lib/domain/retention";
import { pageOf } from "@/scripts/accessibility-report.mjs";

const documents = { privacy: PRIVACY_NOTICE, accessibility: ACCESSIBILITY_STATEMENT, hostTerms: HOST_TERMS } as const;

describe.each(Object.entries(documents))("legal.%s", (doc, sections) => {
  const messages = (en.legal as unknown as Record<string, Record<string, Record<string, string>>>)[doc]!;
  it.each(sections.map((s) => [s.id, s] as const))("section %s has a heading and every sentence its outline names", (id, section) => {
    const keys = ["heading", ...(section.paragraphs ?? []), ...(section.items ?? [])];
    for (const key of keys) expect(messages[id]?.[key], `legal.${doc}.${id}.${key}`).toEqual(expect.any(String));
    // …and no sentence is written but never shown.
    expect(
      Object.keys(messages[id] ?? {}).filter((k) => !keys.includes(k) && !["tableCaption", "page", "scans", "violations", "showPages"].includes(k)),
    ).toEqual([]);
  });
});

it("the privacy notice's fixed periods are the retention defaults (a week for links, two days for counters)", () => {
  expect(en.legal.privacy.retention.tokens).toMatch(/a week after they expire.*two days without use/);
  expect(RETENTION_DEFAULTS.authTokenGraceDays).toBe(7);
  expect(RETENTION_DEFAULTS.throttleIdleDays).toBe(2);
});

describe("the committed axe results (docs/accessibility/axe-results.json)", () => {
  const results = axeResults();
  it("found no violations, on the legal pages too", () => {
    expect(results.violations).toBe(0);
    const paths = results.pages.map((p) => p.path);
    for (const path of ["/", "/offers", "/offers/[id]", "/privacy", "/accessibility", "/host-terms", "/account"]) expect(paths).toContain(path);
    expect(results.locales.length).toBeGreaterThan(1);
  });
  it("sums to at least one scan per page", () => {
    expect(results.scans).toBeGreaterThanOrEqual(results.pages.length);
  });
});

describe("pageOf: a scanned URL as the route it shows", () => {
  it.each([
    ["http://127.0.0.1:3100/en/offers", "en", "/offers"],
    ["http://127.0.0.1:3100/de/offers/offer-0043?x=1", "de", "/offers/[id]"],
    ["http://127.0.0.1:3100/en", "en", "/"],
    ["http://127.0.0.1:3100/en/placements/placement-023/learning-agreement/print", "en", "/placements/[id]/learning-agreement/print"],
    ["http://127.0.0.1:3100/en/admin/institutions/new", "en", "/admin/institutions/new"],
    ["http://127.0.0.1:3100/en/reset-password?token=abc", "en", "/reset-password"],
    ["http://127.0.0.1:3100/pl/no-such-page", "pl", "/[...rest]"],
  ])("%s", (url, locale, path) => {
    expect(pageOf(url)).toEqual({ locale, path });
  });
});

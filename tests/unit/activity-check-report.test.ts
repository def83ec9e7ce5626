import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { activityCheckReport, quoteAround, MAX_QUOTED_SENTENCE } = await import("@/lib/server/services/checks");

describe("quoteAround", () => {
  const long = `${"a".repeat(500)} Power BI ${"b".repeat(500)}`;
  it.each([
    ["a short sentence stays whole", "Building Power BI dashboards.", "Power BI", "Building Power BI dashboards."],
    ["the phrase at the start", `Power BI ${"c".repeat(400)}`, "Power BI", `Power BI ${"c".repeat(291)}…`],
    ["the phrase at the end", `${"c".repeat(400)} Power BI`, "Power BI", `…${"c".repeat(291)} Power BI`],
  ])("%s", (_name, sentence, phrase, expected) => {
    expect(quoteAround(sentence, phrase)).toBe(expected);
  });

  it("cuts a long sentence around the phrase, on both sides", () => {
    const quote = quoteAround(long, "Power BI");
    expect(quote).toContain("Power BI");
    expect(quote.startsWith("…a") && quote.endsWith("b…")).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTED_SENTENCE + 2);
  });
});

describe("activityCheckReport", () => {
  it("answers a 10,000-character sentence full of evidence in well under a megabyte", () => {
    const text = "develop software in python and analyse data in excel with power bi and seo ".repeat(140).slice(0, 10_000);
    const report = activityCheckReport(text);
    expect(report.evidence.length).toBeGreaterThan(100);
    expect(JSON.stringify(report).length).toBeLessThan(300_000);
  });
});

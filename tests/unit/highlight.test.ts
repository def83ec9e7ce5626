import { describe, expect, it } from "vitest";
import { highlightSegments } from "@/lib/text/highlight";

describe("highlightSegments", () => {
  it.each([
    ["no terms", "Build APIs.", [], [["Build APIs.", null]]],
    [
      "one phrase, twice",
      "SQL and more SQL",
      [{ phrase: "SQL", tag: "d" }],
      [
        ["SQL", "d"],
        [" and more ", null],
        ["SQL", "d"],
      ],
    ],
    [
      "the longer overlapping phrase wins",
      "Build Power BI dashboards",
      [
        { phrase: "Power BI", tag: "a" },
        { phrase: "Power BI dashboards", tag: "b" },
      ],
      [
        ["Build ", null],
        ["Power BI dashboards", "b"],
      ],
    ],
    ["a phrase that is not there", "Answer phone calls", [{ phrase: "React", tag: "s" }], [["Answer phone calls", null]]],
    ["an empty phrase is ignored", "abc", [{ phrase: "", tag: "x" }], [["abc", null]]],
  ])("%s", (_name, text, terms, expected) => {
    const segments = highlightSegments(text, terms as { phrase: string; tag: string }[]);
    expect(segments.map((s) => [s.text, s.tag])).toEqual(expected);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

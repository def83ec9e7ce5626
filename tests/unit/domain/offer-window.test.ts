import { describe, expect, it } from "vitest";
import { offerWindowProblems } from "@/lib/domain/offer-window";

describe("offerWindowProblems", () => {
  it.each([
    // earliestStart, latestEnd, deadline, min months, expected problem codes
    ["2027-03-01", "2027-05-31", "2027-02-15", 3, []], // exactly the minimum fits (1 Mar + 3 months − 1 day)
    ["2027-03-01", "2027-05-30", "2027-02-15", 3, ["window-too-short"]], // one day short
    ["2027-03-01", "2027-04-01", "2027-02-15", 3, ["window-too-short"]], // the impossible offer of the report
    ["2027-01-31", "2027-02-28", "2027-01-01", 1, []], // month end: 31 Jan + 1 month ends 28 Feb
    ["2027-02-01", "2027-05-31", "2027-03-01", 3, []], // deadline equal to the latest start (1 Mar)
    ["2027-02-01", "2027-05-31", "2027-03-02", 3, ["deadline-after-latest-start"]], // one day after
    ["2027-02-01", "2027-12-31", "2027-10-01", 3, []], // latest start 1 Oct
    ["2027-02-01", "2027-12-31", "2027-10-02", 3, ["deadline-after-latest-start"]],
    ["2027-03-01", "2027-05-30", "2027-09-01", 3, ["window-too-short"]], // too short wins: no latest start at all
    ["2027-03-01", "not-a-date", "2027-02-15", 3, []], // unparseable dates are the schema's to report
    ["2027-05-01", "2027-03-01", "2027-02-15", 3, []], // reversed window: the schema says so
  ])("%s–%s, deadline %s, min %i months → %j", (earliestStart, latestEnd, applicationDeadline, durationMinMonths, codes) => {
    const problems = offerWindowProblems({ earliestStart, latestEnd, applicationDeadline, durationMinMonths });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });

  it("names the shortest end and the latest start", () => {
    expect(offerWindowProblems({ earliestStart: "2027-03-01", latestEnd: "2027-04-01", applicationDeadline: "2027-02-01", durationMinMonths: 3 })).toEqual([
      { code: "window-too-short", field: "latestEnd", shortestEnd: "2027-05-31" },
    ]);
    expect(offerWindowProblems({ earliestStart: "2027-02-01", latestEnd: "2027-05-31", applicationDeadline: "2027-04-01", durationMinMonths: 3 })).toEqual([
      { code: "deadline-after-latest-start", field: "applicationDeadline", latestStart: "2027-03-01" },
    ]);
  });

  it.each([
    // A range in days (docs/domain.md §3a): the month columns (1/1) are ignored.
    // earliestStart, latestEnd, deadline, min days, expected problem codes
    ["2027-03-01", "2027-03-05", "2027-02-15", 5, []], // exactly 5 days: 1–5 March
    ["2027-03-01", "2027-03-04", "2027-02-15", 5, ["window-too-short"]], // one day short
    ["2027-03-01", "2027-03-31", "2027-03-27", 5, []], // latest start 27 March
    ["2027-03-01", "2027-03-31", "2027-03-28", 5, ["deadline-after-latest-start"]],
    ["2027-03-01", "2027-04-28", "2027-02-15", 60, ["window-too-short"]], // 60 days from 1 March end on 29 April
    ["2027-03-01", "2027-04-29", "2027-02-15", 60, []],
    ["2027-03-01", "2027-03-01", "2027-02-15", 1, []], // one day
  ])("%s–%s, deadline %s, min %i days → %j", (earliestStart, latestEnd, applicationDeadline, durationMinDays, codes) => {
    const problems = offerWindowProblems({ earliestStart, latestEnd, applicationDeadline, durationMinMonths: 1, durationMinDays });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });

  it("names the shortest end in days", () => {
    expect(
      offerWindowProblems({
        earliestStart: "2027-03-01",
        latestEnd: "2027-03-10",
        applicationDeadline: "2027-02-01",
        durationMinMonths: 1,
        durationMinDays: 14,
      }),
    ).toEqual([{ code: "window-too-short", field: "latestEnd", shortestEnd: "2027-03-14" }]);
    expect(
      offerWindowProblems({
        earliestStart: "2027-03-01",
        latestEnd: "2027-03-20",
        applicationDeadline: "2027-03-10",
        durationMinMonths: 1,
        durationMinDays: 14,
      }),
    ).toEqual([{ code: "deadline-after-latest-start", field: "applicationDeadline", latestStart: "2027-03-07" }]);
  });

  it("a null day range means months", () => {
    expect(
      offerWindowProblems({
        earliestStart: "2027-03-01",
        latestEnd: "2027-03-10",
        applicationDeadline: "2027-02-01",
        durationMinMonths: 2,
        durationMinDays: null,
      }).map((p) => p.code),
    ).toEqual(["window-too-short"]);
  });
});

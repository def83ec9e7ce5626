import { describe, expect, it } from "vitest";
import {
  APPLICATION_STATES,
  LIFECYCLE_EVENTS,
  type LifecycleActor,
  type LifecycleEvent,
  type LifecycleState,
  PLACEMENT_STATES,
  allowedEvents,
  alreadyDone,
  holdsPlace,
  isUndecided,
  transition,
} from "@/lib/domain/placement-lifecycle";
import { acceptWarnings } from "@/lib/domain/accept-warnings";
import { placementInput } from "./placement-fixtures";

const S = (application: LifecycleState["application"], placement: LifecycleState["placement"] = null): LifecycleState => ({ application, placement });

// Every allowed move: [from, event, actor, to]. Anything not listed here must be refused.
const ALLOWED: readonly [LifecycleState, LifecycleEvent, LifecycleActor, LifecycleState][] = [
  [S("SUBMITTED"), "shortlist", "host", S("SHORTLISTED")],
  [S("SUBMITTED"), "accept", "host", S("ACCEPTED", "PROPOSED")],
  [S("SHORTLISTED"), "accept", "host", S("ACCEPTED", "PROPOSED")],
  [S("SUBMITTED"), "reject", "host", S("REJECTED")],
  [S("SHORTLISTED"), "reject", "host", S("REJECTED")],
  [S("SUBMITTED"), "withdraw", "student", S("WITHDRAWN")],
  [S("SHORTLISTED"), "withdraw", "student", S("WITHDRAWN")],
  [S("ACCEPTED", "PROPOSED"), "approve", "office", S("ACCEPTED", "APPROVED")],
  [S("ACCEPTED", "PROPOSED"), "office-reject", "office", S("ACCEPTED", "REJECTED")],
  [S("ACCEPTED", "REJECTED"), "repropose", "host", S("ACCEPTED", "PROPOSED")],
  [S("ACCEPTED", "REJECTED"), "release", "host", S("REJECTED", "REJECTED")],
  [S("ACCEPTED", "APPROVED"), "cancel", "student", S("WITHDRAWN", "CANCELLED")],
  [S("ACCEPTED", "APPROVED"), "cancel", "office", S("WITHDRAWN", "CANCELLED")],
];

const ACTORS: readonly LifecycleActor[] = ["host", "student", "office"];
const STATES: LifecycleState[] = APPLICATION_STATES.flatMap((a) => [null, ...PLACEMENT_STATES].map((p) => S(a, p)));
const key = (s: LifecycleState, e: string, a: string) => `${s.application}/${s.placement}/${e}/${a}`;
const allowedKeys = new Set(ALLOWED.map(([s, e, a]) => key(s, e, a)));

describe("placement lifecycle", () => {
  it.each(ALLOWED)("%o --%s by %s--> %o", (from, event, actor, to) => {
    expect(transition(from, event, actor)).toEqual({ ok: true, to });
  });

  it("refuses every other move, naming whether the actor or the moment is wrong", () => {
    let refused = 0;
    for (const s of STATES)
      for (const e of LIFECYCLE_EVENTS)
        for (const a of ACTORS) {
          if (allowedKeys.has(key(s, e, a))) continue;
          const r = transition(s, e, a);
          expect(r.ok, key(s, e, a)).toBe(false);
          refused++;
        }
    expect(refused).toBe(STATES.length * LIFECYCLE_EVENTS.length * ACTORS.length - ALLOWED.length);
  });

  it.each([
    ["the office cannot accept", S("SUBMITTED"), "accept", "office", "actor-not-allowed"],
    ["the host cannot approve", S("ACCEPTED", "PROPOSED"), "approve", "host", "actor-not-allowed"],
    ["the host cannot cancel an approved placement", S("ACCEPTED", "APPROVED"), "cancel", "host", "actor-not-allowed"],
    ["no re-proposal while the office has not decided", S("ACCEPTED", "PROPOSED"), "repropose", "host", "not-allowed-now"],
    ["no release of an approved placement", S("ACCEPTED", "APPROVED"), "release", "host", "not-allowed-now"],
    ["no cancelling a refused placement", S("ACCEPTED", "REJECTED"), "cancel", "student", "not-allowed-now"],
    ["no accepting a second time", S("ACCEPTED", "REJECTED"), "accept", "host", "not-allowed-now"],
  ] as const)("%s", (_, state, event, actor, problem) => {
    expect(transition(state, event, actor)).toEqual({ ok: false, problem });
  });

  it.each([
    [S("ACCEPTED", "REJECTED"), "host", ["repropose", "release"]],
    [S("ACCEPTED", "APPROVED"), "student", ["cancel"]],
    [S("ACCEPTED", "APPROVED"), "office", ["cancel"]],
    [S("ACCEPTED", "PROPOSED"), "office", ["approve", "office-reject"]],
    [S("SHORTLISTED"), "host", ["accept", "reject"]],
    [S("REJECTED", "REJECTED"), "host", []],
  ] as const)("offers %o to the %s: %o", (state, actor, events) => {
    expect(allowedEvents(state, actor)).toEqual(events);
  });

  it.each([
    [S("ACCEPTED", "PROPOSED"), true],
    [S("ACCEPTED", "REJECTED"), true],
    [S("ACCEPTED", "APPROVED"), true],
    [S("REJECTED", "REJECTED"), false],
    [S("WITHDRAWN", "CANCELLED"), false],
    [S("SUBMITTED"), false],
  ] as const)("%o holds a place: %s", (state, holds) => {
    expect(holdsPlace(state)).toBe(holds);
  });

  it.each(APPLICATION_STATES.map((a) => [a, a === "SUBMITTED" || a === "SHORTLISTED"] as const))("%s is undecided: %s", (application, undecided) => {
    expect(isUndecided(application)).toBe(undecided);
  });

  it("knows a repeated move is already done", () => {
    expect(alreadyDone(S("REJECTED", "REJECTED"), "release")).toBe(true);
    expect(alreadyDone(S("WITHDRAWN", "CANCELLED"), "cancel")).toBe(true);
    expect(alreadyDone(S("ACCEPTED", "REJECTED"), "release")).toBe(false);
  });
});

const OFFER = { durationMinMonths: 3, durationMaxMonths: 6, earliestStart: "2023-03-01", latestEnd: "2023-12-31" };

describe("acceptWarnings", () => {
  it.each([
    ["nothing for a period every rule accepts", "2023-03-01", "2023-07-31", []],
    ["a 20-day period: too short for the rules and the offer", "2023-03-01", "2023-03-20", ["duration/too-short", "offer/shorter-than-offer"]],
    ["70 days: fine for the rules, shorter than the offer", "2023-03-01", "2023-05-09", ["offer/shorter-than-offer"]],
    ["longer than the offer's maximum", "2023-03-01", "2023-09-30", ["offer/longer-than-offer"]],
    ["starting before the offer's window", "2023-02-01", "2023-05-31", ["offer/outside-window"]],
  ] as const)("%s", (_, start, end, expected) => {
    const warnings = acceptWarnings(placementInput({ start, end }), OFFER);
    expect(warnings.map((w) => `${w.id}/${w.code}`)).toEqual(expected);
  });

  // A range in days (docs/domain.md §3a): 5–30 days, the month columns 1/1 are not read.
  const DAYS = { durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: 5, durationMaxDays: 30, earliestStart: "2023-03-01", latestEnd: "2023-12-31" };
  it.each([
    ["exactly the shortest: 5 days", "2023-03-01", "2023-03-05", []],
    ["4 days", "2023-03-01", "2023-03-04", ["offer/shorter-than-offer-days"]],
    ["exactly the longest: 30 days", "2023-03-01", "2023-03-30", []],
    ["31 days", "2023-03-01", "2023-03-31", ["offer/longer-than-offer-days"]],
    ["a month of 28 days is 28 days", "2023-02-01", "2023-02-28", ["offer/outside-window"]],
  ] as const)("days: %s", (_, start, end, expected) => {
    const warnings = acceptWarnings(placementInput({ start, end }), DAYS).filter((w) => w.id === "offer");
    expect(warnings.map((w) => `${w.id}/${w.code}`)).toEqual(expected);
  });

  it("names the days of the range", () => {
    const [short] = acceptWarnings(placementInput({ start: "2023-03-01", end: "2023-03-02" }), DAYS).filter((w) => w.id === "offer");
    expect(short).toMatchObject({ code: "shorter-than-offer-days", params: { days: 5 } });
    const [long] = acceptWarnings(placementInput({ start: "2023-03-01", end: "2023-05-02" }), DAYS).filter((w) => w.id === "offer");
    expect(long).toMatchObject({ code: "longer-than-offer-days", params: { days: 30 } });
  });

  it("warns about a hard rule the dates do not touch", () => {
    const warnings = acceptWarnings(placementInput({ hostOrganisationType: "EU_INSTITUTION" }), OFFER);
    expect(warnings.map((w) => w.id)).toEqual(["host-organisation"]);
  });

  it("never warns about the advisory digital-activity check", () => {
    const warnings = acceptWarnings(placementInput({ activities: { tasks: "Join our weekly meetings." } }), OFFER);
    expect(warnings).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { throttleMessage } from "@/lib/forms/throttle-message";
import { classificationUnits } from "@/lib/validation/checks";

describe("throttleMessage", () => {
  it.each([
    ["throttled:1", { key: "throttle.tryAgainSeconds", values: { seconds: 1 } }],
    ["throttled:59", { key: "throttle.tryAgainSeconds", values: { seconds: 59 } }],
    ["throttled:60", { key: "throttle.tryAgainMinutes", values: { minutes: 1 } }],
    ["throttled:61", { key: "throttle.tryAgainMinutes", values: { minutes: 2 } }],
    ["throttled:900", { key: "throttle.tryAgainMinutes", values: { minutes: 15 } }],
    ["CredentialsSignin", null],
    ["throttled:", null],
    ["throttled:-5", null],
    [undefined, null],
  ])("%j → %j", (error, expected) => {
    expect(throttleMessage(error)).toEqual(expected);
  });
});

describe("classificationUnits", () => {
  it.each([
    [0, 1],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [9_999, 10],
    [10_000, 10],
  ])("%i characters cost %i units", (length, units) => {
    expect(classificationUnits("x".repeat(length))).toBe(units);
  });
});

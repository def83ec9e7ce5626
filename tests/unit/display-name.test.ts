import { describe, expect, it } from "vitest";
import { displayName } from "@/lib/text/display-name";

describe("displayName(locale, type, code)", () => {
  it.each([
    ["en", "region", "BE", "Belgium"],
    ["nl", "region", "BE", "België"],
    ["da", "region", "DE", "Tyskland"],
    ["en", "language", "da", "Danish"],
    ["nl", "language", "en", "Engels"],
    // Not a well-formed code: the code itself, never an exception.
    ["en", "region", "1", "1"],
    ["en", "language", "not a code", "not a code"],
  ] as const)("%s %s %s → %s", (locale, type, code, expected) => {
    expect(displayName(locale, type, code)).toBe(expected);
  });
});

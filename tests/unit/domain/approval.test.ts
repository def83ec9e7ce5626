import { describe, expect, it } from "vitest";
import { type OverrideRequest, decideApproval } from "@/lib/domain/approval";
import { type CheckId, checkPlacement } from "@/lib/domain/placement-checks";
import { type PlacementPatch, placementInput } from "./placement-fixtures";

const NO_EVIDENCE = "Help the team with daily work and join our weekly meetings with clients.";

const result = (patch: PlacementPatch = {}) => checkPlacement(placementInput(patch));

const justification = "The host confirmed in writing that the trainee builds CAD models of parts.";
const goodOverride: OverrideRequest = { categories: ["digital-design"], justification };

// One placement per hard rule, each failing only that rule (and digital-activity where noted).
const HARD_FAILURES: readonly [CheckId, PlacementPatch][] = [
  ["country", { hostCountry: "US" }],
  ["duration", { end: "2023-04-15" }],
  ["format", { format: "HE-XYZ" }],
  // docs/domain.md §3a: a VET provider does not send higher-education students.
  ["participant", { sendingOrganisationType: "VET_PROVIDER" }],
  ["recent-graduate", { participant: { category: "HE_RECENT_GRADUATE", graduationDate: "2021-06-30", selectedOn: "2021-05-01" } }],
  ["study-cycle-cap", { participant: { previousMonths: 10 } }],
  ["host-organisation", { hostOrganisationType: "EU_INSTITUTION" }],
];

describe("decideApproval", () => {
  it("approves when every check passes, without an override", () => {
    expect(decideApproval(result())).toEqual({ outcome: "approve", override: null });
  });

  it.each(HARD_FAILURES)("refuses when %s fails, and no override can change that", (id, patch) => {
    expect(decideApproval(result(patch))).toEqual({ outcome: "refuse", reason: "hard-checks-fail", failing: [id] });
    expect(decideApproval(result(patch), goodOverride)).toMatchObject({ outcome: "refuse", failing: [id] });
    // …not even when digital-activity fails too.
    const both = result({ ...patch, activities: { tasks: NO_EVIDENCE } });
    expect(decideApproval(both, goodOverride)).toMatchObject({ outcome: "refuse", failing: [id] });
  });

  it("lists every failing hard check", () => {
    const verdict = decideApproval(result({ hostCountry: "US", hostOrganisationType: "NATIONAL_AGENCY", end: "2023-03-10" }));
    expect(verdict).toEqual({ outcome: "refuse", reason: "hard-checks-fail", failing: ["duration", "country", "host-organisation"] });
  });

  it("asks for an override when only digital-activity fails", () => {
    expect(decideApproval(result({ activities: { tasks: NO_EVIDENCE } }))).toEqual({ outcome: "needs-override", problems: ["override-required"] });
  });

  it.each([
    ["no categories", { categories: [], justification }, ["categories-required"]],
    ["an excluded kind of work", { categories: ["customer-support"], justification }, ["unknown-category"]],
    ["a made-up id", { categories: ["digital-design", "typing"], justification }, ["unknown-category"]],
    ["29 characters after trimming", { categories: ["digital-design"], justification: `   ${"x".repeat(29)}   ` }, ["justification-too-short"]],
    ["an empty justification", { categories: ["digital-design"], justification: "" }, ["justification-too-short"]],
    ["a 2001-character justification", { categories: ["digital-design"], justification: "x".repeat(2001) }, ["justification-too-long"]],
    ["nothing right", { categories: [], justification: "short" }, ["categories-required", "justification-too-short"]],
  ] as const)("refuses an override with %s", (_label, override, problems) => {
    expect(decideApproval(result({ activities: { tasks: NO_EVIDENCE } }), override)).toEqual({ outcome: "needs-override", problems });
  });

  it("approves a valid override, trimmed and without duplicate categories", () => {
    const verdict = decideApproval(result({ activities: { tasks: NO_EVIDENCE } }), {
      categories: ["digital-design", "robotics-ai", "digital-design"],
      justification: `  ${"y".repeat(30)}  `,
    });
    expect(verdict).toEqual({ outcome: "approve", override: { categories: ["digital-design", "robotics-ai"], justification: "y".repeat(30) } });
  });

  it("refuses an override when the evidence is there (a stale form)", () => {
    expect(decideApproval(result(), goodOverride)).toEqual({ outcome: "refuse", reason: "override-not-needed", failing: [] });
  });
});

import { describe, expect, it } from "vitest";
import {
  type LaChange,
  type LaParty,
  type LaSignatures,
  type LaTable,
  certificateOpen,
  certificateRefusal,
  decideEdit,
  decideSignature,
  editableTables,
  effectivePeriod,
  effectiveProgramme,
  isChangeAgreed,
  isFullySigned,
  missingForSignature,
  partyOf,
  proposeChange,
  signChange,
} from "@/lib/domain/learning-agreement";

const keys = { traineeUserId: "u-trainee", institutionId: "inst-ghent", hostId: "host-kanaal" };
const viewer = (role: string, id = "u-x", institutionId: string | null = null, hostOrganisationId: string | null = null) => ({
  id,
  role,
  institutionId,
  hostOrganisationId,
});

describe("partyOf: the three parties come from the data", () => {
  it.each([
    ["the trainee", viewer("STUDENT", "u-trainee"), "trainee"],
    ["another student", viewer("STUDENT", "u-other"), null],
    ["an officer of the placement's institution", viewer("OFFICE", "u-o", "inst-ghent"), "office"],
    ["an officer of another institution", viewer("OFFICE", "u-o", "inst-madrid"), null],
    ["an officer without institution", viewer("OFFICE", "u-o"), null],
    ["a user of the offer's host", viewer("COMPANY", "u-c", null, "host-kanaal"), "host"],
    ["a user of another company", viewer("COMPANY", "u-c", null, "host-spree"), null],
    ["a company user without organisation", viewer("COMPANY", "u-c"), null],
    ["an administrator", viewer("ADMIN", "u-a", "inst-ghent", "host-kanaal"), null],
    ["the trainee's id under another role", viewer("OFFICE", "u-trainee"), null],
    ["an unknown role with the right memberships", viewer("ROOT", "u-trainee", "inst-ghent", "host-kanaal"), null],
  ] as const)("%s → %s", (_name, v, expected) => {
    expect(partyOf(v, keys)).toBe(expected);
  });
});

describe("who edits which table", () => {
  it.each([
    ["trainee", []],
    ["office", ["A", "B"]],
    ["host", ["A", "C"]],
  ] as const)("%s edits %j", (party, tables) => {
    expect(editableTables(party)).toEqual(tables);
  });
});

const sig = (signerId: string) => ({ signerId, signedAt: new Date("2027-01-10T10:00:00Z") });
const none: LaSignatures = { trainee: null, office: null, host: null };
const traineeOnly: LaSignatures = { ...none, trainee: sig("u-trainee") };
const all: LaSignatures = { trainee: sig("u-trainee"), office: sig("u-o"), host: sig("u-c") };

describe("signing a version", () => {
  it.each([
    ["current version, not yet signed", none, 3, "office", 3, { ok: true, alreadySigned: false }],
    ["signing twice is a no-op", traineeOnly, 3, "trainee", 3, { ok: true, alreadySigned: true }],
    ["an older version is refused", none, 4, "host", 3, { ok: false, reason: "stale-version" }],
    ["a version that does not exist yet is refused", none, 1, "host", 2, { ok: false, reason: "stale-version" }],
  ] as const)("%s", (_name, signatures, version, party, seen, expected) => {
    expect(decideSignature({ version, signatures }, party, seen)).toEqual(expected);
  });

  it("refuses a signature while a required part is empty (a signature already given stays a no-op)", () => {
    expect(decideSignature({ version: 1, signatures: none }, "office", 1, ["insurance"])).toEqual({ ok: false, reason: "incomplete" });
    expect(decideSignature({ version: 1, signatures: traineeOnly }, "trainee", 1, ["insurance"])).toEqual({ ok: true, alreadySigned: true });
  });

  it("lists the empty required parts in template order", () => {
    const filled = {
      learningOutcomes: "x",
      monitoringPlan: "x",
      evaluationPlan: "x",
      mentorName: "x",
      mentorEmail: "x",
      recognition: "x",
      insurance: "x",
      hostSupport: "x",
    };
    expect(missingForSignature(filled)).toEqual([]);
    expect(missingForSignature({ ...filled, hostSupport: "  ", learningOutcomes: "" })).toEqual(["learningOutcomes", "hostSupport"]);
  });

  it.each([
    [none, false],
    [traineeOnly, false],
    [{ ...all, host: null }, false],
    [all, true],
  ])("fully signed only with all three (%#)", (signatures, expected) => {
    expect(isFullySigned(signatures)).toBe(expected);
  });
});

describe("editing a table", () => {
  const current = { title: "Data trainee", hoursPerWeek: 38, recognition: "", ects: null, hostSupport: "" };
  const base = { seenVersion: 2, state: { version: 2, signatures: traineeOnly }, current, today: "2027-01-15", plannedStart: "2027-03-01" };
  it.each<[string, LaParty, LaTable, Record<string, string | number | null>, Partial<typeof base>, unknown]>([
    [
      "the host changes Table A: new version, the trainee's signature is voided",
      "host",
      "A",
      { title: "Data analytics trainee" },
      {},
      { ok: true, changedFields: ["title"], nextVersion: 3, voidsSignatures: true },
    ],
    [
      "the office changes Table B before anyone signed: new version, nothing to void",
      "office",
      "B",
      { ects: 15 },
      { state: { version: 2, signatures: none } },
      { ok: true, changedFields: ["ects"], nextVersion: 3, voidsSignatures: false },
    ],
    [
      "the same values again: no new version, no voided signature",
      "office",
      "A",
      { title: "Data trainee", hoursPerWeek: 38 },
      {},
      { ok: true, changedFields: [], nextVersion: 2, voidsSignatures: false },
    ],
    [
      "fields of another table are ignored",
      "host",
      "C",
      { title: "Sneaky", hostSupport: "Desk, laptop and a buddy" },
      {},
      { ok: true, changedFields: ["hostSupport"], nextVersion: 3, voidsSignatures: true },
    ],
    ["the trainee edits no table", "trainee", "A", { title: "x" }, {}, { ok: false, reason: "not-your-table" }],
    ["the host does not edit Table B", "host", "B", { ects: 30 }, {}, { ok: false, reason: "not-your-table" }],
    ["the office does not edit Table C", "office", "C", { hostSupport: "x" }, {}, { ok: false, reason: "not-your-table" }],
    ["an edit on an older version is refused", "office", "B", { ects: 10 }, { seenVersion: 1 }, { ok: false, reason: "stale-version" }],
    [
      "fully signed, before the start: editable, every signature voided",
      "office",
      "B",
      { ects: 10 },
      { state: { version: 2, signatures: all } },
      { ok: true, changedFields: ["ects"], nextVersion: 3, voidsSignatures: true },
    ],
    [
      "fully signed, mobility started: locked (A2 instead)",
      "office",
      "B",
      { ects: 10 },
      { state: { version: 2, signatures: all }, today: "2027-03-01" },
      { ok: false, reason: "locked" },
    ],
    [
      "not fully signed after the start: still editable",
      "host",
      "C",
      { hostSupport: "Laptop" },
      { today: "2027-04-01" },
      { ok: true, changedFields: ["hostSupport"], nextVersion: 3, voidsSignatures: true },
    ],
  ])("%s", (_name, party, table, proposed, overrides, expected) => {
    expect(decideEdit({ ...base, ...overrides, party, table, proposed })).toEqual(expected);
  });
});

const change = (number: number, signed: LaParty[], extra: Partial<LaChange> = {}): LaChange => ({
  number,
  description: "Extension agreed with the mentor",
  newEnd: null,
  programme: null,
  proposedBy: "host",
  proposedAt: "2027-04-01T09:00:00.000Z",
  signatures: Object.fromEntries(signed.map((p) => [p, { signerId: `u-${p}`, signedAt: "2027-04-01T09:00:00.000Z" }])),
  ...extra,
});

describe("A2 changes during the mobility", () => {
  const base = {
    fullySigned: true,
    plannedStart: "2027-03-01",
    plannedEnd: "2027-07-31",
    programme: "Build dashboards",
    changes: [] as LaChange[],
    today: "2027-05-10",
    party: "host" as LaParty,
    signerId: "u-host",
    now: "2027-05-10T08:00:00.000Z",
    proposal: {
      description: "The trainee stays a month longer to finish the data platform.",
      newEnd: "2027-08-31" as string | null,
      programme: null as string | null,
    },
  };
  it.each<[string, Partial<typeof base>, string | null]>([
    ["a longer stay, during the mobility, fully signed", {}, null],
    ["not before the agreement is fully signed", { fullySigned: false }, "not-fully-signed"],
    ["not before the mobility starts", { today: "2027-02-28" }, "not-started"],
    ["on the first day", { today: "2027-03-01" }, null],
    ["on the last day", { today: "2027-07-31" }, null],
    ["not after the end", { today: "2027-08-01" }, "ended"],
    [
      "after the end of an agreed extension it is still the mobility",
      {
        today: "2027-08-15",
        changes: [change(1, ["trainee", "office", "host"], { newEnd: "2027-08-31" })],
        proposal: { description: "Finish a week earlier.", newEnd: "2027-08-24", programme: null },
      },
      null,
    ],
    ["one change at a time", { changes: [change(1, ["host"])] }, "pending-change"],
    ["something must change", { proposal: { description: "Nothing really", newEnd: null, programme: null } }, "nothing-changes"],
    ["the same programme is no change", { proposal: { description: "Same", newEnd: null, programme: " Build dashboards " } }, "nothing-changes"],
    [
      "a new programme alone",
      { proposal: { description: "Also a machine-learning model", newEnd: null, programme: "Build dashboards and train a forecasting model" } },
      null,
    ],
    ["the same end date is no change", { proposal: { description: "Same end", newEnd: "2027-07-31", programme: null } }, "end-unchanged"],
    ["an end already past is refused", { proposal: { description: "Ended last week", newEnd: "2027-05-01", programme: null } }, "end-before-today"],
    [
      "an earlier end that leaves fewer than 60 days is refused",
      { today: "2027-03-20", proposal: { description: "Early", newEnd: "2027-04-28", programme: null } },
      "duration",
    ],
    ["an earlier end of exactly 60 days is fine", { today: "2027-03-20", proposal: { description: "Early", newEnd: "2027-04-29", programme: null } }, null],
    ["beyond 12 months is refused", { proposal: { description: "Long", newEnd: "2028-03-01", programme: null } }, "duration"],
  ])("%s", (_name, overrides, refusal) => {
    const decision = proposeChange({ ...base, ...overrides });
    expect(decision.ok ? null : decision.reason).toBe(refusal);
  });

  it("records the proposer's signature, numbers the change, and is agreed after three signatures", () => {
    const proposed = proposeChange(base);
    if (!proposed.ok) throw new Error(proposed.reason);
    expect(proposed.change).toMatchObject({ number: 1, newEnd: "2027-08-31", proposedBy: "host", signatures: { host: { signerId: "u-host" } } });
    let changes: readonly LaChange[] = [proposed.change];
    expect(effectivePeriod(base.plannedStart, base.plannedEnd, changes).end).toBe("2027-07-31"); // not yet agreed
    for (const party of ["trainee", "office"] as const) {
      const signed = signChange(changes, 1, party, `u-${party}`, "2027-05-11T08:00:00.000Z");
      if (!signed.ok) throw new Error(signed.reason);
      expect(signed.alreadySigned).toBe(false);
      changes = signed.changes;
    }
    expect(isChangeAgreed(changes[0]!)).toBe(true);
    expect(effectivePeriod(base.plannedStart, base.plannedEnd, changes)).toEqual({ start: "2027-03-01", end: "2027-08-31" });
    const again = signChange(changes, 1, "office", "u-office-2", "2027-05-12T08:00:00.000Z");
    expect(again).toMatchObject({ ok: true, alreadySigned: true });
    expect(again.ok && again.changes[0]!.signatures.office?.signerId).toBe("u-office");
    expect(signChange(changes, 7, "office", "u", "2027-05-12T08:00:00.000Z")).toEqual({ ok: false, reason: "unknown-change" });
  });

  it("the programme in force is the latest agreed one", () => {
    const changes = [change(1, ["trainee", "office", "host"], { programme: "Second" }), change(2, ["host"], { programme: "Third" })];
    expect(effectiveProgramme("First", changes)).toBe("Second");
    expect(effectiveProgramme("First", [])).toBe("First");
  });
});

describe("D: the traineeship certificate", () => {
  const base = {
    party: "host" as LaParty,
    fullySigned: true,
    agreedStart: "2027-03-01",
    today: "2027-08-02",
    actualStart: "2027-03-01",
    actualEnd: "2027-07-31",
  };
  it.each<[string, Partial<typeof base>, string | null]>([
    ["the host, after the end", {}, null],
    ["on the last day", { today: "2027-07-31" }, null],
    ["an early end, certified the same day", { today: "2027-05-15", actualEnd: "2027-05-15" }, null],
    ["a later start than agreed", { actualStart: "2027-03-08" }, null],
    ["only the host issues it", { party: "office" }, "not-host"],
    ["not the trainee either", { party: "trainee" }, "not-host"],
    ["only under a fully signed agreement", { fullySigned: false }, "not-fully-signed"],
    ["not before the traineeship starts", { today: "2027-02-20", actualEnd: "2027-02-20", actualStart: "2027-02-01" }, "not-started"],
    ["the certified end cannot be in the future", { today: "2027-07-30" }, "end-in-future"],
    ["the end comes after the start", { actualStart: "2027-08-01" }, "end-before-start"],
    ["no earlier start than agreed", { actualStart: "2027-02-15" }, "start-before-agreed"],
  ])("%s", (_name, overrides, expected) => {
    expect(certificateRefusal({ ...base, ...overrides })).toBe(expected);
  });

  it.each([
    ["host", true, "2027-03-01", true],
    ["host", true, "2027-02-28", false],
    ["host", false, "2027-04-01", false],
    ["office", true, "2027-04-01", false],
  ] as const)("the form is offered to %s (fully signed %s) on %s: %s", (party, fullySigned, today, expected) => {
    expect(certificateOpen(party, fullySigned, "2027-03-01", today)).toBe(expected);
  });
});

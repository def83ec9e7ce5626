import { describe, expect, it } from "vitest";
import {
  ACTION_CALL_YEARS,
  HOST_ORGANISATION_TYPES,
  KEY_ACTIONS,
  actionsOfSector,
  chooseAction,
  isCallYearOfAction,
  isEligibleHostType,
  sectorOfAction,
} from "@/lib/domain/actions";

describe("key actions and call years (docs/domain.md §2)", () => {
  it("lists the higher-education actions and, per sector, KA121 and KA122 (docs/domain.md §3a)", () => {
    expect(KEY_ACTIONS).toEqual(["KA103", "KA107", "KA131", "KA121-VET", "KA122-VET", "KA121-SCH", "KA122-SCH", "KA121-ADU", "KA122-ADU"]);
    expect(ACTION_CALL_YEARS["KA122-SCH"]).toEqual({ first: 2021, last: 2027 });
    expect(ACTION_CALL_YEARS.KA107).toEqual({ first: 2015, last: 2020 });
  });

  it.each([
    ["KA103", 2013, false],
    ["KA103", 2014, true],
    ["KA103", 2020, true],
    ["KA103", 2021, false],
    ["KA107", 2014, false],
    ["KA107", 2015, true],
    ["KA107", 2020, true],
    ["KA131", 2020, false],
    ["KA131", 2021, true],
    ["KA131", 2027, true],
    ["KA131", 2028, false],
    ["KA131", 2021.5, false],
  ] as const)("%s in call %s: %s", (action, year, expected) => {
    expect(isCallYearOfAction(action, year)).toBe(expected);
  });
});

describe("chooseAction (docs/domain.md §2)", () => {
  it.each([
    // sending, host, call year, action
    ["DE", "ES", 2018, "KA103"],
    ["DE", "GB", 2020, "KA103"], // GB a Programme Country until the 2020 call
    ["DE", "GB", 2021, null], // and neither member nor associated from 2021
    ["DE", "RS", 2018, null], // RS not yet a Programme Country
    ["DE", "RS", 2019, "KA103"],
    ["DE", "CH", 2018, "KA107"], // CH: H2020 associated, not a Programme Country
    ["DE", "CH", 2014, null], // KA107 only from call 2015
    ["DE", "CH", 2021, null],
    ["CH", "DE", 2018, null], // CH cannot send
    ["DE", "ES", 2021, "KA131"],
    ["EL", "UK", 2016, "KA103"], // aliases
    ["RS", "DE", 2021, "KA131"],
    ["DE", "DE", 2021, null], // same country
    ["DE", "DE", 2016, null],
    ["DE", "US", 2021, null],
    ["DE", "ES", 2013, null],
  ])("%s → %s in call %i: %j", (sending, host, year, expected) => {
    expect(chooseAction(sending, host, year)).toBe(expected);
  });
});

describe("chooseAction per sector (docs/domain.md §3a): KA121 first, then KA122; countries as KA131", () => {
  it.each([
    // sending, host, call year, sector, action
    ["DE", "FI", 2021, "VET", "KA121-VET"],
    ["DE", "FI", 2020, "VET", null], // KA121/KA122 begin with the 2021 call
    ["IT", "RS", 2024, "SCH", "KA121-SCH"], // an associated third country
    ["FI", "FI", 2024, "ADU", null], // abroad only
    ["DE", "CH", 2024, "VET", null], // CH is neither a Member State nor associated
    ["DE", "GB", 2024, "ADU", null],
    ["DE", "ES", 2024, "HE", "KA131"],
  ] as const)("%s → %s in call %i, %s: %j", (sending, host, year, sector, expected) => {
    expect(chooseAction(sending, host, year, sector)).toBe(expected);
  });

  it("VET may go beyond the associated countries when the organisation allows it (unconfirmed in §3a), never to its own country", () => {
    expect(chooseAction("DE", "CA", 2024, "VET", { vetOutsideAssociated: true })).toBe("KA121-VET");
    expect(chooseAction("DE", "DE", 2024, "VET", { vetOutsideAssociated: true })).toBeNull();
    expect(chooseAction("DE", "CA", 2024, "SCH", { vetOutsideAssociated: true })).toBeNull();
  });

  it.each([
    ["KA131", "HE"],
    ["KA103", "HE"],
    ["KA121-VET", "VET"],
    ["KA122-SCH", "SCH"],
    ["KA121-ADU", "ADU"],
  ] as const)("%s belongs to %s", (action, sector) => {
    expect(sectorOfAction(action)).toBe(sector);
    expect(actionsOfSector(sector)).toContain(action);
  });
});

describe("host organisation types (docs/domain.md §3)", () => {
  it.each([
    ["COMPANY", true],
    ["NGO", true],
    ["PUBLIC_BODY", true],
    ["RESEARCH", true],
    ["HEI", true],
    ["EU_INSTITUTION", false],
    ["NATIONAL_AGENCY", false],
  ] as const)("%s eligible: %s", (type, expected) => {
    expect(HOST_ORGANISATION_TYPES).toContain(type);
    expect(isEligibleHostType(type)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { type KeyAction, sectorOfAction } from "@/lib/domain/actions";
import { FORMAT_IDS, FORMATS, isFormatId } from "@/lib/domain/formats";
import { SECTOR_OF_SENDING_TYPE } from "@/lib/domain/participants";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { SENDING_ORGANISATIONS } from "@/prisma/seed/data/institutions";
import { buildSeedPlan } from "@/prisma/seed/plan";

// docs/domain.md §3a in the seed: organisations beyond HEIs, and mobilities of every format.
const REFERENCES = [new Date(Date.UTC(2026, 10, 1)), new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(2028, 1, 29))];

describe("seeded formats (docs/domain.md §3a)", () => {
  it.each(REFERENCES)("every scenario checks out as written (reference %s)", (reference) => {
    expect(buildSeedPlan(reference, "").warnings).toEqual([]);
  });

  const plan = buildSeedPlan(REFERENCES[0]!, "");

  it("has a VET provider, a school and an adult-education centre, in different countries, with OIDs and no Erasmus code", () => {
    const rows = plan.institutions.filter((i) => i.type !== "HEI");
    expect(rows.map((i) => i.type).sort()).toEqual(["ADULT_EDUCATION", "SCHOOL", "VET_PROVIDER"]);
    expect(new Set(rows.map((i) => i.country)).size).toBe(3);
    for (const i of rows) {
      expect(i.erasmusCode).toBeNull();
      expect(i.oid).toMatch(/^E\d{8}$/);
    }
  });

  it("gives each of them a demo officer and KA121/KA122 agreements of its own sector for calls 2021–2026", () => {
    for (const org of SENDING_ORGANISATIONS) {
      const officer = plan.users.find((u) => u.role === "OFFICE" && u.institutionId === org.id);
      expect(officer && DEMO_ACCOUNTS.some((a) => a.id === officer.id), org.name).toBe(true);
      const agreements = plan.agreements.filter((a) => a.institutionId === org.id);
      const sector = SECTOR_OF_SENDING_TYPE[org.type];
      expect(new Set(agreements.map((a) => a.action))).toEqual(new Set([`KA121-${sector}`, `KA122-${sector}`]));
      expect(new Set(agreements.map((a) => a.callYear))).toEqual(new Set([2021, 2022, 2023, 2024, 2025, 2026]));
      for (const a of agreements) expect(a.agreementNumber).toMatch(new RegExp(`^${a.callYear}-1-${org.country}01-${a.action}-\\d{9}$`));
      const rates = plan.grantRates.filter((r) => r.institutionId === org.id);
      expect(rates.length).toBeGreaterThan(0);
      expect(rates.every((r) => sectorOfAction(r.action as KeyAction) === sector && (r.staffDailyCents ?? 0) > 0)).toBe(true);
    }
  });

  it("has placements of every format, each under one of its format's actions, in every status and several countries", () => {
    const placements = plan.placements.filter((p) => p.id.startsWith("placement-f"));
    expect(new Set(placements.map((p) => p.format))).toEqual(new Set(FORMAT_IDS.filter((f) => f !== "HE-SMT-LONG")));
    for (const p of placements) {
      expect(isFormatId(p.format)).toBe(true);
      expect((FORMATS[p.format as (typeof FORMAT_IDS)[number]].actions as readonly string[]).includes(p.action)).toBe(true);
    }
    expect(new Set(placements.map((p) => p.status))).toEqual(new Set(["PROPOSED", "APPROVED", "REJECTED", "CANCELLED"]));
    const offers = new Map(plan.offers.map((o) => [o.id, o]));
    const apps = new Map(plan.applications.map((a) => [a.id, a]));
    const countries = new Set(placements.map((p) => offers.get(apps.get(p.applicationId)!.offerId)!.country));
    expect(countries.size).toBeGreaterThanOrEqual(8);
    // Their offers state a range in days and whom they are for.
    for (const p of placements) {
      const o = offers.get(apps.get(p.applicationId)!.offerId)!;
      expect(o.durationMinDays).toBeGreaterThan(0);
      expect([o.forStudents, o.forStaff, o.forVetLearners].filter(Boolean)).toHaveLength(1);
    }
    // Every approved one has its mobility record with the format.
    for (const p of placements.filter((x) => x.status === "APPROVED")) {
      expect(plan.mobilityRecords.find((r) => r.placementId === p.id)?.format).toBe(p.format);
    }
  });

  it("keeps the e2e scenarios a–c where the specs expect them", () => {
    const byId = new Map(plan.placements.map((p) => [p.id, p]));
    const institutionOf = (id: string) => plan.institutions.find((i) => i.id === byId.get(id)?.institutionId);
    expect(byId.get("placement-f01")).toMatchObject({ status: "PROPOSED", format: "SM-JOB-SHDW", action: "KA121-VET" });
    expect(institutionOf("placement-f01")?.type).toBe("VET_PROVIDER");
    expect(byId.get("placement-f02")).toMatchObject({ status: "PROPOSED", format: "HE-STT", action: "KA131", institutionId: "inst-b-gent01" });
    expect(byId.get("placement-f03")).toMatchObject({
      status: "PROPOSED",
      format: "HE-SMT-SHORT",
      action: "KA131",
      institutionId: "inst-b-gent01",
      virtualStart: null,
    });
    const days = (id: string) => Math.round((new Date(byId.get(id)!.endDate).getTime() - new Date(byId.get(id)!.startDate).getTime()) / 86_400_000) + 1;
    expect([days("placement-f01"), days("placement-f02"), days("placement-f03")]).toEqual([21, 92, 20]);
  });
});

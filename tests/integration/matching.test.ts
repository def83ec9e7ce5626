import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { MATCH_OFFER_SELECT, getMatchParticipant, matchOfferRow, rankOffers } from "@/lib/server/services/matching";
import { seedDatabase } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import type { MatchParticipant } from "@/lib/domain";
import { resetDatabase } from "./reset";

const referenceDate = new Date(Date.UTC(2026, 10, 1));
const demoStudent = DEMO_ACCOUNTS.find((a) => a.role === "STUDENT")!;
const demoCompany = DEMO_ACCOUNTS.find((a) => a.role === "COMPANY")!;

const publishedOffers = () =>
  prisma.offer.findMany({ where: { status: "PUBLISHED" }, select: { ...MATCH_OFFER_SELECT, host: { select: { type: true, legalName: true } } } });

describe("matching on the seeded database", () => {
  let participant: MatchParticipant;

  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(prisma, { referenceDate, log: false });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: demoStudent.email } });
    const loaded = await getMatchParticipant(user.id);
    if (!loaded) throw new Error("the demo student has no participant profile");
    participant = loaded;
  }, 180_000);

  it("loads the participant's profile, languages and institution country", async () => {
    const profile = await prisma.participantProfile.findFirstOrThrow({
      where: { user: { email: demoStudent.email } },
      include: { institution: true, languages: true },
    });
    expect(participant.institutionCountry).toBe(profile.institution.country);
    expect(participant.fieldOfEducation).toBe(profile.fieldOfEducation);
    expect(participant.languages.map((l) => l.language)).toEqual(profile.languages.map((l) => l.language).sort());
    expect(participant.skills.length).toBeGreaterThanOrEqual(3);
  });

  it("returns null for a user without a participant profile", async () => {
    const company = await prisma.user.findUniqueOrThrow({ where: { email: demoCompany.email } });
    expect(await getMatchParticipant(company.id)).toBeNull();
    expect(await getMatchParticipant("no-such-user")).toBeNull();
  });

  it("ranks the published offers deterministically: eligible first, scores descending", async () => {
    const rows = await publishedOffers();
    expect(rows.length).toBeGreaterThan(50);
    const first = rankOffers(participant, rows, referenceDate).map((r) => r.row.id);
    const shuffled = [...rows].reverse();
    const again = rankOffers(participant, shuffled, referenceDate).map((r) => r.row.id);
    expect(again).toEqual(first);

    const ranked = rankOffers(participant, rows, referenceDate);
    const eligibleFlags = ranked.map((r) => r.match.eligible);
    expect(eligibleFlags.indexOf(false)).toBeGreaterThan(0);
    expect(eligibleFlags.slice(eligibleFlags.indexOf(false))).not.toContain(true);
    for (const group of [ranked.filter((r) => r.match.eligible), ranked.filter((r) => !r.match.eligible)]) {
      const scores = group.map((r) => r.match.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    // A clear spread: the best eligible offer fits far better than the worst.
    const eligible = ranked.filter((r) => r.match.eligible);
    expect(eligible[0]!.match.score - eligible.at(-1)!.match.score).toBeGreaterThan(30);
  });

  it("marks offers in countries outside the programme ineligible, with the reason", async () => {
    const rows = await publishedOffers();
    const outside = rows.filter((r) => ["CH", "US", "UA", "GE"].includes(r.country));
    expect(outside.length).toBeGreaterThan(0);
    for (const row of outside) {
      const match = matchOfferRow(participant, row, referenceDate);
      expect(match.eligible).toBe(false);
      expect(match.reasons).toContainEqual(
        expect.objectContaining({
          id: "eligibility",
          tone: "bad",
          code: "host-not-eligible",
          params: expect.objectContaining({ host: row.country, action: "KA131", callYear: 2026 }),
        }),
      );
    }
  });

  it("marks offers of EU bodies and National Agencies, and offers in the participant's own country, ineligible", async () => {
    const rows = await publishedOffers();
    const euBodies = rows.filter((r) => r.host.type === "EU_INSTITUTION" || r.host.type === "NATIONAL_AGENCY");
    const home = rows.filter((r) => r.country === participant.institutionCountry);
    expect(euBodies.length + home.length).toBeGreaterThan(0);
    for (const row of euBodies) {
      expect(matchOfferRow(participant, row, referenceDate).reasons.map((r) => r.code)).toContain("host-type-not-eligible");
    }
    for (const row of home) {
      const match = matchOfferRow(participant, row, referenceDate);
      expect(match.eligible).toBe(false);
      expect(match.reasons.map((r) => r.code)).toContain("same-country");
    }
  });

  it("puts an offer that fits the participant's field near the top", async () => {
    const ranked = rankOffers(participant, await publishedOffers(), referenceDate);
    const top = ranked.slice(0, 5);
    expect(top.every((r) => r.match.eligible)).toBe(true);
    expect(top.some((r) => r.match.reasons.some((x) => x.id === "field" && x.tone === "good"))).toBe(true);
  });
});

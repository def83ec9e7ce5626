import { describe, expect, it } from "vitest";
import { offerWindowProblems } from "@/lib/domain/offer-window";
import { buildSeedPlan } from "@/prisma/seed/plan";

// The seed must not publish offers the portal itself refuses to publish (lib/domain/offer-window.ts),
// whatever day it is seeded on (month ends shift the periods).
const iso = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

describe("seeded offers", () => {
  it.each([new Date(Date.UTC(2026, 10, 1)), new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(2028, 1, 29))])(
    "have periods that can be filled (reference %s)",
    (reference) => {
      const offers = buildSeedPlan(reference, "").offers.filter((o) => o.status === "PUBLISHED");
      expect(offers.length).toBeGreaterThan(0);
      const refused = offers
        .map((o) => ({
          id: o.id,
          problems: offerWindowProblems({
            earliestStart: iso(o.earliestStart),
            latestEnd: iso(o.latestEnd),
            applicationDeadline: iso(o.applicationDeadline),
            durationMinMonths: o.durationMinMonths,
          }),
        }))
        .filter((o) => o.problems.length > 0);
      expect(refused).toEqual([]);
    },
  );
});

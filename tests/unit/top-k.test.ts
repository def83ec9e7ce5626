import { describe, expect, it } from "vitest";
import { topK } from "@/lib/domain/top-k";
import { rngFor } from "@/prisma/seed/prng";

// The bounded heap against the obvious oracle (sort everything, take the first k) on random data
// with many ties (the comparator breaks them by position, as the search breaks them by offer id).
describe("topK", () => {
  const rng = rngFor("top-k");
  const cases = Array.from({ length: 300 }, () => {
    const n = rng.int(0, 400);
    const values = Array.from({ length: n }, () => rng.int(0, rng.chance(0.5) ? 5 : 1000));
    return { values, k: rng.int(0, n + 5) };
  });

  it.each(cases.map((c, i) => [i, c] as const))("case %i equals sort + slice", (_, { values, k }) => {
    const items = values.map((value, position) => ({ value, position }));
    const compare = (a: (typeof items)[number], b: (typeof items)[number]) => a.value - b.value || a.position - b.position;
    expect(topK(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
  });

  it("takes any iterable and keeps nothing for k <= 0", () => {
    expect(topK(new Set([3, 1, 2]), 2, (a, b) => a - b)).toEqual([1, 2]);
    expect(topK([1, 2], 0, (a, b) => a - b)).toEqual([]);
  });
});

// A valid KA131 placement (BE → NL, five months, software tasks) for tests of what builds on the
// placement checks; each test patches the one thing it is about.
import type { PlacementCheckInput } from "@/lib/domain/placement-checks";

export const VALID_PLACEMENT: PlacementCheckInput = {
  action: "KA131",
  callYear: 2022,
  // A long-term traineeship, as the office's record says; tests/unit/domain/formats.test.ts covers the others.
  format: "HE-SMT-LONG",
  participant: { category: "HE_STUDENT", previousMonths: 0 },
  sendingCountry: "BE",
  hostCountry: "NL",
  hostOrganisationType: "COMPANY",
  start: "2023-03-01",
  end: "2023-07-31",
  activities: { categories: ["software-development"], tasks: "Develop new features for our React web application." },
};

export type PlacementPatch = Partial<Omit<PlacementCheckInput, "participant" | "activities">> & {
  participant?: Partial<PlacementCheckInput["participant"]>;
  activities?: Partial<PlacementCheckInput["activities"]>;
};

export function placementInput(patch: PlacementPatch = {}): PlacementCheckInput {
  return {
    ...VALID_PLACEMENT,
    ...patch,
    participant: { ...VALID_PLACEMENT.participant, ...patch.participant },
    activities: { ...VALID_PLACEMENT.activities, ...patch.activities },
  };
}

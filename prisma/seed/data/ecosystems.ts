// The 14 industrial ecosystems of the EU industrial strategy (domain.md §6), as stable kebab-case
// ids stored in HostOrganisation.ecosystem.
export const ECOSYSTEM_IDS = [
  "aerospace-defence",
  "agri-food",
  "construction",
  "cultural-creative",
  "digital",
  "electronics",
  "energy-intensive",
  "energy-renewables",
  "health",
  "mobility-transport-automotive",
  "proximity-social-economy",
  "retail",
  "textiles",
  "tourism",
] as const;

export type EcosystemId = (typeof ECOSYSTEM_IDS)[number];

// Classifications a host organisation is described with (docs/domain.md §6).

/** NACE Rev. 2 sections A–U. */
export const NACE_SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U"] as const;
export type NaceSection = (typeof NACE_SECTIONS)[number];

/** The 14 industrial ecosystems of the EU industrial strategy, as stable kebab-case ids. */
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

/** docs/domain.md §5: PIC = 9 digits; OID = "E" + 8 digits. */
export const PIC_PATTERN = /^\d{9}$/;
export const OID_PATTERN = /^E\d{8}$/;

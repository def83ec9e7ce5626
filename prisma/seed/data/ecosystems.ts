// The 14 industrial ecosystems of the EU industrial strategy (docs/domain.md §6), as stable kebab-case
// ids stored in HostOrganisation.ecosystem.
import { ECOSYSTEM_IDS, type EcosystemId } from "@/lib/domain/classifications";

export { ECOSYSTEM_IDS, type EcosystemId };

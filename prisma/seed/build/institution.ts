import type { Prisma } from "@/generated/prisma/client";
import type { SendingOrganisationType } from "@/generated/prisma/enums";
import { digitsFrom, uniqueTag } from "./unique";

export type InstitutionInput = Partial<Prisma.InstitutionCreateManyInput>;

// docs/domain.md §3a: organisations other than HEIs have no Erasmus code (the OID identifies them).
const NON_HEI_NAME: Readonly<Record<Exclude<SendingOrganisationType, "HEI">, string>> = {
  VET_PROVIDER: "Centrum voor Beroepsonderwijs Teststad",
  SCHOOL: "Atheneum Teststad",
  ADULT_EDUCATION: "Centrum voor Volwassenenonderwijs Teststad",
};

/**
 * A Belgian HEI by default (factory placements then go to a Dutch host: KA131-eligible); with
 * `type` another kind of sending organisation, without an Erasmus code.
 */
export function institutionData(overrides: InstitutionInput = {}): Prisma.InstitutionCreateManyInput {
  const tag = uniqueTag();
  const type = overrides.type ?? "HEI";
  return {
    name: type === "HEI" ? `Hogeschool Teststad ${tag}` : `${NON_HEI_NAME[type]} ${tag}`,
    type,
    erasmusCode: type === "HEI" ? `B TEST${tag.toUpperCase()}` : null,
    country: "BE",
    city: "Gent",
    pic: digitsFrom(tag, 9),
    oid: `E${digitsFrom(`${tag}-oid`, 8)}`,
    website: `https://www.hogeschool-${tag}.example`,
    ...overrides,
  };
}

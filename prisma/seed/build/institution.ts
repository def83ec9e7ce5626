import type { Prisma } from "@/generated/prisma/client";
import { digitsFrom, uniqueTag } from "./unique";

export type InstitutionInput = Partial<Prisma.InstitutionCreateManyInput>;

/** A Belgian HEI by default (factory placements then go to a Dutch host: KA131-eligible). */
export function institutionData(overrides: InstitutionInput = {}): Prisma.InstitutionCreateManyInput {
  const tag = uniqueTag();
  return {
    name: `Hogeschool Teststad ${tag}`,
    erasmusCode: `B TEST${tag.toUpperCase()}`,
    country: "BE",
    city: "Gent",
    pic: digitsFrom(tag, 9),
    oid: `E${digitsFrom(`${tag}-oid`, 8)}`,
    website: `https://www.hogeschool-${tag}.example`,
    ...overrides,
  };
}

import type { Prisma } from "@/generated/prisma/client";
import { digitsFrom, uniqueTag } from "./unique";

export type HostInput = Partial<Prisma.HostOrganisationCreateManyInput>;

/** A verified Dutch software SME by default: an eligible KA131 host for a Belgian institution. */
export function hostData(overrides: HostInput = {}): Prisma.HostOrganisationCreateManyInput {
  const tag = uniqueTag();
  return {
    legalName: `Testbedrijf Software ${tag} B.V.`,
    type: "COMPANY",
    country: "NL",
    city: "Utrecht",
    address: "Oudegracht 100, 3511 AX Utrecht",
    website: `https://www.testbedrijf-${tag}.example`,
    description: "Software studio building web applications for logistics and public-sector clients.",
    belowTwoFifty: true,
    naceSection: "J",
    ecosystem: "digital",
    pic: digitsFrom(tag, 9),
    oid: `E${digitsFrom(`${tag}-oid`, 8)}`,
    vat: `NL${digitsFrom(tag, 9)}B01`,
    verified: true,
    ...overrides,
  };
}

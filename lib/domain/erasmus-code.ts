// docs/domain.md §5: an HEI's Erasmus code, e.g. "B GENT01", "SF HELSINK01", "IRL DUBLIN01": a country
// prefix of 1–3 letters (the EU's own, not ISO: B, D, SF, IRL), a space, a city code and a number.
// Official lists pad the prefix with extra spaces ("B  GENT01"); the portal stores one space.
// The number has two digits, or three where the city has many institutions ("F PARIS001").

const SHAPE = /^[A-Z]{1,3} [A-Z][A-Z-]{1,7}\d{2,3}$/;

/** Upper-cases, trims and collapses the spaces; null when the result is not an Erasmus code. */
export function normalizeErasmusCode(input: string | null | undefined): string | null {
  if (typeof input !== "string") return null;
  const code = input.trim().toUpperCase().replace(/\s+/g, " ");
  return SHAPE.test(code) ? code : null;
}

/**
 * How a sending organisation is named by code: an HEI by its Erasmus code, any other organisation
 * (docs/domain.md §3a: a VET provider, school, adult-education organisation) by its OID.
 */
export function sendingCodeOf(organisation: { readonly erasmusCode: string | null; readonly oid?: string | null }): string {
  return organisation.erasmusCode ?? organisation.oid ?? "";
}

// A host's address as one line. Organisations type their street address with its postcode and
// city ("Oudegracht 100, 3511 AX Utrecht") and give the city again in its own field; the city is
// added only when the address does not already name it.

/** "street, postcode city" + city when missing; case and accents of the city are compared loosely. */
export function postalAddressLine(address: string | null | undefined, city: string): string {
  const street = (address ?? "").trim();
  const town = city.trim();
  if (!street) return town;
  if (!town) return street;
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
  const escaped = fold(town).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // The city as a whole word of the address ("Utrecht" in "3511 AX Utrecht", not in "Utrechtseweg 5").
  const named = new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "u").test(fold(street));
  return named ? street : `${street}, ${town}`;
}

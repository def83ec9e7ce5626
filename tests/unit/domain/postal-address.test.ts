import { describe, expect, it } from "vitest";
import { postalAddressLine } from "@/lib/domain/postal-address";

describe("postalAddressLine", () => {
  it.each([
    ["Oudegracht 100, 3511 AX Utrecht", "Utrecht", "Oudegracht 100, 3511 AX Utrecht"],
    ["Rue Léon Frédéricq 12, 4020 LIEGE", "Liège", "Rue Léon Frédéricq 12, 4020 LIEGE"],
    ["Strandvejen 12", "Hellerup", "Strandvejen 12, Hellerup"],
    ["Utrechtseweg 5", "Utrecht", "Utrechtseweg 5, Utrecht"],
    ["", "Aarhus", "Aarhus"],
    [null, "Aarhus", "Aarhus"],
    ["Main St. 1, St. Gallen", "St. Gallen", "Main St. 1, St. Gallen"],
  ])("%j in %j → %j", (address, city, line) => {
    expect(postalAddressLine(address, city)).toBe(line);
  });
});

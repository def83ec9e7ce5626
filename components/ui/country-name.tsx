import { getLocale } from "next-intl/server";
import { displayName } from "@/lib/text/display-name";

/** The country's name in the locale, or the code itself when the runtime does not know it. */
export function countryDisplayName(code: string, locale: string): string {
  return displayName(locale, "region", code);
}

export async function CountryName({ code }: { code: string }) {
  return <>{countryDisplayName(code, await getLocale())}</>;
}

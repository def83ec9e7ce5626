import { getLocale } from "next-intl/server";

// Intl.DisplayNames gives country names in every locale without a package (../shared/toolchain.md).
/** The country's name in the locale, or the code itself when the runtime does not know it. */
export function countryDisplayName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export async function CountryName({ code }: { code: string }) {
  return <>{countryDisplayName(code, await getLocale())}</>;
}

import { getLocale } from "next-intl/server";
import { countryDisplayName } from "@/lib/text/display-name";

export async function CountryName({ code }: { code: string }) {
  return <>{countryDisplayName(code, await getLocale())}</>;
}

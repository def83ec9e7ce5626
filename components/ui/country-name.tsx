import { getLocale } from "next-intl/server";

// Intl.DisplayNames gives country names in every locale without a package (../shared/toolchain.md).
export async function CountryName({ code }: { code: string }) {
  const locale = await getLocale();
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: "region" }).of(code);
  } catch {
    name = undefined;
  }
  return <>{name ?? code}</>;
}

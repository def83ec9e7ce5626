// Country and language names in any locale from Intl.DisplayNames, with no package
// (built into Node and browsers). Pure: used by server and client components, mails and the API.

/** The name of an ISO region or language code in the locale, or the code itself when unknown. */
export function displayName(locale: string, type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code; // not a well-formed code at all
  }
}

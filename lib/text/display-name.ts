// Country and language names in any locale from Intl.DisplayNames, with no package
// (built into Node and browsers). Pure: used by server and client components, mails and the API.

// Making an Intl.DisplayNames costs about 20 µs, naming with one under 1 µs: a page that names
// hundreds of countries keeps one per locale and type.
const namers = new Map<string, Intl.DisplayNames>();

function namer(locale: string, type: "region" | "language"): Intl.DisplayNames {
  const key = `${locale}|${type}`;
  let names = namers.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type });
    // Bounded, whatever locale strings a caller passes.
    if (namers.size < 64) namers.set(key, names);
  }
  return names;
}

/** The name of an ISO region or language code in the locale, or the code itself when unknown. */
export function displayName(locale: string, type: "region" | "language", code: string): string {
  try {
    return namer(locale, type).of(code) ?? code;
  } catch {
    return code; // not a well-formed code or locale at all
  }
}

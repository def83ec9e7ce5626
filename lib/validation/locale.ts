import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/locales";

// Only a path of this portal: never another host ("//evil", "/\\evil") or a scheme.
const OWN_PATH = /^\/(?![/\\])[^\s\\]*$/;

// A repeated field counts by its first value, as FormData.get reads it.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The language switch: a known locale, and the page to show in it (anything else: the home page). */
export const localeChoiceSchema = z.object({
  locale: z.preprocess(
    first,
    z.custom<Locale>((value) => isLocale(value)),
  ),
  path: z.preprocess((value) => {
    const path = first(value);
    return typeof path === "string" && OWN_PATH.test(path) ? path : "/";
  }, z.string()),
});

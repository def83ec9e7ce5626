// next-intl/server outside Next (vitest has no react-server condition, where the real entry
// refuses to load): English messages through use-intl's core translator, as a request with the
// default locale would get them (the action pipeline translates form-state keys with it).
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";

export async function getLocale() {
  return "en";
}

// Both call forms: getTranslations("ns") and getTranslations({ locale, namespace }); always English.
export async function getTranslations(options?: string | { namespace?: string }) {
  const namespace = typeof options === "string" ? options : options?.namespace;
  return createTranslator({ locale: "en", messages: en, namespace: namespace as never, timeZone: "UTC" });
}

import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { displayName } from "@/lib/text/display-name";
import { type CheckLike, checkMessageKey, checkMessageValues } from "./placement-check-values";

export type { CheckLike } from "./placement-check-values";

/**
 * Translates placement checks (lib/domain/placement-checks: stable id + code + params) with the
 * `placementChecks` messages. A code the messages do not know falls back to the engine's English
 * (docs/decisions/0017).
 */
export async function checkTranslator() {
  const locale = await getLocale();
  const t = await getTranslations("placementChecks");
  const enums = await getTranslations("enums");
  const activities = await getTranslations("activities");
  const labels = {
    country: (code: string) => displayName(locale, "region", code),
    enums: (key: string) => enums(key as never),
    activity: (key: string) => activities(key as never),
  };
  return {
    title: (id: string) => (t.has(`${id}.title` as never) ? t(`${id}.title` as never) : id),
    message(check: CheckLike): string {
      const key = checkMessageKey(check);
      if (!t.has(key as never)) return check.message;
      try {
        return t(key as never, checkMessageValues(check, labels) as never);
      } catch {
        return check.message;
      }
    },
  };
}

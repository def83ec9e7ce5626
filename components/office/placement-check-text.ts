import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { isDotActivityId, isHostOrganisationType, isParticipantCategory, parseIsoDate } from "@/lib/domain";

type Params = Readonly<Record<string, string | number>>;
export type CheckLike = { readonly id: string; readonly code: string; readonly params: Params; readonly message: string };

const DATE_PARAMS = new Set(["start", "end", "latestEnd", "graduationDate", "selectedOn"]);
const COUNTRY_PARAMS = new Set(["sending", "host", "country"]);
// Years read as years ("2026"), never as grouped numbers ("2,026").
const YEAR_PARAMS = new Set(["callYear", "first", "last"]);

/**
 * Translates placement checks (lib/domain/placement-checks: stable id + code + params) with the
 * `placementChecks` messages, turning params into what a reader expects: dates as dates, country
 * codes as names, category and host-type ids as their labels. Codes the messages do not know fall
 * back to the engine's English message.
 */
export async function checkTranslator() {
  const locale = await getLocale();
  const t = await getTranslations("placementChecks");
  const te = await getTranslations("enums");
  const ta = await getTranslations("activities");
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const country = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code; // not a region code at all (the check says so)
    }
  };
  const values = (check: CheckLike) => {
    const out: Record<string, string | number | Date> = {};
    for (const [key, value] of Object.entries(check.params)) {
      const iso = typeof value === "string" && DATE_PARAMS.has(key) ? parseIsoDate(value) : null;
      if (iso && !check.code.startsWith("invalid")) out[key] = new Date(Date.UTC(iso.y, iso.m - 1, iso.d));
      else if (typeof value === "string" && COUNTRY_PARAMS.has(key)) out[key] = country(value);
      else if (YEAR_PARAMS.has(key)) out[key] = String(value);
      else if (key === "category" && isParticipantCategory(value)) out[key] = te(`participantCategory.${value}`);
      else if (key === "type" && isHostOrganisationType(value)) out[key] = te(`hostType.${value}`);
      else if (key === "found" && typeof value === "string") {
        out[key] = value.split(",").filter(isDotActivityId).map((id) => ta(`${id}.label`)).join(", ");
      } else out[key] = value;
    }
    return out;
  };
  return {
    title: (id: string) => (t.has(`${id}.title`) ? t(`${id}.title`) : id),
    message(check: CheckLike): string {
      const key = `${check.id}.${check.code}`;
      if (!t.has(key)) return check.message;
      try {
        return t(key, values(check) as never);
      } catch {
        return check.message;
      }
    },
  };
}

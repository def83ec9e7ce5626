// Turns a placement check's raw params (ISO dates, country codes, category / host-type / activity
// ids, years) into what its message `placementChecks.<id>.<code>` shows, in the reader's locale.
// Kept apart from the component so a unit test can format every check text in every locale.
import { isDotActivityId } from "@/lib/domain/activities";
import { isHostOrganisationType } from "@/lib/domain/actions";
import { parseIsoDate } from "@/lib/domain/dates";
import { isFormatId } from "@/lib/domain/formats";
import { isParticipantCategory } from "@/lib/domain/participants";

export type CheckLike = {
  readonly id: string;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
};

export interface CheckLabels {
  /** Names a country code in the reader's language (server: displayName; never every locale's names in a client bundle). */
  readonly country: (code: string) => string;
  /** Translates a key of the `enums` namespace. */
  readonly enums: (key: string) => string;
  /** Translates a key of the `activities` namespace. */
  readonly activity: (key: string) => string;
}

const DATE_PARAMS = new Set(["start", "end", "latestEnd", "earliestStart", "graduationDate", "selectedOn"]);
const COUNTRY_PARAMS = new Set(["sending", "host", "country"]);
// Years read as years ("2026"), never as grouped numbers ("2,026").
const YEAR_PARAMS = new Set(["callYear", "first", "last"]);

export function checkMessageKey(check: Pick<CheckLike, "id" | "code">): string {
  return `${check.id}.${check.code}`;
}

export function checkMessageValues(check: CheckLike, labels: CheckLabels): Record<string, string | number | Date> {
  const out: Record<string, string | number | Date> = {};
  for (const [key, value] of Object.entries(check.params)) {
    // "invalid-…" codes quote the raw text the user gave, so it stays a string.
    const iso = typeof value === "string" && DATE_PARAMS.has(key) && !check.code.startsWith("invalid") ? parseIsoDate(value) : null;
    if (iso) out[key] = new Date(Date.UTC(iso.y, iso.m - 1, iso.d));
    else if (typeof value === "string" && COUNTRY_PARAMS.has(key)) out[key] = labels.country(value);
    else if (YEAR_PARAMS.has(key)) out[key] = String(value);
    else if (key === "category" && isParticipantCategory(value)) out[key] = labels.enums(`participantCategory.${value}`);
    else if (key === "type" && isHostOrganisationType(value)) out[key] = labels.enums(`hostType.${value}`);
    else if (key === "format" && isFormatId(value)) out[key] = labels.enums(`format.${value}`);
    else if (key === "found" && typeof value === "string") {
      out[key] = value
        .split(",")
        .filter(isDotActivityId)
        .map((id) => labels.activity(`${id}.label`))
        .join(", ");
    } else out[key] = value;
  }
  return out;
}

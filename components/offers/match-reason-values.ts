// Turns a MatchReason's raw params (ISO dates, country/language codes, ISCED codes, activity ids)
// into the words its message `match.reasons.<id>.<code>` shows, in the reader's locale. Kept apart
// from the component so a unit test can format every reason text in every locale.
import { isDotActivityId } from "@/lib/domain/activities";
import { isIscedDetailedCode, iscedFieldKey } from "@/lib/domain/isced";
import type { MatchReason } from "@/lib/domain/matching/score";
import { isParticipantCategory } from "@/lib/domain/participants";
import { displayName } from "@/lib/text/display-name";

export interface ReasonLabels {
  readonly locale: string;
  /** A calendar date at 00:00 UTC, formatted for the reader. */
  readonly date: (date: Date) => string;
  /** Translates a key of the `isced` namespace. */
  readonly isced: (key: string) => string;
  /** Translates a key of the `activities` namespace. */
  readonly activity: (key: string) => string;
  /** Translates a key of the `enums` namespace. */
  readonly enums: (key: string) => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_PARAMS = new Set(["sending", "host"]);

export function reasonMessageKey(reason: MatchReason): string {
  return `reasons.${reason.id}.${reason.code}`;
}

export function reasonMessageValues(reason: MatchReason, labels: ReasonLabels): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(reason.params)) {
    if (typeof value === "number") values[key] = value;
    else if (ISO_DATE.test(value)) values[key] = labels.date(new Date(`${value}T00:00:00Z`));
    else if (COUNTRY_PARAMS.has(key)) values[key] = displayName(labels.locale, "region", value);
    else if (key === "language") values[key] = displayName(labels.locale, "language", value);
    else if (key === "field" && isIscedDetailedCode(value)) values[key] = labels.isced(iscedFieldKey(value));
    else if (key === "category" && isParticipantCategory(value)) values[key] = labels.enums(`participantCategory.${value}`);
    else values[key] = value; // CEFR levels, actions, host types (ICU select) stay as they are
  }
  const list = new Intl.ListFormat(labels.locale, { style: "long", type: "conjunction" });
  for (const [key, items] of Object.entries(reason.lists ?? {})) {
    const words = items.map((item) => (isDotActivityId(item) ? labels.activity(`${item}.label`) : item));
    values[key] = list.format(words);
  }
  return values;
}

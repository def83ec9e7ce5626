import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isDotActivityId } from "@/lib/domain/activities";
import { isIscedDetailedCode, iscedFieldKey } from "@/lib/domain/isced";
import type { StatisticsBreakdown } from "@/lib/domain/statistics";
import { countryDisplayName } from "@/lib/text/display-name";

/**
 * Readable labels for statistics keys in the reader's language: country names (Intl), DOT
 * category labels (`activities`), ISCED-F field labels (`isced`), months as "Mar 2025".
 * Shared by the charts, their tables and the tables' CSV downloads.
 */
export async function statisticsLabeller(): Promise<(breakdown: StatisticsBreakdown, key: string) => string> {
  const [locale, activities, isced, format] = await Promise.all([getLocale(), getTranslations("activities"), getTranslations("isced"), getFormatter()]);
  return (breakdown, key) => {
    switch (breakdown) {
      case "byHostCountry":
      case "bySendingCountry":
        return countryDisplayName(key, locale);
      case "byCategory":
        return isDotActivityId(key) ? activities(`${key}.label`) : key;
      case "byField":
        return isIscedDetailedCode(key) ? `${key} ${isced(iscedFieldKey(key))}` : key;
      case "byMonth":
        return format.dateTime(new Date(`${key}-01T00:00:00Z`), { year: "numeric", month: "short", timeZone: "UTC" });
    }
  };
}

import type { useTranslations } from "next-intl";
import { parseOfferSearch, REMOTE_VALUES, type OfferSearchParams } from "@/lib/validation/offer-search";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/validation/saved";
import { displayName } from "@/lib/text/display-name";

// A readable one-line description of a search ("“python” · Netherlands · Remote"), used as the
// default name of a saved search. Pure: works with the server's and the client's translator.
type Translate = ReturnType<typeof useTranslations<never>>;

export function offerSearchSummary(params: OfferSearchParams, t: Translate, locale: string): string {
  const parts: string[] = [];
  if (params.q) parts.push(t("saved.summary.q", { q: params.q }));
  if (params.country) parts.push(displayName(locale, "region", params.country));
  if (params.category) parts.push(t(`activities.${params.category}.label`));
  if (params.language) parts.push(displayName(locale, "language", params.language));
  if (params.for) parts.push(t(`offerTerms.audience.${params.for}`));
  if (params.remote) parts.push(t(`enums.workMode.${REMOTE_VALUES[params.remote]}`));
  if (params.duration) parts.push(t("saved.summary.duration", { range: params.duration.replace("-", "–") }));
  if (params.start) parts.push(t("saved.summary.start", { month: params.start }));
  if (params.paid) parts.push(t(params.paid === "yes" ? "saved.summary.paid" : "saved.summary.unpaid"));
  const summary = parts.join(" · ") || t("saved.summaryAll");
  return summary.length > SAVED_SEARCH_NAME_MAX ? `${summary.slice(0, SAVED_SEARCH_NAME_MAX - 1)}…` : summary;
}

/** The same from a query string; a query the search would refuse gets the "all offers" text. */
export function querySummary(query: string, t: Translate, locale: string): string {
  const parsed = parseOfferSearch(new URLSearchParams(query));
  return parsed.success ? offerSearchSummary(parsed.data, t, locale) : t("saved.summaryAll");
}

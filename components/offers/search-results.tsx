import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { OfferSearchResult } from "@/lib/server/services/offer-search/service";
import { defaultSort, isDefaultSort, OFFER_SORTS, searchTerms, type OfferSearchParams } from "@/lib/validation/offer-search";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SEARCH_FORM_ID } from "./search-form";
import { SearchPagination } from "./search-pagination";
import { SearchResultCard } from "./search-result-card";

/** The count, the sort (a control of the search form, placed here), the cards and the pages. */
export async function SearchResults({
  params,
  result,
  canMatch,
  actions,
}: {
  params: OfferSearchParams;
  result: OfferSearchResult;
  canMatch: boolean;
  actions?: ReactNode;
}) {
  const t = await getTranslations("search");
  const hasWords = searchTerms(params.q).length > 0;
  // The first option is "no sort chosen" (sent empty, so typing words later gives relevance);
  // it names the sort it stands for. The other options are the sorts a user can choose.
  const fallback = defaultSort(params.q);
  const sorts = OFFER_SORTS.filter((s) => s !== "relevance" && s !== fallback && (s !== "match" || canMatch));
  const chosen = isDefaultSort(params) ? "" : (params.sort ?? "");
  // Sorted by match, only the ranked candidates can be paged through (see MATCH_CANDIDATES).
  const pageable = result.ranked ?? result.total;
  return (
    <section aria-labelledby="search-count" className="min-w-0">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <h2 id="search-count" className="text-xl font-semibold text-slate-900">
          {t("count", { count: result.total })}
        </h2>
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor="search-sort" className="block text-sm font-medium text-slate-800">
              {t("sort")}
            </label>
            <select
              id="search-sort"
              name="sort"
              form={SEARCH_FORM_ID}
              defaultValue={chosen}
              className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm"
            >
              <option value="">{t("sortDefault", { sort: t(`sorts.${fallback}`) })}</option>
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" form={SEARCH_FORM_ID} className={buttonClass("secondary")}>
            {t("sortApply")}
          </button>
        </div>
      </div>
      {actions}
      {result.ranked !== undefined && result.total > result.ranked && (
        <p className="mb-4 rounded-md bg-brand-50 p-3 text-sm text-brand-900">{t(hasWords ? "matchCapped" : "matchCappedNewest", { count: result.ranked })}</p>
      )}
      {result.items.length > 0 ? (
        <ol className="space-y-4">
          {result.items.map((item) => (
            <li key={item.id}>
              <SearchResultCard item={item} />
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title={t("empty.title")}>
          <p>{t("empty.body")}</p>
          <Link href="/offers" className={`${buttonClass("secondary")} mt-3`}>
            {t("clear")}
          </Link>
        </EmptyState>
      )}
      <SearchPagination params={params} total={pageable} pageSize={result.pageSize} />
    </section>
  );
}

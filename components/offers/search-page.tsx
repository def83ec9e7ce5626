import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { OfferSearchResult } from "@/lib/server/services/offer-search/service";
import { offerSearchToQueryString, type OfferSearchIssue, type OfferSearchParams } from "@/lib/validation/offer-search";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "./search-form";
import { SearchInvalid } from "./search-invalid";
import { SearchResults } from "./search-results";

/** /offers: the search form beside the results. */
export async function SearchPage(props: {
  params: OfferSearchParams;
  issues: OfferSearchIssue[];
  result: OfferSearchResult;
  canMatch: boolean;
  profileHint: boolean;
  actions?: ReactNode;
}) {
  const t = await getTranslations("search");
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      {props.issues.length > 0 && <SearchInvalid issues={props.issues} />}
      {props.profileHint && (
        <p className="mb-6 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
          {t("profileHint")}{" "}
          <Link href="/student/profile" className="font-medium underline">
            {t("profileLink")}
          </Link>
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        {/* Remounted per search: the selects' defaultValue must follow client-side navigation. */}
        <SearchForm key={offerSearchToQueryString(props.params)} params={props.params} facets={props.result.facets} />
        <SearchResults params={props.params} result={props.result} canMatch={props.canMatch} actions={props.actions} />
      </div>
    </div>
  );
}

import { Pagination } from "@/components/ui/pagination";
import { MAX_PAGE, offerSearchToQueryString, type OfferSearchParams } from "@/lib/validation/offer-search";

/** Previous / numbered / next links; every link is a shareable URL of the same search. */
export async function SearchPagination({ params, total, pageSize }: { params: OfferSearchParams; total: number; pageSize: number }) {
  const pages = Math.min(MAX_PAGE, Math.ceil(total / pageSize));
  const href = (page: number) => {
    const qs = offerSearchToQueryString({ ...params, page });
    return qs ? `/offers?${qs}` : "/offers";
  };
  return <Pagination page={params.page} pages={pages} href={href} />;
}

import type { Metadata } from "next";
import { localeRedirect } from "@/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { getCurrentUser } from "@/lib/server/auth/session";
import { can } from "@/lib/server/auth/policy";
import { getMatchParticipant } from "@/lib/server/services/matching";
import { searchOffers } from "@/lib/server/services/offer-search/service";
import { offerSearchToQueryString, PAGE_SIZE, parseOfferSearchLenient, rawQueryString } from "@/lib/validation/offer-search";
import { SaveSearch } from "@/components/offers/save-search";
import { SearchPage } from "@/components/offers/search-page";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "search" }))("title"), alternates: localeAlternates(locale, "/offers") };
}

/** Public offer search; the URL holds the whole query, so a search can be shared and bookmarked. */
export default async function OffersPage({
  params: routeParams,
  searchParams,
}: LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await pageLocale(routeParams);
  const raw = await searchParams;
  const lenient = parseOfferSearchLenient(raw);
  // The page always shows 20 per page (only the API takes pageSize).
  const params = { ...lenient.data, pageSize: PAGE_SIZE };
  const issues = lenient.issues.filter((i) => i.field !== "pageSize");
  const canonical = offerSearchToQueryString(params);
  // A submitted GET form sends every field, empty ones too: answer with the short, canonical URL.
  if (issues.length === 0 && rawQueryString(raw) !== canonical) await localeRedirect(canonical ? `/offers?${canonical}` : "/offers");
  const user = await getCurrentUser();
  const participant = user ? await getMatchParticipant(user.id) : null;
  const result = await searchOffers(params, { participant });
  const canSave = user !== null && can(user.role, "save:offer:own");
  return (
    <SearchPage
      params={params}
      issues={issues}
      result={result}
      canMatch={participant !== null}
      profileHint={user?.role === "STUDENT" && participant === null}
      actions={
        canSave && (
          <div className="mb-4">
            <SaveSearch query={canonical} />
          </div>
        )
      }
    />
  );
}

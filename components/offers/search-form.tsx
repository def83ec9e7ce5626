import { Link } from "@/i18n/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DOT_ACTIVITY_IDS } from "@/lib/domain/activities";
import { OFFER_AUDIENCES } from "@/lib/domain/offer-terms";
import type { OfferSearchFacets, FacetCount } from "@/lib/server/services/offer-search/service";
import { DURATION_BUCKETS, REMOTE_VALUES, type FacetKey, type OfferSearchParams } from "@/lib/validation/offer-search";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { displayName } from "@/lib/text/display-name";
import { localePath } from "@/i18n/path";

export const SEARCH_FORM_ID = "offer-search";

type Option = { value: string; label: string; count: number };

/** Facet counts as options; the selected value stays listed even when nothing matches it any more. */
function options(counts: FacetCount[], selected: string | null, label: (value: string) => string): Option[] {
  const list = counts.map((c) => ({ value: c.value, label: label(c.value), count: c.count }));
  if (selected && !list.some((o) => o.value === selected)) list.push({ value: selected, label: label(selected), count: 0 });
  return list;
}

/**
 * The search as a plain GET form (works without JavaScript): keywords and one select per facet,
 * each option with the number of offers it would give with the other filters kept.
 */
export async function SearchForm({ params, facets }: { params: OfferSearchParams; facets: OfferSearchFacets }) {
  const [t, te, ta, tt, format, locale] = await Promise.all([
    getTranslations("search"),
    getTranslations("enums"),
    getTranslations("activities"),
    getTranslations("offerTerms"),
    getFormatter(),
    getLocale(),
  ]);
  const collator = new Intl.Collator(locale);
  const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
  const inOrder = (order: readonly string[]) => (a: Option, b: Option) => order.indexOf(a.value) - order.indexOf(b.value);
  const month = (value: string) => {
    const [y, m] = value.split("-").map(Number) as [number, number];
    return format.dateTime(new Date(Date.UTC(y, m - 1, 1)), { month: "long", year: "numeric", timeZone: "UTC" });
  };
  const remoteKeys = Object.keys(REMOTE_VALUES) as (keyof typeof REMOTE_VALUES)[];
  const durationKeys = Object.keys(DURATION_BUCKETS) as (keyof typeof DURATION_BUCKETS)[];
  const facetSelects: { facet: FacetKey; any: string; options: Option[] }[] = [
    { facet: "country", any: t("countryAny"), options: options(facets.country, params.country, (v) => displayName(locale, "region", v)).sort(byLabel) },
    {
      facet: "category",
      any: t("categoryAny"),
      options: options(facets.category, params.category, (v) => ta(`${v}.label` as never)).sort(inOrder(DOT_ACTIVITY_IDS)),
    },
    { facet: "language", any: t("languageAny"), options: options(facets.language, params.language, (v) => displayName(locale, "language", v)).sort(byLabel) },
    // docs/domain.md §3a: who the offer is for.
    { facet: "for", any: t("forAny"), options: options(facets.for, params.for, (v) => tt(`audience.${v}` as never)).sort(inOrder(OFFER_AUDIENCES)) },
    {
      facet: "remote",
      any: t("remoteAny"),
      options: options(facets.remote, params.remote, (v) => te(`workMode.${REMOTE_VALUES[v as keyof typeof REMOTE_VALUES]}`)).sort(inOrder(remoteKeys)),
    },
    {
      facet: "duration",
      any: t("durationAny"),
      options: options(facets.duration, params.duration, (v) => {
        const [min, max] = DURATION_BUCKETS[v as keyof typeof DURATION_BUCKETS];
        return t("durationOption", { min, max });
      }).sort(inOrder(durationKeys)),
    },
    { facet: "start", any: t("startAny"), options: options(facets.start, params.start, month).sort((a, b) => a.value.localeCompare(b.value)) },
    { facet: "paid", any: t("paidAny"), options: options(facets.paid, params.paid, (v) => (v === "yes" ? t("paidYes") : t("paidNo"))) },
  ];
  const active = facetSelects.filter(({ facet }) => params[facet]).length;
  const formTarget = await localePath("/offers");
  return (
    <form
      id={SEARCH_FORM_ID}
      role="search"
      aria-label={t("formLabel")}
      action={formTarget}
      method="get"
      className="h-fit rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <TextField name="q" id="search-q" type="search" label={t("q")} hint={t("qHint")} defaultValue={params.q} maxLength={200} />
      {/* On a phone the filters fold away so the results come first; from lg up they are always open (app/globals.css). */}
      <details className="filters-disclosure mb-4">
        <summary className="cursor-pointer rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold text-slate-900">
          {t("filtersToggle", { count: active })}
        </summary>
        <fieldset className="mt-3 lg:mt-0">
          <legend className="mb-2 text-base font-semibold text-slate-900">{t("filters")}</legend>
          {facetSelects.map(({ facet, any, options: opts }) => (
            <SelectField key={facet} name={facet} id={`search-${facet}`} label={t(facet)} defaultValue={params[facet] ?? ""}>
              <option value="">{any}</option>
              {opts.map((o) => (
                <option key={o.value} value={o.value}>
                  {t("option", { label: o.label, count: o.count })}
                </option>
              ))}
            </SelectField>
          ))}
        </fieldset>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t("submit")}</Button>
        <Link href="/offers" className={buttonClass("ghost")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

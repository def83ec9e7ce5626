import { Link } from "@/i18n/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { OfferSearchItem } from "@/lib/server/services/offer-search/service";
import { Badge } from "@/components/ui/badge";
import { CountryName } from "@/components/ui/country-name";
import { MatchSummary } from "./match-summary";
import { displayName } from "@/lib/text/display-name";
import { audienceText, durationText } from "./offer-terms-text";

/** One search result: the title links to the offer page; the facts a student compares offers by. */
export async function SearchResultCard({ item }: { item: OfferSearchItem }) {
  const [t, ts, te, ta, tt, format, locale] = await Promise.all([
    getTranslations("search.card"),
    getTranslations("search"),
    getTranslations("enums"),
    getTranslations("activities"),
    getTranslations("offerTerms"),
    getFormatter(),
    getLocale(),
  ]);
  const titleId = `offer-${item.id}-title`;
  const duration = durationText(tt, item);
  const stipend = item.stipendCents
    ? t("stipend", { amount: format.number(item.stipendCents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }) })
    : t("unpaid");
  const languages = item.languages
    .map((l) => t("languageLevel", { language: displayName(locale, "language", l.language), level: te(`cefr.${l.level}`) }))
    .join(", ");
  return (
    <article aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 id={titleId} className="text-lg font-semibold">
        <Link href={`/offers/${item.id}`} className="text-brand-800 underline-offset-2 hover:underline">
          {item.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        <span className="sr-only">{t("host")}: </span>
        {item.hostName} · {item.city}, <CountryName code={item.country} />
      </p>
      {item.categories.length > 0 && (
        <ul aria-label={ts("category")} className="mt-2 flex flex-wrap gap-1.5">
          {item.categories.map((c) => (
            <li key={c}>
              <Badge tone="info">{ta(`${c}.label` as never)}</Badge>
            </li>
          ))}
        </ul>
      )}
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div className="flex gap-1.5 sm:col-span-2">
          <dt className="text-slate-600">{tt("for")}:</dt>
          <dd className="font-medium">{audienceText(tt, item, locale)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-slate-600">{ts("duration")}:</dt>
          <dd className="font-medium">{duration}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-slate-600">{ts("remote")}:</dt>
          <dd className="font-medium">{te(`workMode.${item.workMode}`)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-slate-600">{ts("paid")}:</dt>
          <dd className="font-medium">{stipend}</dd>
        </div>
        {languages && (
          <div className="flex gap-1.5">
            <dt className="text-slate-600">{t("languages")}:</dt>
            <dd className="font-medium">{languages}</dd>
          </div>
        )}
      </dl>
      <p className="mt-2 text-sm font-medium text-slate-800">
        {t("deadline", { date: format.dateTime(item.applicationDeadline, { dateStyle: "medium", timeZone: "UTC" }) })}
      </p>
      {item.match && (
        <div className="mt-3 border-t border-slate-100 pt-3" aria-label={ts("matchFor", { title: item.title })} role="group">
          <MatchSummary result={item.match} compact />
        </div>
      )}
    </article>
  );
}

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { OfferPageData } from "@/lib/server/services/offer-page";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CountryName } from "@/components/ui/country-name";
import { OfferFact } from "./offer-fact";
import { displayName } from "@/lib/text/display-name";
import { audienceText, durationText } from "./offer-terms-text";

/** The practical facts of an offer: where, when, how long, paid or not, how many places, until when. */
export async function OfferFacts({ offer, deadlinePassed }: { offer: OfferPageData; deadlinePassed: boolean }) {
  const t = await getTranslations("offer.facts");
  const te = await getTranslations("enums");
  const tt = await getTranslations("offerTerms");
  const format = await getFormatter();
  const locale = await getLocale();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const stipend = offer.stipendCents ? format.number(offer.stipendCents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }) : null;
  return (
    <Card title={t("title")}>
      <dl className="grid gap-3 text-sm">
        <OfferFact term={t("where")}>
          {offer.city}, <CountryName code={offer.country} /> · {te(`workMode.${offer.workMode}`)}
        </OfferFact>
        <OfferFact term={t("window")}>{t("windowValue", { start: date(offer.earliestStart), end: date(offer.latestEnd) })}</OfferFact>
        <OfferFact term={tt("for")}>{audienceText(tt, offer, locale)}</OfferFact>
        <OfferFact term={t("duration")}>{durationText(tt, offer)}</OfferFact>
        <OfferFact term={t("stipend")}>{stipend ? t("stipendValue", { amount: stipend }) : t("unpaid")}</OfferFact>
        <OfferFact term={t("places")}>{offer.places}</OfferFact>
        <OfferFact term={t("deadline")}>
          <span className="flex flex-wrap items-center gap-2">
            {date(offer.applicationDeadline)}
            {deadlinePassed && <Badge tone="neutral">{t("closed")}</Badge>}
          </span>
        </OfferFact>
        <OfferFact term={t("languages")}>
          {offer.languages.length === 0 ? (
            t("noLanguages")
          ) : (
            <ul>
              {offer.languages.map((l) => (
                <li key={l.language}>{t("languageLevel", { language: displayName(locale, "language", l.language), level: te(`cefr.${l.level}`) })}</li>
              ))}
            </ul>
          )}
        </OfferFact>
      </dl>
    </Card>
  );
}

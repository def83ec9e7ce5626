import { getTranslations } from "next-intl/server";
import type { OfferPageData } from "@/lib/server/services/offer-page";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CountryName } from "@/components/ui/country-name";
import { OfferFact } from "./offer-fact";

const isWebAddress = (value: string | null): value is string => !!value && /^https?:\/\//i.test(value);

/** The host as the student needs to judge it: who, where, how big, which sector (docs/domain.md §5, §6). */
export async function OfferHostCard({ host }: { host: OfferPageData["host"] }) {
  const t = await getTranslations("offer.host");
  const te = await getTranslations("enums");
  const to = await getTranslations("organisation");
  return (
    <Card title={t("title")}>
      <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
        {host.legalName}
        {host.verified && <Badge tone="success">{t("verified")}</Badge>}
      </p>
      <dl className="mt-3 grid gap-3 text-sm">
        <OfferFact term={t("type")}>{te(`hostType.${host.type}`)}</OfferFact>
        <OfferFact term={t("location")}>
          {host.city}, <CountryName code={host.country} />
        </OfferFact>
        <OfferFact term={t("size")}>{host.belowTwoFifty ? t("sizeSmall") : t("sizeLarge")}</OfferFact>
        <OfferFact term={t("sector")}>
          {host.naceSection} · {to(`naceSections.${host.naceSection}` as never)}
        </OfferFact>
        {host.ecosystem && <OfferFact term={t("ecosystem")}>{to(`ecosystems.${host.ecosystem}` as never)}</OfferFact>}
        {isWebAddress(host.website) && (
          <OfferFact term={t("website")}>
            <a href={host.website} rel="noopener noreferrer nofollow" className="break-all text-brand-800 underline">
              {host.website.replace(/^https?:\/\//i, "")}
            </a>
          </OfferFact>
        )}
      </dl>
      {host.description && <p className="mt-3 whitespace-pre-line text-sm text-slate-800">{host.description}</p>}
    </Card>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { OfferGrantEstimate as Estimate } from "@/lib/server/services/grant-estimates";
import { Card } from "@/components/ui/card";

/** "About €X for N months, of which top-ups …" for the offer's shortest and longest duration. */
export async function OfferGrantEstimate({ estimate }: { estimate: Estimate }) {
  const t = await getTranslations("offer.grant");
  const format = await getFormatter();
  const euro = (cents: number) => format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium" });
  const first = estimate.estimates.find((e) => e.grant)?.grant;
  return (
    <Card title={t("title")}>
      <div data-testid="grant-estimate">
        {!estimate.countriesFit ? (
          <p className="text-sm text-slate-800">{t("outsideProgramme")}</p>
        ) : (
          <>
            <ul className="space-y-3 text-sm">
              {estimate.estimates.map((e) => (
                <li key={e.months}>
                  {e.grant ? (
                    <>
                      <span className="block font-semibold text-slate-900">{t("about", { amount: euro(e.grant.totalCents), count: e.months })}</span>
                      <span className="block text-slate-700">
                        {t("period", { start: date(e.start), end: date(e.end), days: e.days })}{" "}
                        {e.grant.traineeshipTopUpCents + e.grant.fewerOpportunitiesTopUpCents > 0
                          ? e.grant.fewerOpportunitiesTopUpCents > 0
                            ? t("ofWhichBoth", { traineeship: euro(e.grant.traineeshipTopUpCents), fewer: euro(e.grant.fewerOpportunitiesTopUpCents) })
                            : t("ofWhichTraineeship", { traineeship: euro(e.grant.traineeshipTopUpCents) })
                          : t("noTopUps")}
                      </span>
                    </>
                  ) : (
                    <span className="block text-slate-800">{t("noRate", { count: e.months })}</span>
                  )}
                </li>
              ))}
            </ul>
            {first && (
              <p className="mt-3 text-sm text-slate-700">
                {first.basis !== "monthly"
                  ? t("basisDaily", { action: estimate.action, callYear: estimate.callYear, group: first.countryGroup ?? 1, rate: euro(first.dailyRateCents) })
                  : first.countryGroup === null
                    ? t("basisFlat", { action: estimate.action, callYear: estimate.callYear, rate: euro(first.monthlyRateCents) })
                    : t("basis", { action: estimate.action, callYear: estimate.callYear, group: first.countryGroup, rate: euro(first.monthlyRateCents) })}{" "}
                {estimate.institutionRates ? t("institutionRates") : t("defaultRates")}
              </p>
            )}
          </>
        )}
        <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm text-slate-800">{t("officeConfirms")}</p>
      </div>
    </Card>
  );
}

import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SavedOfferItem } from "@/lib/server/services/saved-offers";
import { SaveOfferButton } from "@/components/offers/save-offer-button";
import { Badge } from "@/components/ui/badge";
import { CountryName } from "@/components/ui/country-name";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function SavedOffersList({ items }: { items: SavedOfferItem[] }) {
  const t = await getTranslations("saved");
  const format = await getFormatter();
  if (items.length === 0) {
    return (
      <EmptyState title={t("offersEmpty")}>
        <p>{t("offersEmptyHint")}</p>
        <Link href="/offers" className={`${buttonClass("secondary")} mt-3`}>
          {t("findOffers")}
        </Link>
      </EmptyState>
    );
  }
  return (
    <ClientMessages namespaces={["saved"]}>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
        {items.map((item) => (
          <li key={item.offerId} className="flex flex-wrap items-start justify-between gap-4 p-4">
            <div>
              <h3 className="font-semibold">
                <Link href={`/offers/${item.offerId}`} className="text-brand-800 underline">
                  {item.title}
                </Link>{" "}
                {!item.open && <Badge>{t("closed")}</Badge>}
              </h3>
              <p className="text-sm text-slate-700">
                {item.hostName} · {item.city}, <CountryName code={item.country} />
              </p>
              <p className="text-sm text-slate-600">
                {t("deadline", { date: format.dateTime(item.applicationDeadline, { dateStyle: "long", timeZone: "UTC" }) })} ·{" "}
                {t("savedOn", { date: format.dateTime(item.savedAt, { dateStyle: "medium" }) })}
              </p>
            </div>
            <SaveOfferButton offerId={item.offerId} saved />
          </li>
        ))}
      </ul>
    </ClientMessages>
  );
}

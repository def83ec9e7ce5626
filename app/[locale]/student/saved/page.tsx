import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listSavedOffers } from "@/lib/server/services/saved-offers";
import { listSavedSearches } from "@/lib/server/services/saved-searches";
import { MAX_SAVED_SEARCHES } from "@/lib/validation/saved";
import { SavedOffersList } from "@/components/saved/saved-offers-list";
import { SavedSearchItem } from "@/components/saved/saved-search-item";
import { querySummary } from "@/components/offers/save-search-summary";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("saved"))("title") };
}

export default async function SavedPage() {
  const user = await requirePermission("save:offer:own", "/student/saved");
  const [offers, searches, t, tAll, locale] = await Promise.all([
    listSavedOffers(user),
    listSavedSearches(user),
    getTranslations("saved"),
    getTranslations(),
    getLocale(),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="saved-offers-title" className="space-y-3">
        <h2 id="saved-offers-title" className="text-xl font-semibold">
          {t("offersTitle")}
        </h2>
        <SavedOffersList items={offers} />
      </section>
      <section aria-labelledby="saved-searches-title" className="space-y-3">
        <h2 id="saved-searches-title" className="text-xl font-semibold">
          {t("searchesTitle")}
        </h2>
        {searches.length === 0 ? (
          <EmptyState title={t("searchesEmpty")}>
            <p>{t("searchesEmptyHint")}</p>
            <Link href="/offers" className={`${buttonClass("secondary")} mt-3`}>
              {t("findOffers")}
            </Link>
          </EmptyState>
        ) : (
          <>
            <ClientMessages namespaces={["saved"]}>
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
                {searches.map((s) => (
                  <SavedSearchItem
                    key={s.id}
                    search={{
                      id: s.id,
                      name: s.name,
                      query: s.query,
                      summary: querySummary(s.query, tAll, locale),
                      alertsOn: s.alertsOn,
                      lastAlertAt: s.lastAlertAt?.toISOString() ?? null,
                    }}
                  />
                ))}
              </ul>
            </ClientMessages>
            <p className="text-sm text-slate-600">{t("searchesLimit", { max: MAX_SAVED_SEARCHES })}</p>
          </>
        )}
      </section>
    </div>
  );
}

import { Link } from "@/i18n/navigation";
import { sendingCodeOf } from "@/lib/domain/erasmus-code";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { getOfficeDashboard } from "@/lib/server/services/dashboards";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Table, Td } from "@/components/ui/table";
import { PlacementOfferCell } from "./placement-offer-cell";

type Data = Awaited<ReturnType<typeof getOfficeDashboard>>;

export async function OfficeDashboard({ user, data }: { user: CurrentUser; data: Data }) {
  const t = await getTranslations("office");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  const { institution, placementCounts, proposed } = data;
  if (!institution) {
    return (
      <div>
        <PageHeader title={t("title")} lead={t("welcome", { name: user.name })} />
        <EmptyState title={t("noInstitutionTitle")}>{t("noInstitutionBody")}</EmptyState>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("institutionLead", { name: institution.name, code: sendingCodeOf(institution) })} />
      <StatGrid>
        <Stat label={t("participants")} value={data.participants} />
        {(["PROPOSED", "APPROVED", "REJECTED"] as const).map((s) => (
          <Stat key={s} label={te(`placementStatus.${s}`)} value={(placementCounts as Record<string, number>)[s] ?? 0} />
        ))}
      </StatGrid>
      <section aria-labelledby="to-review">
        <h2 id="to-review" className="mb-3 text-lg font-semibold">
          {t("toReviewTitle")}
        </h2>
        {proposed.length ? (
          <>
            <Table caption={t("toReviewTitle")} head={[t("participant"), t("offer"), t("action"), t("period")]}>
              {proposed.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link href={`/office/placements/${p.id}`} className="font-medium text-brand-800 underline">
                      {p.application.participant.user.name}
                    </Link>
                  </Td>
                  <Td>
                    <PlacementOfferCell title={p.application.offer.title} host={p.application.offer.host.legalName} country={p.application.offer.country} />
                  </Td>
                  <Td>
                    <Badge tone="info">{p.action}</Badge> <span className="text-slate-600">{p.callYear}</span>
                  </Td>
                  <Td>
                    {format.dateTime(p.startDate, { dateStyle: "medium" })} – {format.dateTime(p.endDate, { dateStyle: "medium" })}
                  </Td>
                </tr>
              ))}
            </Table>
            <p className="mt-3 text-sm">
              <Link href="/office/placements" className="font-medium text-brand-800 underline">
                {t("allPlacements")}
              </Link>
            </p>
          </>
        ) : (
          <EmptyState title={t("nothingToReviewTitle")}>{t("nothingToReviewBody")}</EmptyState>
        )}
      </section>
    </div>
  );
}

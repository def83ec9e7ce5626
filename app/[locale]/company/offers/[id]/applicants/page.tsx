import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listApplicants } from "@/lib/server/services/application/host";
import { orNotFound } from "@/lib/server/not-found";
import { APPLICATION_FILTERS } from "@/lib/validation/application-decision";
import { Badge, statusTone } from "@/components/ui/badge";
import { PlacementStep } from "@/components/placements/placement-step";
import { CountryName } from "@/components/ui/country-name";
import { EmptyState } from "@/components/ui/empty-state";
import { MatchSummary } from "@/components/offers/match-summary";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applicants"))("title") };
}

export default async function ApplicantsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string }> }) {
  const { id } = await params;
  const { status: rawStatus } = await searchParams;
  const user = await requirePermission("decide:application:own", `/company/offers/${id}/applicants`);
  const filter = APPLICATION_FILTERS.find((f) => f === rawStatus) ?? "ALL";
  const data = await orNotFound(listApplicants(user, id, filter === "ALL" ? undefined : filter));
  const t = await getTranslations("applicants");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  const total = Object.values(data.counts).reduce((a, b) => a + b, 0);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} lead={t("lead", { title: data.offer.title, places: data.offer.places, accepted: data.counts.ACCEPTED ?? 0 })} />
      <nav aria-label={t("filters")} className="flex flex-wrap gap-2">
        {APPLICATION_FILTERS.map((f) => (
          <Link
            key={f}
            href={f === "ALL" ? `/company/offers/${id}/applicants` : `/company/offers/${id}/applicants?status=${f}`}
            aria-current={f === filter ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm font-medium ${f === filter ? "bg-brand-700 text-white" : "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100"}`}
          >
            {f === "ALL" ? t("all") : te(`applicationStatus.${f}`)} ({f === "ALL" ? total : (data.counts[f] ?? 0)})
          </Link>
        ))}
      </nav>
      {data.applications.length ? (
        <Table caption={t("title")} head={[t("applicant"), t("match"), t("institution"), t("status"), t("applied"), ""]}>
          {data.applications.map((a) => (
            <tr key={a.id}>
              <Td>
                {a.participant.user.name}
                {a.unreadMessages > 0 && (
                  <span className="mt-1 block">
                    <Badge tone="info">{t("unreadMessages", { count: a.unreadMessages })}</Badge>
                  </span>
                )}
              </Td>
              <Td>
                <MatchSummary result={a.match} forHost />
              </Td>
              <Td>
                {a.participant.institution.name} · <CountryName code={a.participant.institution.country} />
              </Td>
              <Td>
                <Badge tone={statusTone(a.status)}>{te(`applicationStatus.${a.status}`)}</Badge>
                {a.placement && <PlacementStep application={a.status} placement={a.placement.status} />}
              </Td>
              <Td>{format.dateTime(a.createdAt, { dateStyle: "medium" })}</Td>
              <Td>
                <Link href={`/company/applications/${a.id}`} className="font-medium text-brand-800 underline">
                  {t("open", { name: a.participant.user.name })}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      ) : (
        <EmptyState title={t("none")} />
      )}
    </div>
  );
}

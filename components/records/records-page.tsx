import { getFormatter, getTranslations } from "next-intl/server";
import { sendingCodeOf } from "@/lib/domain/erasmus-code";
import { invalidCodesForExport, recordCategories, validateRecordForExport } from "@/lib/domain/record-export";
import type { listOwnRecords } from "@/lib/server/services/mobility-records";
import { recordFilterQuery, type RecordListParams } from "@/lib/validation/record-export";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CountryName } from "@/components/ui/country-name";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { RecordFilterForm } from "./record-filter-form";
import { RecordsPagination } from "./records-pagination";
import { localePath } from "@/i18n/path";

type Data = Awaited<ReturnType<typeof listOwnRecords>>;

/** /office/records: filter, check (every problem listed before any download), download, browse. */
export async function RecordsPage({ data, params, invalid }: { data: Data; params: RecordListParams; invalid: boolean }) {
  const t = await getTranslations("records");
  const ta = await getTranslations("activities");
  const format = await getFormatter();
  const filtered = params.callYear !== null || params.action !== null;
  const exportPath = await localePath("/office/records/export");
  const exportHref = (fmt: "csv" | "xlsx" | "json") => `${exportPath}?${recordFilterQuery(params, { format: fmt })}`;
  const formTarget = await localePath("/office/records");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={data.institution ? t("lead", { name: data.institution.name, code: sendingCodeOf(data.institution) }) : t("noInstitution")}
      />
      {invalid && (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm font-medium text-amber-900">
          {t("invalidLink")}
        </p>
      )}
      <RecordFilterForm action={formTarget} filters={params} callYears={data.callYears} submitLabel={t("filters.submit")} />

      {data.total === 0 ? (
        <EmptyState title={filtered ? t("emptyFilteredTitle") : t("emptyTitle")}>{filtered ? t("emptyFilteredBody") : t("emptyBody")}</EmptyState>
      ) : (
        <>
          <Card title={t("export.title")}>
            <p className="mb-3 text-slate-800" data-testid="record-count">
              {t("export.count", { count: data.total })}
            </p>
            {data.problems.length ? (
              <div className="rounded-md border border-amber-300 bg-amber-50 p-4" aria-labelledby="export-blocked">
                <h3 id="export-blocked" className="font-semibold text-amber-950">
                  {t("export.blockedTitle", { count: data.problems.length })}
                </h3>
                <p className="mt-1 text-sm text-amber-950">{t("export.blockedBody")}</p>
                <ul className="mt-3 space-y-2 text-sm text-slate-900" data-testid="export-problems">
                  {data.problems.map((p) => (
                    <li key={p.mobilityId}>
                      <span className="font-mono font-medium">{p.mobilityId}</span> · {p.participant || p.email}:{" "}
                      <span className="font-medium">
                        {[
                          ...(p.missing.length ? [t("export.missing", { fields: p.missing.map((k) => t(`fields.${k}` as never)).join(", ") })] : []),
                          ...p.invalid.map((i) => t("export.invalidCode", { field: t(`fields.${i.key}` as never), value: i.value })),
                        ].join("; ")}
                      </span>
                    </li>
                  ))}
                </ul>
                <p className="mt-3 text-sm font-medium text-amber-950">{t("export.blockedDownloads")}</p>
              </div>
            ) : (
              <div>
                <p className="mb-3 text-sm text-slate-700">{t("export.ready")}</p>
                <div className="flex flex-wrap gap-3">
                  <a href={exportHref("csv")} download className={buttonClass("primary")}>
                    {t("export.csv")}
                  </a>
                  <a href={exportHref("xlsx")} download className={buttonClass("secondary")}>
                    {t("export.xlsx")}
                  </a>
                  <a href={exportHref("json")} download className={buttonClass("secondary")}>
                    {t("export.json")}
                  </a>
                </div>
              </div>
            )}
          </Card>

          <section aria-labelledby="records-list" className="space-y-3">
            <h2 id="records-list" className="text-lg font-semibold text-slate-900">
              {t("list.title")} <span className="text-base font-normal text-slate-700">{t("list.pageOf", { page: data.page, pages: data.pages })}</span>
            </h2>
            <Table
              caption={t("list.title")}
              head={[t("list.mobility"), t("list.participant"), t("list.host"), t("list.period"), t("list.categories"), t("list.grant"), t("list.status")]}
            >
              {data.records.map((r) => {
                const missing = [...validateRecordForExport(r), ...invalidCodesForExport(r)];
                const name = [r.participantFirstName, r.participantLastName].filter((n) => n.trim()).join(" ");
                return (
                  <tr key={r.id}>
                    <Td>
                      <span className="block font-mono text-xs">{r.mobilityId}</span>
                      <span className="text-slate-700">
                        {r.action} · {r.callYear}
                      </span>
                    </Td>
                    <Td>
                      <span className="block font-medium">{name || t("list.noName")}</span>
                      <span className="text-slate-700">{r.participantEmail}</span>
                    </Td>
                    <Td>
                      <span className="block">{r.receivingName}</span>
                      <span className="text-slate-700">
                        {r.receivingCity} · <CountryName code={r.receivingCountry} />
                      </span>
                    </Td>
                    <Td>
                      <span className="whitespace-nowrap">{format.dateTime(r.startDate, { dateStyle: "medium" })}</span> –{" "}
                      <span className="whitespace-nowrap">{format.dateTime(r.endDate, { dateStyle: "medium" })}</span>
                      <span className="block text-slate-700">{t("list.days", { days: r.durationDays })}</span>
                    </Td>
                    <Td>
                      {recordCategories(r.categories)
                        .map((c) => ta(`${c}.label`))
                        .join(", ")}
                    </Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">
                      {format.number(r.totalGrantCents / 100, { style: "currency", currency: "EUR" })}
                    </Td>
                    <Td>
                      {missing.length ? (
                        <Badge tone="warning">{t("list.missing", { count: missing.length })}</Badge>
                      ) : (
                        <Badge tone="success">{t("list.ready")}</Badge>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </Table>
            <RecordsPagination params={params} page={data.page} pages={data.pages} />
          </section>
        </>
      )}
    </div>
  );
}

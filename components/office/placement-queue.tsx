import { PLACEMENT_STATES } from "@/lib/domain/placement-lifecycle";
import { Link } from "@/i18n/navigation";
import { sendingCodeOf } from "@/lib/domain/erasmus-code";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { KEY_ACTIONS } from "@/lib/domain";
import type { PlacementQueue as QueueData } from "@/lib/server/services/placement/review";
import { type QueueFilters, queueQueryString } from "@/lib/validation/placement-decision";
import { Badge, statusTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { PlacementOfferCell } from "./placement-offer-cell";
import { localePath } from "@/i18n/path";
import { nameOptions } from "@/lib/text/display-name";

const href = (filters: Partial<QueueFilters>) => {
  const qs = queueQueryString(filters);
  return qs ? `/office/placements?${qs}` : "/office/placements";
};

/**
 * The approval queue: the institution's placements, what waits for a decision first. Filters are
 * a plain GET form, so every view is a shareable URL and works without JavaScript.
 */
export async function PlacementQueue({ filters, invalid, data }: { filters: QueueFilters; invalid: { field: string; message: string }[]; data: QueueData }) {
  const t = await getTranslations("placementQueue");
  const te = await getTranslations("enums");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  if (!data.institution) {
    return (
      <div>
        <PageHeader title={t("title")} />
        <EmptyState title={t("noInstitutionTitle")}>{t("noInstitutionBody")}</EmptyState>
      </div>
    );
  }
  const countries = nameOptions(locale, "region", data.hostCountries, [filters.country]);
  const all = Object.values(data.counts).reduce((a, b) => a + b, 0);
  const filtered = Boolean(filters.action || filters.country || filters.status !== "PROPOSED");
  const formTarget = await localePath("/office/placements");
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} lead={t("lead", { name: data.institution.name, code: sendingCodeOf(data.institution) })} />
      {invalid.length > 0 && (
        <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-semibold">{t("invalidTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {invalid.map((i) => (
              <li key={i.field}>{tAll(i.message as never)}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="get" action={formTarget} className="grid gap-x-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 sm:items-end">
        <SelectField name="status" id="filter-status" label={t("status")} defaultValue={filters.status}>
          {PLACEMENT_STATES.map((s) => (
            <option key={s} value={s}>
              {t("statusOption", { status: te(`placementStatus.${s}`), count: data.counts[s] ?? 0 })}
            </option>
          ))}
          <option value="ALL">{t("statusOption", { status: t("allStatuses"), count: all })}</option>
        </SelectField>
        <SelectField name="action" id="filter-action" label={t("action")} defaultValue={filters.action ?? ""}>
          <option value="">{t("allActions")}</option>
          {KEY_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
        <SelectField name="country" id="filter-country" label={t("country")} defaultValue={filters.country ?? ""}>
          <option value="">{t("allCountries")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <div className="mb-4 flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          {filtered && (
            <Link href="/office/placements" className={buttonClass("ghost")}>
              {t("reset")}
            </Link>
          )}
        </div>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("count", { count: data.total })}
      </p>
      {data.items.length ? (
        <Table
          caption={t("caption")}
          head={[
            t("participant"),
            t("traineeship"),
            t("action"),
            t("period"),
            t("status"),
            <span key="open" className="sr-only">
              {t("open")}
            </span>,
          ]}
        >
          {data.items.map((p) => (
            <tr key={p.id}>
              <Td className="font-medium">{p.participantName}</Td>
              <Td>
                <PlacementOfferCell title={p.offerTitle} host={p.hostName} city={p.hostCity} country={p.hostCountry} />
              </Td>
              <Td>
                <Badge tone="info">{p.action}</Badge> <span className="text-slate-600">{p.callYear}</span>
              </Td>
              <Td>{format.dateTimeRange(p.startDate, p.endDate, { dateStyle: "medium" })}</Td>
              <Td>
                <Badge tone={statusTone(p.status)}>{te(`placementStatus.${p.status}`)}</Badge>
                <span className="block text-xs text-slate-600">
                  {p.decidedAt
                    ? t("decidedOn", { date: format.dateTime(p.decidedAt, { dateStyle: "medium" }) })
                    : t("proposedOn", { date: format.dateTime(p.proposedAt, { dateStyle: "medium" }) })}
                </span>
              </Td>
              <Td>
                <Link
                  href={`/office/placements/${p.id}`}
                  aria-label={p.status === "PROPOSED" ? t("reviewLabel", { name: p.participantName }) : t("viewLabel", { name: p.participantName })}
                  className="font-medium text-brand-800 underline"
                >
                  {p.status === "PROPOSED" ? t("review") : t("view")}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      ) : (
        <EmptyState title={filtered ? t("emptyFilteredTitle") : t("emptyTitle")}>
          {filtered ? (
            <Link href="/office/placements" className="font-medium text-brand-800 underline">
              {t("reset")}
            </Link>
          ) : (
            t("emptyBody")
          )}
        </EmptyState>
      )}
      <Pagination page={data.page} pages={data.pageCount} href={(page) => href({ ...filters, page })} />
    </div>
  );
}

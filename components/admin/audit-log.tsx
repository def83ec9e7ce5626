import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditItemLabel, auditFilterOptions, listAuditEvents } from "@/lib/server/services/audit-log";
import type { AuditFilters } from "@/lib/validation/admin-audit";
import { toQueryString, type ParamIssue } from "@/lib/validation/admin-params";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { AdminPagination } from "./admin-pagination";
import { FilterForm } from "./filter-form";
import { ParamsInvalid } from "./params-invalid";

type Result = Awaited<ReturnType<typeof listAuditEvents>>;
type Options = Awaited<ReturnType<typeof auditFilterOptions>>;

/** Before/after snapshots as stored (JSON), pretty-printed; wrapped so no region scrolls sideways. */
function Snapshot({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">{label}</h3>
      <pre className="mt-1 rounded-md bg-slate-50 p-3 font-mono text-xs break-all whitespace-pre-wrap text-slate-900 ring-1 ring-slate-200">
        {value === null || value === undefined ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

type Props = {
  filters: AuditFilters;
  issues: ParamIssue[];
  /** Both dates as typed when "to" is before "from": shown with the error, and no list (result null). */
  reversedDates?: { from: string; to: string };
  result: Result | null;
  labels: Map<string, AuditItemLabel>;
  options: Options;
};

export async function AuditLog({ filters, issues, reversedDates, result, labels, options }: Props) {
  const t = await getTranslations("adminArea.audit");
  const tInvalid = await getTranslations("adminArea.invalid");
  const entityName = (type: string) => (t.has(`entity.${type}` as "entity.Offer") ? t(`entity.${type}` as "entity.Offer") : type);
  const format = await getFormatter();
  const { page: _page, ...kept } = filters;
  return (
    <>
      <ParamsInvalid issues={issues} resetHref="/admin/audit" />
      <FilterForm
        path="/admin/audit"
        label={t("filters")}
        formKey={JSON.stringify(filters)}
        gridClassName="sm:grid-cols-3"
        submitLabel={t("filter")}
        clearLabel={t("clear")}
        // With reversed dates the alert below says why there is no count.
        status={result ? t("count", { count: result.total }) : ""}
      >
        <SelectField name="verb" id="filter-verb" label={t("verb")} defaultValue={filters.verb ?? ""}>
          <option value="">{t("any")}</option>
          {options.verbs.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </SelectField>
        <SelectField name="entityType" id="filter-entity-type" label={t("entityType")} defaultValue={filters.entityType ?? ""}>
          <option value="">{t("any")}</option>
          {options.entityTypes.map((v) => (
            <option key={v} value={v}>
              {entityName(v)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="actor"
          id="filter-actor"
          type="search"
          label={t("actor")}
          hint={t("actorHint")}
          defaultValue={filters.actor ?? ""}
          autoComplete="off"
        />
        <TextField
          name="entityId"
          id="filter-entity-id"
          type="search"
          label={t("entityId")}
          defaultValue={filters.entityId ?? ""}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          name="from"
          id="filter-from"
          type="date"
          label={t("from")}
          defaultValue={reversedDates?.from ?? filters.from ?? ""}
          aria-invalid={reversedDates ? true : undefined}
        />
        <TextField
          name="to"
          id="filter-to"
          type="date"
          label={t("to")}
          defaultValue={reversedDates?.to ?? filters.to ?? ""}
          aria-invalid={reversedDates ? true : undefined}
          hint={reversedDates ? <span className="font-medium text-red-700">{tInvalid("range")}</span> : undefined}
        />
      </FilterForm>
      {!result ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">
          {tInvalid("range")}
        </p>
      ) : result.items.length ? (
        <ol className="space-y-2" aria-label={t("events")}>
          {result.items.map((e) => {
            const item = labels.get(`${e.entityType}:${e.entityId}`);
            return (
              <li key={e.id} className="rounded-lg border border-slate-200 bg-white shadow-sm">
                <details className="group">
                  <summary className="grid cursor-pointer gap-x-4 gap-y-1 p-3 text-sm sm:grid-cols-[13rem_1fr_16rem]">
                    <span className="text-slate-700">
                      {/* A grid summary loses the browser's disclosure triangle: draw one. */}
                      <span aria-hidden="true" className="mr-2 inline-block text-brand-800 transition-transform group-open:rotate-90">
                        ▸
                      </span>
                      {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </span>
                    <span>
                      <code className="font-semibold text-slate-900">{e.verb}</code>{" "}
                      <span className="text-slate-700">
                        {entityName(e.entityType)}:{" "}
                        {item ? <span className="font-medium text-slate-900">{item.label}</span> : <span className="break-all">{e.entityId}</span>}
                      </span>
                    </span>
                    <span className="text-slate-800">{e.actor ? `${e.actor.name} (${e.actor.email})` : t("system")}</span>
                  </summary>
                  <div className="grid gap-4 border-t border-slate-200 p-3 md:grid-cols-2">
                    <Snapshot label={t("before")} value={e.before} />
                    <Snapshot label={t("after")} value={e.after} />
                    <p className="flex flex-wrap gap-x-6 gap-y-1 text-sm md:col-span-2">
                      {item?.href && (
                        <Link href={item.href} className="font-medium text-brand-800 underline">
                          {t("open", { item: item.label })}
                        </Link>
                      )}
                      <Link
                        href={`/admin/audit?${toQueryString({ entityType: e.entityType, entityId: e.entityId })}`}
                        className="font-medium text-brand-800 underline"
                      >
                        {t("history", { entity: item?.label ?? `${e.entityType} ${e.entityId}` })}
                      </Link>
                      <span className="text-slate-600">
                        {t("reference")} <span className="break-all font-mono">{e.entityId}</span>
                      </span>
                    </p>
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      ) : (
        <EmptyState title={t("none")} />
      )}
      {result && <AdminPagination path="/admin/audit" params={kept} page={result.page} pages={result.pages} />}
    </>
  );
}

import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { auditFilterOptions, listAuditEvents } from "@/lib/server/services/audit-log";
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

export async function AuditLog({ filters, issues, result, options }: { filters: AuditFilters; issues: ParamIssue[]; result: Result; options: Options }) {
  const t = await getTranslations("adminArea.audit");
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
        status={t("count", { count: result.total })}
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
              {v}
            </option>
          ))}
        </SelectField>
        <TextField name="actor" id="filter-actor" type="search" label={t("actor")} hint={t("actorHint")} defaultValue={filters.actor ?? ""} autoComplete="off" />
        <TextField name="entityId" id="filter-entity-id" type="search" label={t("entityId")} defaultValue={filters.entityId ?? ""} autoComplete="off" spellCheck={false} />
        <TextField name="from" id="filter-from" type="date" label={t("from")} defaultValue={filters.from ?? ""} />
        <TextField name="to" id="filter-to" type="date" label={t("to")} defaultValue={filters.to ?? ""} />
      </FilterForm>
      {result.items.length ? (
        <ol className="space-y-2" aria-label={t("events")}>
          {result.items.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-200 bg-white shadow-sm">
              <details className="group">
                <summary className="grid cursor-pointer gap-x-4 gap-y-1 p-3 text-sm sm:grid-cols-[13rem_1fr_16rem]">
                  <span className="text-slate-700">
                    {/* A grid summary loses the browser's disclosure triangle: draw one. */}
                    <span aria-hidden="true" className="mr-2 inline-block text-brand-800 transition-transform group-open:rotate-90">
                      ▸
                    </span>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </span>
                  <span>
                    <code className="font-semibold text-slate-900">{e.verb}</code>{" "}
                    <span className="text-slate-700">
                      {e.entityType} <span className="break-all">{e.entityId}</span>
                    </span>
                  </span>
                  <span className="text-slate-800">{e.actor ? `${e.actor.name} (${e.actor.email})` : t("system")}</span>
                </summary>
                <div className="grid gap-4 border-t border-slate-200 p-3 md:grid-cols-2">
                  <Snapshot label={t("before")} value={e.before} />
                  <Snapshot label={t("after")} value={e.after} />
                  <p className="text-sm md:col-span-2">
                    <Link href={`/admin/audit?${toQueryString({ entityType: e.entityType, entityId: e.entityId })}`} className="font-medium text-brand-800 underline">
                      {t("history", { entity: `${e.entityType} ${e.entityId}` })}
                    </Link>
                  </p>
                </div>
              </details>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title={t("none")} />
      )}
      <AdminPagination path="/admin/audit" params={kept} page={result.page} pages={result.pages} />
    </>
  );
}

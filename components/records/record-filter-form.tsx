import { getTranslations } from "next-intl/server";
import { KEY_ACTIONS } from "@/lib/domain/actions";
import type { RecordFilters } from "@/lib/validation/record-export";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";

/** Call year + key action filter as a plain GET form: works without JavaScript, the URL holds it. */
export async function RecordFilterForm({
  action,
  filters,
  callYears,
  submitLabel,
}: {
  action: string;
  filters: RecordFilters;
  callYears: number[];
  submitLabel: string;
}) {
  const t = await getTranslations("records.filters");
  // A year in the link but without records still shows as chosen.
  const years = [...new Set([...callYears, ...(filters.callYear !== null ? [filters.callYear] : [])])].sort((a, b) => b - a);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("label")}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="w-48">
        <SelectField name="callYear" id="filter-callYear" label={t("callYear")} defaultValue={filters.callYear?.toString() ?? ""}>
          <option value="">{t("anyCallYear")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="w-56">
        <SelectField name="action" id="filter-action" label={t("action")} defaultValue={filters.action ?? ""}>
          <option value="">{t("anyAction")}</option>
          {KEY_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`actions.${a}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="mb-4">
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}

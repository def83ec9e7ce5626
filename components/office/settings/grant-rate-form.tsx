"use client";
import { useTranslations } from "next-intl";
import { useFormActionState, useFormText } from "@/components/forms/form-texts";
import { rateTableAction } from "@/app/[locale]/office/settings/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { type RateField, rateFieldsOf } from "@/lib/forms/limits";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export interface RateFormRow {
  readonly countryGroup: 1 | 2 | 3;
  /** Euro amounts as form text ("540", "12.50"). */
  readonly values: Readonly<Record<RateField, string>>;
  readonly defaults: Readonly<Record<RateField, string>>;
  /** The stored amounts differ from the portal's defaults. */
  readonly own: boolean;
  readonly version: string;
  /** Who falls in the group, in the reader's language ("Denmark, Finland, …"). */
  readonly countries: string;
}

function AmountInput({
  row,
  index,
  field,
  value,
  errors,
  label,
}: {
  row: RateFormRow;
  index: number;
  field: RateField;
  value: string;
  errors?: string[];
  label: string;
}) {
  const text = useFormText();
  const name = `rows.${index}.${field}`;
  const id = `rate-${row.countryGroup}-${field}`;
  return (
    <td className="px-3 py-2 align-top">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="flex items-center gap-1">
        <span aria-hidden="true" className="text-slate-600">
          €
        </span>
        <input
          id={id}
          name={name}
          defaultValue={value}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="block w-24 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-right tabular-nums text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700"
        />
      </div>
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((key) => (
          <p key={key} className="mt-1 max-w-40 text-xs font-medium text-red-700">
            {text(key)}
          </p>
        ))}
      </div>
    </td>
  );
}

export function GrantRateForm({
  action,
  callYear,
  callLabel,
  rows,
  flat,
}: {
  action: string;
  callYear: number;
  callLabel: string;
  rows: readonly RateFormRow[];
  flat: boolean;
}) {
  const t = useTranslations("officeSettings.rates");
  const [state, formAction, pending] = useFormActionState(rateTableAction, initialFormState);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // After an error the typed values stay; otherwise the stored ones.
  const value = (i: number, row: RateFormRow, field: RateField) => failed?.values?.[`rows.${i}.${field}`] ?? row.values[field];
  const column = (field: RateField) => t(`columns.${field}`);
  // docs/domain.md §3a: each action shows the rates of its formats (monthly, daily or both).
  const fields = rateFieldsOf(action);

  return (
    // Remounted per result, so inputs show what was stored (their defaultValue) after each save.
    <form key={state ? JSON.stringify(state) : "initial"} action={formAction} noValidate>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="callYear" value={callYear} />
      {/* Scrolls inside its own named, focusable region on a phone (components/ui/table.tsx). */}
      <div role="region" aria-label={t("caption", { call: callLabel })} tabIndex={0} className="relative max-w-full overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption", { call: callLabel })}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-700">
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("group")}
              </th>
              {fields.map((field) => (
                <th key={field} scope="col" className="px-3 py-2 font-semibold">
                  {column(field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, i) => {
              const groupName = flat ? t("flatGroup") : t("groupN", { group: row.countryGroup });
              return (
                <tr key={row.countryGroup}>
                  <th scope="row" className="max-w-64 px-3 py-2 text-left align-top font-normal">
                    <input type="hidden" name={`rows.${i}.countryGroup`} value={row.countryGroup} />
                    <input type="hidden" name={`rows.${i}.version`} value={row.version} />
                    <span className="font-semibold text-slate-900">{groupName}</span>{" "}
                    <Badge tone={row.own ? "info" : "neutral"}>{row.own ? t("ownRate") : t("defaultRate")}</Badge>
                    <span className="mt-1 block text-xs text-slate-600">{row.countries}</span>
                  </th>
                  {fields.map((field) => (
                    <AmountInput
                      key={field}
                      row={row}
                      index={i}
                      field={field}
                      value={value(i, row, field)}
                      errors={errors[`rows.${i}.${field}`]}
                      label={t("inputLabel", { column: column(field), group: groupName })}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-slate-600">{t("amountHint")}</p>
      <div className="mt-4 flex flex-wrap items-start gap-4">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <details className="rounded-md border border-slate-200 px-3 py-2 text-sm">
          <summary className="cursor-pointer font-medium text-brand-800">{t("resetSummary")}</summary>
          <p className="mt-2 max-w-prose text-slate-700">
            {t("resetExplain", {
              call: callLabel,
              defaults: rows.map((r) => `${flat ? "" : t("groupN", { group: r.countryGroup }) + ": "}€ ${r.defaults.monthlyRate}`).join(" · "),
            })}
          </p>
          <Button type="submit" name="intent" value="reset" variant="danger" disabled={pending} className="mt-2">
            {t("resetConfirm", { call: callLabel })}
          </Button>
        </details>
      </div>
    </form>
  );
}

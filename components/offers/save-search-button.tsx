"use client";
import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useFormActionState, useFormText } from "@/components/forms/form-texts";
import { saveSearchAction } from "@/app/[locale]/offers/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/**
 * "Save this search" for /offers: a disclosure with a name field (defaulting to `summary`, a
 * readable summary of the filters made on the server) and a plain form, so it works without
 * JavaScript. `query` is the page's current query string; the server validates and normalises it.
 */
export function SaveSearchButton({ query, summary }: { query: string; summary: string }) {
  const t = useTranslations("saved");
  const text = useFormText();
  const [state, action, pending] = useFormActionState(saveSearchAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const defaultName = state && !state.ok && state.values?.name !== undefined ? state.values.name : summary;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <details open={state?.ok === false || undefined}>
        <summary className="cursor-pointer font-semibold text-brand-800">{t("saveSearch")}</summary>
        {/* Remounted when the search changes, so the default name follows the filters. */}
        <form key={query} action={action} noValidate className="mt-3">
          <p className="mb-3 text-sm text-slate-700">{t("saveSearchIntro")}</p>
          <input type="hidden" name="query" value={query} />
          <TextField
            name="name"
            id="saved-search-name"
            label={t("searchName")}
            defaultValue={defaultName}
            maxLength={SAVED_SEARCH_NAME_MAX}
            required
            errors={errors.name}
          />
          <Button type="submit" disabled={pending}>
            {t("saveSearch")}
          </Button>
        </form>
      </details>
      <div role="status" aria-live="polite" className="text-sm">
        {state?.ok === false && state.message && <p className="mt-3 font-medium text-red-700">{text(state.message)}</p>}
        {state?.ok && (
          <p className="mt-3 text-green-800">
            {t("searchSaved")}{" "}
            <Link href="/student/saved" className="font-medium text-brand-800 underline">
              {t("manageSearches")}
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}

"use client";
import { Link } from "@/i18n/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useFormActionState, useFormText } from "@/components/forms/form-texts";
import { deleteSearchAction, renameSearchAction, setSearchAlertsAction } from "@/app/[locale]/student/saved/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/forms/limits";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** `summary`: the filters in words (components/offers/save-search-summary.ts), made on the server. */
export type SavedSearchView = { id: string; name: string; query: string; summary: string; alertsOn: boolean; lastAlertAt: string | null };

/** One saved search: open it, alerts on/off, rename, delete (confirmed in a second step, no JS needed). */
export function SavedSearchItem({ search }: { search: SavedSearchView }) {
  const t = useTranslations("saved");
  const text = useFormText();
  const format = useFormatter();
  const [alertState, toggleAlerts, toggling] = useFormActionState(setSearchAlertsAction, initialFormState);
  const [renameState, rename, renaming] = useFormActionState(renameSearchAction, initialFormState);
  const [deleteState, remove, deleting] = useFormActionState(deleteSearchAction, initialFormState);
  const latest = [deleteState, renameState, alertState].find((s) => s?.message);
  const renameErrors = renameState && !renameState.ok ? renameState.fieldErrors : {};
  const titleId = `saved-search-${search.id}`;
  return (
    <li className="space-y-3 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={titleId} className="font-semibold">
            <Link href={search.query ? `/offers?${search.query}` : "/offers"} className="text-brand-800 underline">
              {search.name}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">{search.summary}</p>
          {search.lastAlertAt && (
            <p className="text-sm text-slate-600">{t("lastAlert", { date: format.dateTime(new Date(search.lastAlertAt), { dateStyle: "medium" }) })}</p>
          )}
        </div>
        <form action={toggleAlerts} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="searchId" value={search.id} />
          <input type="hidden" name="alertsOn" value={search.alertsOn ? "0" : "1"} />
          <Badge tone={search.alertsOn ? "success" : "neutral"}>{search.alertsOn ? t("alertsOn") : t("alertsOff")}</Badge>
          <Button type="submit" variant="secondary" disabled={toggling}>
            {search.alertsOn ? t("turnAlertsOff") : t("turnAlertsOn")}
          </Button>
        </form>
      </div>
      <div className="flex flex-wrap gap-6 text-sm">
        <details open={renameState?.ok === false || undefined}>
          <summary className="cursor-pointer font-medium text-brand-800">{t("rename")}</summary>
          <form action={rename} noValidate className="mt-2 max-w-sm">
            <input type="hidden" name="searchId" value={search.id} />
            <TextField
              name="name"
              id={`rename-${search.id}`}
              label={t("newName")}
              defaultValue={search.name}
              maxLength={SAVED_SEARCH_NAME_MAX}
              required
              errors={renameErrors.name}
            />
            <Button type="submit" variant="secondary" disabled={renaming}>
              {t("saveName")}
            </Button>
          </form>
        </details>
        <details>
          <summary className="cursor-pointer font-medium text-red-800">{t("delete")}</summary>
          <form action={remove} className="mt-2">
            <input type="hidden" name="searchId" value={search.id} />
            <p className="mb-2 text-slate-700">{t("deleteConfirm")}</p>
            <button type="submit" className={buttonClass("danger")} disabled={deleting}>
              {t("deleteConfirmButton", { name: search.name })}
            </button>
          </form>
        </details>
      </div>
      <p role="status" aria-live="polite" className={`text-sm ${latest?.ok === false ? "font-medium text-red-700" : "text-green-800"}`}>
        {latest?.message ? text(latest.message) : null}
      </p>
    </li>
  );
}

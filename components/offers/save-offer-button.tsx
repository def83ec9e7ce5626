"use client";
import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useFormActionState, useFormText } from "@/components/forms/form-texts";
import { toggleSavedOfferAction } from "@/app/[locale]/offers/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";

/**
 * Save / un-save an offer. A plain form, so it works without JavaScript; the label says what the
 * button does next, and the status line below announces the new state to screen readers.
 */
export function SaveOfferButton({ offerId, saved }: { offerId: string; saved: boolean }) {
  const t = useTranslations("saved");
  const text = useFormText();
  const [state, action, pending] = useFormActionState(toggleSavedOfferAction, initialFormState);
  const isSaved = state?.ok && state.data?.saved ? state.data.saved === "1" : saved;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="save" value={isSaved ? "0" : "1"} />
      <Button type="submit" variant="secondary" disabled={pending}>
        <span aria-hidden="true">{isSaved ? "★" : "☆"}</span>
        {isSaved ? t("unsaveOffer") : t("saveOffer")}
      </Button>
      <p role="status" aria-live="polite" className={`text-sm ${state?.ok === false ? "font-medium text-red-700" : "text-slate-700"}`}>
        {state?.ok === false && state.message ? text(state.message) : null}
        {state?.ok && (
          <>
            {isSaved ? t("offerSavedMessage") : t("offerRemovedMessage")}{" "}
            {isSaved && (
              <Link href="/student/saved" className="font-medium text-brand-800 underline">
                {t("viewSaved")}
              </Link>
            )}
          </>
        )}
      </p>
    </form>
  );
}

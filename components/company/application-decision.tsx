"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { decideApplicationAction } from "@/app/[locale]/company/applications/[id]/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import type { OfferTerms } from "@/lib/domain/accept-warnings";
import { type PeriodCheckBase, PeriodFields } from "@/components/placements/period-fields";
import { FormMessage } from "@/components/ui/form-message";
import { CountedTextArea } from "@/components/forms/counted-field";
import { TEXT_MAX } from "@/lib/forms/limits";

export function ApplicationDecision({
  applicationId,
  status,
  defaultStart,
  defaultEnd,
  base,
  terms,
}: {
  applicationId: string;
  status: string;
  defaultStart: string;
  defaultEnd: string;
  /** What the office's checks read besides the dates: the accept form warns while the host types. */
  base: PeriodCheckBase;
  terms: OfferTerms;
}) {
  const t = useTranslations("applicants");
  const [state, action, pending] = useFormActionState(decideApplicationAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <section aria-labelledby="decision-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="decision-title" className="mb-3 text-lg font-semibold">
        {t("decide")}
      </h2>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <div className="grid gap-6 md:grid-cols-3">
        {status === "SUBMITTED" && (
          <form action={action}>
            <input type="hidden" name="applicationId" value={applicationId} />
            <p className="mb-3 text-sm text-slate-700">{t("shortlistHint")}</p>
            <Button type="submit" name="decision" value="SHORTLIST" variant="secondary" disabled={pending}>
              {t("shortlist")}
            </Button>
          </form>
        )}
        <form action={action} noValidate>
          <input type="hidden" name="applicationId" value={applicationId} />
          <p className="mb-3 text-sm text-slate-700">{t("acceptHint")}</p>
          <PeriodFields idPrefix="accept" base={base} terms={terms} defaultStart={defaultStart} defaultEnd={defaultEnd} errors={errors} />
          <Button type="submit" name="decision" value="ACCEPT" disabled={pending}>
            {t("accept")}
          </Button>
        </form>
        <form
          action={action}
          noValidate
          onSubmit={(e) => {
            if (!window.confirm(t("rejectConfirm"))) e.preventDefault();
          }}
        >
          <input type="hidden" name="applicationId" value={applicationId} />
          <CountedTextArea name="reason" id="reject-reason" rows={3} max={TEXT_MAX.reason} label={t("reason")} hint={t("reasonHint")} errors={errors.reason} />
          <Button type="submit" name="decision" value="REJECT" variant="danger" disabled={pending}>
            {t("reject")}
          </Button>
        </form>
      </div>
    </section>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { reproposeAction } from "@/app/[locale]/company/applications/[id]/actions";
import type { OfferTerms } from "@/lib/domain/accept-warnings";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { type PeriodCheckBase, PeriodFields } from "./period-fields";

/** After the office's refusal: the host proposes corrected dates, warned like when accepting. */
export function HostRepropose({
  applicationId,
  base,
  terms,
  defaultStart,
  defaultEnd,
}: {
  applicationId: string;
  base: PeriodCheckBase;
  terms: OfferTerms;
  defaultStart: string;
  defaultEnd: string;
}) {
  const t = useTranslations("placementLifecycle");
  const [state, action, pending] = useFormActionState(reproposeAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <section aria-labelledby="repropose-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="repropose-title" className="mb-2 text-lg font-semibold">
        {t("host.reproposeTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("host.reproposeHint")}</p>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <form action={action} noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <PeriodFields idPrefix="repropose" base={base} terms={terms} defaultStart={defaultStart} defaultEnd={defaultEnd} errors={errors} />
        <Button type="submit" disabled={pending}>
          {t("host.repropose")}
        </Button>
      </form>
    </section>
  );
}

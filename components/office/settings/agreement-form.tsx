"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { saveAgreementAction } from "@/app/[locale]/office/settings/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** The agreement number of one action and call year: creates it, or changes the stored one. */
export function AgreementForm({
  action,
  callYear,
  callLabel,
  current,
  example,
}: {
  action: string;
  callYear: number;
  callLabel: string;
  current: string | null;
  example: string;
}) {
  const t = useTranslations("officeSettings.agreements");
  const [state, formAction, pending] = useFormActionState(saveAgreementAction, initialFormState);
  const failed = state && !state.ok ? state : null;
  return (
    <form key={state ? JSON.stringify(state) : "initial"} action={formAction} noValidate>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      {!current && <p className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("missing", { call: callLabel })}</p>}
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="callYear" value={callYear} />
      <div className="flex flex-wrap items-start gap-x-4">
        <div className="w-full max-w-md">
          <TextField
            name="agreementNumber"
            label={t("label", { call: callLabel })}
            hint={t("hint", { example })}
            defaultValue={failed?.values?.agreementNumber ?? current ?? ""}
            errors={failed?.fieldErrors.agreementNumber ?? failed?.fieldErrors.callYear}
            autoComplete="off"
            spellCheck={false}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700"
          />
        </div>
        <Button type="submit" disabled={pending} className="mt-6">
          {pending ? t("saving") : current ? t("update") : t("save")}
        </Button>
      </div>
    </form>
  );
}

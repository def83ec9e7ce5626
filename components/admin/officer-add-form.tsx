"use client";
import { useLocale, useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { createOfficerAction } from "@/app/[locale]/admin/institutions/[id]/actions";
import { LOCALES, LOCALE_NAMES } from "@/i18n/locales";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CountedTextField } from "@/components/forms/counted-field";
import { TEXT_MAX } from "@/lib/forms/limits";

/**
 * Adds an officer. The answer carries the generated one-time password, shown here once: it lives
 * only in this component's state, so leaving or reloading the page drops it for good.
 */
export function OfficerAddForm({ institutionId }: { institutionId: string }) {
  const t = useTranslations("adminArea.officers");
  const locale = useLocale();
  const [state, formAction, pending] = useFormActionState(createOfficerAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const value = (key: string) => (state && !state.ok ? state.values?.[key] : undefined);
  const created = state?.ok ? state.data : undefined;
  return (
    <div>
      {created && (
        <div role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-4 text-sm text-green-950">
          <p className="font-semibold">{t("createdTitle", { name: created.name ?? "" })}</p>
          <p className="mt-2">{t("passwordLabel", { email: created.email ?? "" })}</p>
          <p className="mt-2">
            <code
              data-testid="one-time-password"
              className="select-all rounded bg-white px-3 py-1.5 font-mono text-lg tracking-wide text-slate-900 ring-1 ring-green-300"
            >
              {created.password}
            </code>
          </p>
          <p className="mt-2">{t("passwordOnce")}</p>
        </div>
      )}
      <form key={state ? JSON.stringify(state) : "initial"} action={formAction} noValidate>
        <FormMessage message={state && !state.ok ? state.message : undefined} />
        <input type="hidden" name="institutionId" value={institutionId} />
        <div className="grid gap-x-4 sm:grid-cols-3">
          <CountedTextField
            name="name"
            id="officer-name"
            max={TEXT_MAX.personName}
            label={t("name")}
            defaultValue={value("name")}
            errors={errors.name}
            required
            autoComplete="off"
          />
          <TextField
            name="email"
            id="officer-email"
            type="email"
            label={t("email")}
            defaultValue={value("email")}
            errors={errors.email}
            required
            autoComplete="off"
          />
          <SelectField
            name="locale"
            id="officer-locale"
            label={t("locale")}
            hint={t("localeHint")}
            defaultValue={value("locale") ?? locale}
            errors={errors.locale}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </form>
    </div>
  );
}

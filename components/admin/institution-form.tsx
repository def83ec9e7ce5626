"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import type { Institution } from "@/generated/prisma/browser";
import { createInstitutionAction } from "@/app/[locale]/admin/institutions/new/actions";
import { updateInstitutionAction } from "@/app/[locale]/admin/institutions/[id]/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { CountrySelect } from "@/components/ui/country-select";
import { SelectField, TextField } from "@/components/ui/field";
import { SENDING_ORGANISATION_TYPES } from "@/lib/domain/participants";
import { FormMessage } from "@/components/ui/form-message";
import { CountedTextField } from "@/components/forms/counted-field";
import { TEXT_MAX } from "@/lib/forms/limits";

type Editable = Pick<Institution, "id" | "name" | "type" | "erasmusCode" | "country" | "city" | "pic" | "oid" | "website">;

/**
 * Create (no institution) or edit a sending organisation's identity: type, name, Erasmus code (HEIs
 * only), place, PIC/OID (an OID is how the other organisations are known, docs/domain.md §3a).
 */
export function InstitutionForm({ institution }: { institution?: Editable }) {
  const t = useTranslations("adminArea.institution");
  const te = useTranslations("enums.sendingType");
  const [state, formAction, pending] = useFormActionState(institution ? updateInstitutionAction : createInstitutionAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After an error, what was typed; otherwise what is stored.
  const v = (key: keyof Omit<Editable, "id">) => (state && !state.ok ? state.values?.[key] : undefined) ?? institution?.[key] ?? "";
  return (
    // Remounted per result so the country <select> shows the submitted value (React resets forms).
    <form key={state ? JSON.stringify(state) : "initial"} action={formAction} noValidate className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      {institution && <input type="hidden" name="institutionId" value={institution.id} />}
      <CountedTextField
        name="name"
        max={TEXT_MAX.institutionName}
        label={t("name")}
        defaultValue={v("name")}
        errors={errors.name}
        required
        autoComplete="organization"
      />
      <SelectField name="type" label={t("type")} hint={t("typeHint")} defaultValue={v("type") || "HEI"} errors={errors.type}>
        {SENDING_ORGANISATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {te(type)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="erasmusCode"
          label={t("erasmusCode")}
          hint={t("erasmusCodeHint")}
          defaultValue={v("erasmusCode")}
          errors={errors.erasmusCode}
          autoCapitalize="characters"
          spellCheck={false}
        />
        <TextField name="website" type="url" label={t("website")} hint={t("websiteHint")} defaultValue={v("website")} errors={errors.website} />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <CountrySelect name="country" label={t("country")} defaultValue={v("country")} errors={errors.country} placeholder={t("choose")} />
        <CountedTextField name="city" max={TEXT_MAX.city} label={t("city")} defaultValue={v("city")} errors={errors.city} required />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="pic" label={t("pic")} hint={t("picHint")} defaultValue={v("pic")} errors={errors.pic} inputMode="numeric" spellCheck={false} />
        <TextField name="oid" label={t("oid")} hint={t("oidHint")} defaultValue={v("oid")} errors={errors.oid} spellCheck={false} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : institution ? t("save") : t("create")}
      </Button>
    </form>
  );
}

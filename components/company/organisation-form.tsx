"use client";
import { useTranslations } from "next-intl";
import { useFormActionState, useFormText } from "@/components/forms/form-texts";
import { useState } from "react";
import type { HostOrganisation } from "@/generated/prisma/browser";
import { saveOrganisationAction } from "@/app/[locale]/company/organisation/actions";
import { ECOSYSTEM_IDS, NACE_SECTIONS } from "@/lib/domain/classifications";
import { HOST_ORGANISATION_TYPES, isEligibleHostType, isHostOrganisationType } from "@/lib/domain/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { CountrySelect } from "@/components/ui/country-select";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CountedTextArea, CountedTextField } from "@/components/forms/counted-field";
import { TEXT_MAX } from "@/lib/forms/limits";

export function OrganisationForm({ host }: { host: HostOrganisation | null }) {
  const t = useTranslations("organisation");
  const te = useTranslations("enums");
  const text = useFormText();
  const [state, formAction, pending] = useFormActionState(saveOrganisationAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After an error, show what was typed; otherwise what is stored.
  const v = (key: keyof HostOrganisation & string) => (state && !state.ok ? state.values?.[key] : undefined) ?? (host?.[key] == null ? "" : String(host[key]));
  const [type, setType] = useState(v("type") || "COMPANY");
  const size = state && !state.ok ? state.values?.belowTwoFifty : host ? (host.belowTwoFifty ? "yes" : "no") : undefined;

  return (
    // Remounted per result: React resets a form after its action, and a <select> would fall back
    // to its first default instead of the values just typed.
    <form key={state ? JSON.stringify(state) : "initial"} action={formAction} noValidate className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage message={state?.ok ? state.message : state?.message} tone={state?.ok ? "success" : "error"} />
      <CountedTextField
        name="legalName"
        max={TEXT_MAX.organisationName}
        label={t("legalName")}
        defaultValue={v("legalName")}
        errors={errors.legalName}
        required
        autoComplete="organization"
      />
      <SelectField name="type" label={t("type")} value={type} onChange={(e) => setType(e.target.value)} errors={errors.type}>
        {HOST_ORGANISATION_TYPES.map((ht) => (
          <option key={ht} value={ht}>
            {te(`hostType.${ht}`)}
          </option>
        ))}
      </SelectField>
      {isHostOrganisationType(type) && !isEligibleHostType(type) && (
        <p role="status" className="mb-4 rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">
          {t("ineligible")}
        </p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <CountrySelect name="country" label={t("country")} defaultValue={v("country")} errors={errors.country} placeholder={t("choose")} />
        <CountedTextField
          name="city"
          max={TEXT_MAX.city}
          label={t("city")}
          defaultValue={v("city")}
          errors={errors.city}
          required
          autoComplete="address-level2"
        />
      </div>
      <CountedTextField
        name="address"
        max={TEXT_MAX.address}
        label={t("address")}
        defaultValue={v("address")}
        errors={errors.address}
        autoComplete="street-address"
      />
      <TextField
        name="website"
        type="url"
        maxLength={TEXT_MAX.website}
        label={t("website")}
        hint={t("websiteHint")}
        defaultValue={v("website")}
        errors={errors.website}
        autoComplete="url"
      />
      <CountedTextArea
        name="description"
        rows={4}
        max={TEXT_MAX.organisationDescription}
        label={t("description")}
        hint={t("descriptionHint")}
        defaultValue={v("description")}
        errors={errors.description}
      />
      <fieldset className="mb-4">
        <legend className="text-sm font-medium text-slate-800">{t("size")}</legend>
        <div className="mt-2 flex gap-6" aria-describedby={errors.belowTwoFifty ? "size-error" : undefined}>
          {(["yes", "no"] as const).map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input type="radio" name="belowTwoFifty" value={option} defaultChecked={size === option} />
              {t(`size_${option}`)}
            </label>
          ))}
        </div>
        <div id="size-error" aria-live="polite">
          {errors.belowTwoFifty?.map((key) => (
            <p key={key} className="mt-1 text-sm font-medium text-red-700">
              {text(key)}
            </p>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField name="naceSection" label={t("nace")} defaultValue={v("naceSection")} errors={errors.naceSection}>
          <option value="">{t("choose")}</option>
          {NACE_SECTIONS.map((s) => (
            <option key={s} value={s}>
              {s} — {t(`naceSections.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="ecosystem" label={t("ecosystem")} defaultValue={v("ecosystem")} errors={errors.ecosystem}>
          <option value="">{t("none")}</option>
          {ECOSYSTEM_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`ecosystems.${id}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField name="pic" label={t("pic")} hint={t("picHint")} defaultValue={v("pic")} errors={errors.pic} inputMode="numeric" />
        <TextField name="oid" label={t("oid")} hint={t("oidHint")} defaultValue={v("oid")} errors={errors.oid} />
        <TextField name="vat" label={t("vat")} hint={t("vatHint")} defaultValue={v("vat")} errors={errors.vat} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

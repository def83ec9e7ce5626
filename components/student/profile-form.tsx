"use client";
import { useTranslations } from "next-intl";
import { type ReactNode } from "react";
import { useFormActionState } from "@/components/forms/form-texts";
import { saveProfileAction } from "@/app/[locale]/student/profile/actions";
import { EQF_LEVELS } from "@/lib/domain/eqf";
import { PARTICIPANT_CATEGORIES } from "@/lib/domain/participants";
import { initialFormState } from "@/lib/forms/form-state";
import { GENDERS, MAX_LEGAL_NAME_LENGTH, MAX_PROFILE_LANGUAGES } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { CountrySelect } from "@/components/ui/country-select";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { UploadProgress, useCvCheck } from "@/components/forms/use-cv-check";
import { CvField } from "./cv-field";
import { IscedFieldSelect } from "./isced-field-select";
import { ProfileLanguages } from "./profile-languages";
import { CountedTextArea, CountedTextField } from "@/components/forms/counted-field";
import { TEXT_MAX } from "@/lib/forms/limits";

/** The stored profile as form values (dates as YYYY-MM-DD); null before the first save. */
export type ProfileFormValues = {
  values: Record<string, string>;
  oneCycleProgramme: boolean;
  fewerOpportunities: boolean;
  languages: { language: string; level: string }[];
  cvFileName: string | null;
};

export type InstitutionOption = { id: string; name: string; erasmusCode: string | null; oid?: string | null };

const BLANK_LANGUAGE_ROWS = 2;
const MIN_LANGUAGE_ROWS = 4;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="mb-6">
      <legend className="mb-3 text-base font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

function Checkbox({ name, label, hint, defaultChecked }: { name: string; label: string; hint: string; defaultChecked: boolean }) {
  return (
    <div className="mb-4 flex items-start gap-3">
      <input
        id={`field-${name}`}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={`field-${name}-hint`}
        className="mt-1 h-4 w-4"
      />
      <div>
        <label htmlFor={`field-${name}`} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        <p id={`field-${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      </div>
    </div>
  );
}

export function ProfileForm({
  profile,
  institutions,
  legalNames,
  homeInstitutionId,
}: {
  profile: ProfileFormValues | null;
  institutions: InstitutionOption[];
  /** Prefill for a first profile: the display name split into first and last name(s). */
  legalNames?: { firstName: string; lastName: string };
  /** Prefill for a first profile: the home institution asserted at institutional sign-in. */
  homeInstitutionId?: string | null;
}) {
  const t = useTranslations("profile");
  const te = useTranslations("enums");
  const [state, formAction, pending] = useFormActionState(saveProfileAction, initialFormState);
  const { cvError, onCvChange, checkCv, sending } = useCvCheck(state !== initialFormState);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // After an error, show what was typed; otherwise what is stored.
  const v = (key: string) => (failed ? failed.values?.[key] : undefined) ?? profile?.values[key] ?? "";
  const name = (key: "firstName" | "lastName") => (failed ? failed.values?.[key] : undefined) ?? profile?.values[key] ?? legalNames?.[key] ?? "";
  const checked = (key: "oneCycleProgramme" | "fewerOpportunities") => (failed ? failed.values?.[key] === "on" : (profile?.[key] ?? false));

  const typedRows = failed
    ? Array.from({ length: MAX_PROFILE_LANGUAGES }, (_, i) => ({
        language: failed.values?.[`languageCode.${i}`] ?? "",
        level: failed.values?.[`languageLevel.${i}`] ?? "",
      }))
    : null;
  const rows = typedRows ?? profile?.languages ?? [];
  const filled = rows.filter((r) => r.language || r.level).length;
  const rowCount = Math.min(MAX_PROFILE_LANGUAGES, Math.max(MIN_LANGUAGE_ROWS, (profile?.languages.length ?? 0) + BLANK_LANGUAGE_ROWS, filled));

  return (
    // Remounted per result: React resets a form after its action, and a <select> would fall back
    // to its first option instead of the values just chosen.
    <form
      key={state ? JSON.stringify(state) : "initial"}
      action={formAction}
      onSubmit={checkCv}
      noValidate
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <FormMessage message={state?.ok ? state.message : state?.message} tone={state?.ok ? "success" : "error"} />
      <Section title={t("studiesTitle")}>
        <SelectField
          name="institutionId"
          label={t("institution")}
          defaultValue={v("institutionId") || (homeInstitutionId ?? "")}
          errors={errors.institutionId}
          required
        >
          <option value="">{t("choose")}</option>
          {institutions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name} ({i.erasmusCode ?? i.oid})
            </option>
          ))}
        </SelectField>
        <SelectField name="category" label={t("category")} hint={t("categoryHint")} defaultValue={v("category")} errors={errors.category} required>
          <option value="">{t("choose")}</option>
          {PARTICIPANT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {te(`participantCategory.${c}`)}
            </option>
          ))}
        </SelectField>
        <IscedFieldSelect name="fieldOfEducation" defaultValue={v("fieldOfEducation")} errors={errors.fieldOfEducation} />
        <SelectField name="eqfLevel" label={t("eqf")} hint={t("eqfHint")} defaultValue={v("eqfLevel")} errors={errors.eqfLevel} required>
          <option value="">{t("choose")}</option>
          {EQF_LEVELS.map((n) => (
            <option key={n} value={n}>
              {t(`eqfLevels.l${n}`)}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="graduationDate"
            type="date"
            label={t("graduationDate")}
            hint={t("graduationDateHint")}
            defaultValue={v("graduationDate")}
            errors={errors.graduationDate}
          />
          <TextField
            name="selectedOn"
            type="date"
            label={t("selectedOn")}
            hint={t("selectedOnHint")}
            defaultValue={v("selectedOn")}
            errors={errors.selectedOn}
          />
        </div>
        <TextField
          name="previousMobilityMonths"
          type="number"
          min={0}
          max={24}
          step={1}
          label={t("previousMonths")}
          hint={t("previousMonthsHint")}
          defaultValue={v("previousMobilityMonths") || "0"}
          errors={errors.previousMobilityMonths}
        />
        <Checkbox name="oneCycleProgramme" label={t("oneCycle")} hint={t("oneCycleHint")} defaultChecked={checked("oneCycleProgramme")} />
      </Section>
      <Section title={t("personalTitle")}>
        <p className="mb-3 text-sm text-slate-600">{t("legalNamesHint")}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <CountedTextField
            name="firstName"
            label={t("firstName")}
            defaultValue={name("firstName")}
            errors={errors.firstName}
            required
            max={MAX_LEGAL_NAME_LENGTH}
            autoComplete="given-name"
          />
          <CountedTextField
            name="lastName"
            label={t("lastName")}
            defaultValue={name("lastName")}
            errors={errors.lastName}
            required
            max={MAX_LEGAL_NAME_LENGTH}
            autoComplete="family-name"
          />
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <CountrySelect name="nationality" label={t("nationality")} defaultValue={v("nationality")} errors={errors.nationality} placeholder={t("choose")} />
          <TextField name="birthDate" type="date" label={t("birthDate")} defaultValue={v("birthDate")} errors={errors.birthDate} autoComplete="bday" />
        </div>
        <SelectField name="gender" label={t("gender")} defaultValue={v("gender")} errors={errors.gender}>
          <option value="">{t("genderNone")}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`genders.${g}`)}
            </option>
          ))}
        </SelectField>
        <Checkbox name="fewerOpportunities" label={t("fewerOpportunities")} hint={t("fewerOpportunitiesHint")} defaultChecked={checked("fewerOpportunities")} />
      </Section>
      <ProfileLanguages rows={rows} count={rowCount} errors={errors} />
      <Section title={t("skillsCvTitle")}>
        <CountedTextArea
          name="skills"
          rows={5}
          max={TEXT_MAX.profileSkills}
          label={t("skills")}
          hint={t("skillsHint")}
          defaultValue={v("skills")}
          errors={errors.skills}
        />
        <CvField currentFileName={profile?.cvFileName ?? null} downloadHref="/cv/profile" errors={cvError ? [cvError] : errors.cv} onChange={onCvChange} />
      </Section>
      <UploadProgress pending={pending} file={sending} />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

"use client";
import { CEFR_LEVEL_CODES } from "@/lib/domain/languages";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormActionState } from "@/components/forms/form-texts";
import { saveOfferAction } from "@/app/[locale]/company/offers/actions";
import { DOT_ACTIVITY_IDS, type DotActivityId } from "@/lib/domain/activities";
import { OFFER_WINDOW_MESSAGES, offerWindowProblems } from "@/lib/domain/offer-window";
import { type DurationUnit, type OfferAudience, isOfferAudience } from "@/lib/domain/offer-terms";
import { OfferTermsFields } from "./offer-terms-fields";
import { initialFormState } from "@/lib/forms/form-state";
import { MAX_OFFER_DESCRIPTION, MAX_TASKS_TEXT, OFFER_LANGUAGES, TEXT_MAX, WORK_MODES } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { CountrySelect } from "@/components/ui/country-select";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useNameOptions } from "@/components/i18n/names-context";
import { DotLiveCheck } from "./dot-live-check";
import { TextLanguageHint } from "./text-language-hint";
import { CountedTextArea, CountedTextField } from "@/components/forms/counted-field";

export type OfferDefaults = {
  id?: string;
  title?: string;
  description?: string;
  tasks?: string;
  language?: string;
  country?: string;
  city?: string;
  workMode?: string;
  durationMinMonths?: number;
  durationMaxMonths?: number;
  /** Both set: the range is in days (docs/domain.md §3a). */
  durationMinDays?: number;
  durationMaxDays?: number;
  /** Who the offer is for; a new offer is for students. */
  audiences?: OfferAudience[];
  earliestStart?: string;
  latestEnd?: string;
  applicationDeadline?: string;
  stipendPerMonth?: string;
  places?: number;
  requiredSkills?: string;
  categories?: string[];
  languages?: { language: string; level: string }[];
};

const LANGUAGE_ROWS = 3;
const PERIOD_FIELDS = ["earliestStart", "latestEnd", "applicationDeadline", "durationMinMonths", "durationMinDays"] as const;
type PeriodField = (typeof PERIOD_FIELDS)[number];
const WINDOW_KEYS = new Set<string>(Object.values(OFFER_WINDOW_MESSAGES));
const isPeriodField = (name: string): name is PeriodField => (PERIOD_FIELDS as readonly string[]).includes(name);

export function OfferEditor({ offer, canPublish }: { offer: OfferDefaults; canPublish: boolean }) {
  const t = useTranslations("offerEditor");
  const te = useTranslations("enums");
  const ta = useTranslations("activities");
  const [state, formAction, pending] = useFormActionState(saveOfferAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const typed = state && !state.ok ? state.values : undefined;
  const v = (key: keyof OfferDefaults) => typed?.[key] ?? (offer[key] === undefined ? "" : String(offer[key]));
  const [tasks, setTasks] = useState(v("tasks"));
  const [declared, setDeclared] = useState<DotActivityId[]>(
    (offer.categories ?? []).filter((c): c is DotActivityId => (DOT_ACTIVITY_IDS as readonly string[]).includes(c)),
  );
  const languages = useNameOptions("language", OFFER_LANGUAGES);
  const [textLanguage, setTextLanguage] = useState(v("language") || "en");
  // The period is checked while typing with the rule publishing applies (lib/domain/offer-window.ts).
  const [period, setPeriod] = useState<Record<PeriodField, string>>(() => ({
    earliestStart: v("earliestStart"),
    latestEnd: v("latestEnd"),
    applicationDeadline: v("applicationDeadline"),
    durationMinMonths: v("durationMinMonths") || "2",
    durationMinDays: v("durationMinDays") || "5",
  }));
  const [unit, setUnit] = useState<DurationUnit>(() =>
    (typed?.durationUnit ?? (offer.durationMinDays !== undefined ? "days" : "months")) === "days" ? "days" : "months",
  );
  const [audiences, setAudiences] = useState<OfferAudience[]>(() => (offer.audiences ?? ["students"]).filter(isOfferAudience));
  const periodProblems = offerWindowProblems({
    ...period,
    durationMinMonths: Number(period.durationMinMonths),
    durationMinDays: unit === "days" ? Number(period.durationMinDays) : null,
  });
  const periodErrors = (field: "latestEnd" | "applicationDeadline") => {
    // The server's verdict on the period is replaced by the live one: same rule, newer dates.
    const server = (errors[field] ?? []).filter((key) => !WINDOW_KEYS.has(key));
    const keys = new Set([...server, ...periodProblems.filter((p) => p.field === field).map((p) => OFFER_WINDOW_MESSAGES[p.code])]);
    return keys.size ? [...keys] : undefined;
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      {/* Remounted per result so selects keep what was typed after React resets the form. */}
      <form
        key={state ? JSON.stringify(state) : "initial"}
        action={formAction}
        onChange={(e) => {
          const input: EventTarget = e.target;
          if (input instanceof HTMLInputElement && isPeriodField(input.name)) setPeriod((p) => ({ ...p, [input.name]: input.value }));
        }}
        noValidate
        className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
        {offer.id && <input type="hidden" name="offerId" value={offer.id} />}
        <CountedTextField name="title" max={TEXT_MAX.offerTitle} label={t("titleField")} defaultValue={v("title")} errors={errors.title} required />
        <CountedTextArea
          name="description"
          rows={4}
          max={MAX_OFFER_DESCRIPTION}
          label={t("description")}
          hint={t("descriptionHint")}
          defaultValue={v("description")}
          errors={errors.description}
          required
        />
        <CountedTextArea
          name="tasks"
          rows={8}
          max={MAX_TASKS_TEXT}
          label={t("tasks")}
          hint={t("tasksHint")}
          value={tasks}
          onChange={(e) => setTasks(e.target.value)}
          errors={errors.tasks}
          required
        />
        <fieldset className="mb-4">
          <legend className="text-sm font-medium text-slate-800">{t("categories")}</legend>
          <p className="text-sm text-slate-600">{t("categoriesHint")}</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {DOT_ACTIVITY_IDS.map((id) => (
              <label key={id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="categories"
                  value={id}
                  checked={declared.includes(id)}
                  onChange={(e) => setDeclared((d) => (e.target.checked ? [...d, id] : d.filter((x) => x !== id)))}
                />
                {ta(`${id}.label`)}
              </label>
            ))}
          </div>
        </fieldset>
        <OfferTermsFields
          audiences={audiences}
          onAudiences={setAudiences}
          unit={unit}
          onUnit={setUnit}
          values={{
            durationMinMonths: v("durationMinMonths"),
            durationMaxMonths: v("durationMaxMonths"),
            durationMinDays: v("durationMinDays"),
            durationMaxDays: v("durationMaxDays"),
          }}
          errors={errors}
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField
            name="language"
            label={t("language")}
            value={textLanguage}
            onChange={(e) => setTextLanguage(e.currentTarget.value)}
            errors={errors.language}
          >
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="workMode" label={t("workMode")} defaultValue={v("workMode") || "ON_SITE"} errors={errors.workMode}>
            {WORK_MODES.map((m) => (
              <option key={m} value={m}>
                {te(`workMode.${m}`)}
              </option>
            ))}
          </SelectField>
          <TextLanguageHint text={tasks} chosen={textLanguage} options={languages} onUse={setTextLanguage} />
          <CountrySelect name="country" label={t("country")} defaultValue={v("country")} errors={errors.country} placeholder={t("choose")} />
          <CountedTextField name="city" max={TEXT_MAX.city} label={t("city")} defaultValue={v("city")} errors={errors.city} required />
          <TextField name="earliestStart" type="date" label={t("earliestStart")} defaultValue={v("earliestStart")} errors={errors.earliestStart} required />
          <TextField name="latestEnd" type="date" label={t("latestEnd")} defaultValue={v("latestEnd")} errors={periodErrors("latestEnd")} required />
          <TextField
            name="applicationDeadline"
            type="date"
            label={t("deadline")}
            defaultValue={v("applicationDeadline")}
            errors={periodErrors("applicationDeadline")}
            required
          />
          <TextField name="places" type="number" min={1} max={50} label={t("places")} defaultValue={v("places") || "1"} errors={errors.places} />
          <TextField
            name="stipendPerMonth"
            type="number"
            min={0}
            step="1"
            label={t("stipend")}
            hint={t("stipendHint")}
            defaultValue={v("stipendPerMonth")}
            errors={errors.stipendPerMonth}
          />
        </div>
        <CountedTextArea
          name="requiredSkills"
          rows={3}
          max={TEXT_MAX.offerSkills}
          label={t("skills")}
          hint={t("skillsHint")}
          defaultValue={v("requiredSkills")}
          errors={errors.requiredSkills}
        />
        <fieldset className="mb-4">
          <legend className="text-sm font-medium text-slate-800">{t("languages")}</legend>
          {Array.from({ length: LANGUAGE_ROWS }, (_, i) => (
            <div key={i} className="grid gap-x-4 sm:grid-cols-2">
              <SelectField
                name="languageCode"
                id={`languageCode-${i}`}
                label={t("languageN", { n: i + 1 })}
                defaultValue={offer.languages?.[i]?.language ?? ""}
              >
                <option value="">{t("none")}</option>
                {languages.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                name="languageLevel"
                id={`languageLevel-${i}`}
                label={t("levelN", { n: i + 1 })}
                defaultValue={offer.languages?.[i]?.level ?? ""}
                errors={i === 0 ? errors.languageLevel : undefined}
              >
                <option value="">{t("none")}</option>
                {CEFR_LEVEL_CODES.map((l) => (
                  <option key={l} value={l}>
                    {te(`cefr.${l}`)}
                  </option>
                ))}
              </SelectField>
            </div>
          ))}
        </fieldset>
        <p aria-live="polite" className="mb-3 text-sm text-slate-700">
          {/* A published offer cannot be kept with such dates at all: the field errors say so. */}
          {canPublish && periodProblems.length > 0 && t("windowWarningDraft")}
        </p>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
            {t("saveDraft")}
          </Button>
          {canPublish && (
            <Button type="submit" name="intent" value="publish" disabled={pending}>
              {t("saveAndPublish")}
            </Button>
          )}
        </div>
      </form>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <DotLiveCheck tasks={tasks} declared={declared} />
      </div>
    </div>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useFormText } from "@/components/forms/form-texts";
import { TextField } from "@/components/ui/field";
import { MAX_OFFER_DAYS, OFFER_AUDIENCES, type DurationUnit, type OfferAudience } from "@/lib/domain/offer-terms";

const UNITS: readonly DurationUnit[] = ["months", "days"];

interface Props {
  audiences: OfferAudience[];
  onAudiences: (next: OfferAudience[]) => void;
  unit: DurationUnit;
  onUnit: (unit: DurationUnit) => void;
  values: { durationMinMonths: string; durationMaxMonths: string; durationMinDays: string; durationMaxDays: string };
  errors: Record<string, string[] | undefined>;
}

/**
 * docs/domain.md §3a in the offer editor: who the offer is for (at least one group; the hidden
 * empty entry makes "none ticked" reach the server as such) and its range in months or in days.
 */
export function OfferTermsFields({ audiences, onAudiences, unit, onUnit, values, errors }: Props) {
  const t = useTranslations("offerEditor");
  const text = useFormText();
  const audienceErrors = errors.for ?? [];
  return (
    <>
      <fieldset className="mb-4" aria-describedby={`field-for-hint${audienceErrors.length ? " field-for-error" : ""}`}>
        <legend className="text-sm font-medium text-slate-800">{t("audience")}</legend>
        <p id="field-for-hint" className="text-sm text-slate-600">
          {t("audienceHint")}
        </p>
        <input type="hidden" name="for" value="" />
        <div className="mt-2 grid gap-2">
          {OFFER_AUDIENCES.map((a) => (
            <label key={a} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="for"
                value={a}
                checked={audiences.includes(a)}
                aria-invalid={audienceErrors.length ? true : undefined}
                onChange={(e) => onAudiences(e.target.checked ? [...audiences, a] : audiences.filter((x) => x !== a))}
              />
              {t(`audiences.${a}`)}
            </label>
          ))}
        </div>
        <div id="field-for-error" aria-live="polite">
          {audienceErrors.map((key) => (
            <p key={key} className="mt-1 text-sm font-medium text-red-700">
              {text(key)}
            </p>
          ))}
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="text-sm font-medium text-slate-800">{t("durationUnit")}</legend>
        <div className="mt-2 grid gap-2">
          {UNITS.map((u) => (
            <label key={u} className="flex items-center gap-2 text-sm">
              <input type="radio" name="durationUnit" value={u} checked={unit === u} onChange={() => onUnit(u)} />
              {t(`durationUnits.${u}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {/* Only the chosen unit's fields are sent; the server derives the other (lib/validation/offer.ts). */}
      {unit === "months" ? (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="durationMinMonths"
            type="number"
            min={2}
            max={12}
            label={t("durationMin")}
            defaultValue={values.durationMinMonths || "2"}
            errors={errors.durationMinMonths}
          />
          <TextField
            name="durationMaxMonths"
            type="number"
            min={2}
            max={12}
            label={t("durationMax")}
            defaultValue={values.durationMaxMonths || "6"}
            errors={errors.durationMaxMonths}
          />
        </div>
      ) : (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="durationMinDays"
            type="number"
            min={1}
            max={MAX_OFFER_DAYS}
            label={t("durationMinDays")}
            defaultValue={values.durationMinDays || "5"}
            errors={errors.durationMinDays}
          />
          <TextField
            name="durationMaxDays"
            type="number"
            min={1}
            max={MAX_OFFER_DAYS}
            label={t("durationMaxDays")}
            defaultValue={values.durationMaxDays || "30"}
            errors={errors.durationMaxDays}
          />
        </div>
      )}
    </>
  );
}

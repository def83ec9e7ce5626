"use client";
import { useTranslations } from "next-intl";
import { useFormText } from "@/components/forms/form-texts";
import { CEFR_LEVEL_CODES, COMMON_LANGUAGE_CODES } from "@/lib/domain/languages";
import { useNameOptions } from "@/components/i18n/names-context";
import type { FieldErrors } from "@/lib/forms/form-state";
import { SelectField } from "@/components/ui/field";

type Row = { language: string; level: string };

// Errors about the level belong next to the level select, the rest next to the language.
const isLevelError = (key: string) => key === "validation.levelRequired" || key === "validation.levelUnknown";

/**
 * A fixed number of language + CEFR rows, so the form works without JavaScript: the rows already
 * filled in, plus empty ones up to `count`.
 */
export function ProfileLanguages({ rows, count, errors }: { rows: Row[]; count: number; errors: FieldErrors }) {
  const t = useTranslations("profile");
  const text = useFormText();
  const te = useTranslations("enums");
  const options = useNameOptions(
    "language",
    COMMON_LANGUAGE_CODES,
    rows.map((r) => r.language),
  );
  return (
    <fieldset className="mb-6">
      <legend className="text-base font-semibold text-slate-900">{t("languagesTitle")}</legend>
      <p className="mb-3 text-sm text-slate-600">{t("languagesHint")}</p>
      {errors.languageCode?.map((key) => (
        <p key={key} role="alert" className="mb-2 text-sm font-medium text-red-700">
          {text(key)}
        </p>
      ))}
      {Array.from({ length: count }, (_, i) => {
        const rowErrors = errors[`languages.${i}`] ?? [];
        return (
          <div key={i} className="grid gap-x-4 sm:grid-cols-2">
            <SelectField
              name="languageCode"
              id={`languageCode-${i}`}
              label={t("languageN", { n: i + 1 })}
              defaultValue={rows[i]?.language ?? ""}
              errors={rowErrors.filter((k) => !isLevelError(k))}
            >
              <option value="">{t("none")}</option>
              {options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              name="languageLevel"
              id={`languageLevel-${i}`}
              label={t("levelN", { n: i + 1 })}
              defaultValue={rows[i]?.level ?? ""}
              errors={rowErrors.filter(isLevelError)}
            >
              <option value="">{t("none")}</option>
              {CEFR_LEVEL_CODES.map((l) => (
                <option key={l} value={l}>
                  {te(`cefr.${l}`)}
                </option>
              ))}
            </SelectField>
          </div>
        );
      })}
    </fieldset>
  );
}

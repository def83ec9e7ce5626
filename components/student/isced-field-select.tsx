"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ISCED_FIELDS_BY_BROAD, iscedBroadKey, iscedFieldKey } from "@/lib/domain/isced";
import { SelectField } from "@/components/ui/field";

type Props = {
  name?: string;
  defaultValue?: string;
  /** Translation keys of field errors, as in FormState.fieldErrors. */
  errors?: string[];
  /** One translation key; shorthand for errors={[error]}. */
  error?: string;
  label?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
};

/**
 * ISCED-F 2013 detailed field picker (docs/domain.md §6): one <optgroup> per broad field, options in
 * code order with the code shown, since transcripts and Erasmus+ documents print it.
 */
export function IscedFieldSelect({ name = "fieldOfEducation", defaultValue, errors, error, label, hint, required = true }: Props) {
  const t = useTranslations("isced");
  return (
    <SelectField
      name={name}
      label={label ?? t("label")}
      hint={hint ?? t("hint")}
      errors={errors ?? (error ? [error] : undefined)}
      defaultValue={defaultValue ?? ""}
      required={required}
    >
      <option value="">{t("placeholder")}</option>
      {ISCED_FIELDS_BY_BROAD.map(({ broad, fields }) => (
        <optgroup key={broad} label={`${broad} ${t(iscedBroadKey(broad))}`}>
          {fields.map((code) => (
            <option key={code} value={code}>
              {`${code} ${t(iscedFieldKey(code))}`}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}

"use client";
import { useLocale } from "next-intl";
import { nameOptions } from "@/lib/text/display-name";
import { SelectField } from "./field";

/** Every ISO 3166-1 country, named and sorted in the reader's language (lib/text/names-data.ts). */
export function CountrySelect({ name, label, errors, defaultValue, placeholder }: { name: string; label: string; errors?: string[]; defaultValue?: string; placeholder: string }) {
  const options = nameOptions(useLocale(), "region");
  return (
    <SelectField name={name} label={label} errors={errors} defaultValue={defaultValue ?? ""} required>
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}

"use client";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { ISO_COUNTRY_CODES } from "@/lib/domain/countries";
import { SelectField } from "./field";

/** Every ISO 3166-1 country, named and sorted in the reader's language (Intl.DisplayNames). */
export function CountrySelect({ name, label, errors, defaultValue, placeholder }: { name: string; label: string; errors?: string[]; defaultValue?: string; placeholder: string }) {
  const locale = useLocale();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const collator = new Intl.Collator(locale);
    return ISO_COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
  }, [locale]);
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

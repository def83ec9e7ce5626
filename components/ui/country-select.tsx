"use client";
import { useNameOptions } from "@/components/i18n/names-context";
import { SelectField } from "./field";

/** Every ISO 3166-1 country, named and sorted in the reader's language (lib/text/names/, via <ClientMessages names={["region"]}>). */
export function CountrySelect({
  name,
  label,
  errors,
  defaultValue,
  placeholder,
}: {
  name: string;
  label: string;
  errors?: string[];
  defaultValue?: string;
  placeholder: string;
}) {
  const options = useNameOptions("region");
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

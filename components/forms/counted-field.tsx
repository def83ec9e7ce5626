"use client";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { TextArea, TextField } from "@/components/ui/field";

// Every limited text field of a form: the schema's limit (lib/validation, values in
// lib/forms/limits.ts) as maxLength, so the browser stops typing there, and a live
// "N of max characters" line in the hint. A value saved before a limit was lowered can still be
// longer: the count then turns red and the server's "At most … (you have …)" says what to do.
// The island lists the "fieldCounter" messages (components/i18n/client-messages.tsx).

type Counted = { name: string; label: ReactNode; hint?: ReactNode; errors?: string[]; id?: string; max: number };

function useCount<E extends HTMLInputElement | HTMLTextAreaElement>(
  name: string,
  max: number,
  hint: ReactNode,
  value: unknown,
  defaultValue: unknown,
  onChange?: (e: ChangeEvent<E>) => void,
) {
  const t = useTranslations("fieldCounter");
  const [typed, setTyped] = useState(String(defaultValue ?? "").length);
  // A controlled field (value given) counts its value; an uncontrolled one what was typed.
  const count = value === undefined ? typed : String(value).length;
  const counter = (
    <>
      {hint}
      {hint ? " " : null}
      <span className={`block ${count > max ? "font-semibold text-red-700" : ""}`} data-testid={`${name}-count`}>
        {t("characterCount", { count, max })}
      </span>
    </>
  );
  const handleChange = (e: ChangeEvent<E>) => {
    setTyped(e.target.value.length);
    onChange?.(e);
  };
  return { counter, handleChange };
}

export function CountedTextArea({
  max,
  hint,
  value,
  defaultValue,
  onChange,
  ...rest
}: Counted & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength">) {
  const { counter, handleChange } = useCount(rest.name, max, hint, value, defaultValue, onChange);
  return (
    <TextArea {...rest} maxLength={max} value={value} defaultValue={value === undefined ? defaultValue : undefined} onChange={handleChange} hint={counter} />
  );
}

export function CountedTextField({ max, hint, value, defaultValue, onChange, ...rest }: Counted & Omit<InputHTMLAttributes<HTMLInputElement>, "maxLength">) {
  const { counter, handleChange } = useCount(rest.name, max, hint, value, defaultValue, onChange);
  return (
    <TextField {...rest} maxLength={max} value={value} defaultValue={value === undefined ? defaultValue : undefined} onChange={handleChange} hint={counter} />
  );
}

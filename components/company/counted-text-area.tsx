"use client";
import { useTranslations } from "next-intl";
import { useState, type ReactNode, type TextareaHTMLAttributes } from "react";
import { TextArea } from "@/components/ui/field";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength"> & {
  name: string;
  label: ReactNode;
  hint: ReactNode;
  errors?: string[];
  /** The schema's limit (lib/validation): the browser stops typing there, the counter shows it. */
  max: number;
};

/** A text area with its length limit and a live "N of max characters" counter in its hint. */
export function CountedTextArea({ max, hint, value, defaultValue, onChange, ...rest }: Props) {
  const t = useTranslations("offerEditor");
  const [typed, setTyped] = useState(String(defaultValue ?? ""));
  const count = String(value ?? typed).length;
  return (
    <TextArea
      {...rest}
      maxLength={max}
      value={value}
      defaultValue={value === undefined ? defaultValue : undefined}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange?.(e);
      }}
      hint={
        <>
          {hint}{" "}
          <span className={`block ${count > max ? "font-semibold text-red-700" : ""}`} data-testid={`${rest.name}-count`}>
            {t("characterCount", { count, max })}
          </span>
        </>
      }
    />
  );
}

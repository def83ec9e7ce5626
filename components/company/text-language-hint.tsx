"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { detectTextLanguage } from "@/lib/domain/text-language";
import type { NameOption } from "@/lib/text/name-options";

/**
 * Under the offer's language: when the tasks read like another language the list offers, says so
 * and sets it in one click: search stems read the offer's language (lib/domain/text-language.ts
 * says how the language is recognised).
 */
export function TextLanguageHint({
  text,
  chosen,
  options,
  onUse,
}: {
  text: string;
  chosen: string;
  options: readonly NameOption[];
  onUse: (code: string) => void;
}) {
  const t = useTranslations("offerEditor");
  const detected = useMemo(() => detectTextLanguage(text)?.language, [text]);
  const option = options.find((o) => o.code === detected);
  return (
    <div aria-live="polite" className="-mt-2 mb-4 sm:col-span-2">
      {option && option.code !== chosen && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("languageHint", { detected: option.name })}{" "}
          <button type="button" onClick={() => onUse(option.code)} className="font-semibold text-brand-800 underline underline-offset-2">
            {t("languageHintUse", { detected: option.name })}
          </button>
        </p>
      )}
    </div>
  );
}

"use client";
import { useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TOO_LARGE_FLAG } from "@/lib/http/limits";
import { CV_MAX_BYTES } from "@/lib/forms/limits";

/**
 * The CV size, checked in the browser before a large file is sent only to be refused. Also true
 * when proxy.ts sent an oversized post back to the page (no JavaScript) with ?tooLarge=1.
 * Returns whether to show "validation.cvTooLarge" on the "cv" field and the form's onSubmit;
 * `answered` (the action has replied since) retires the flag in the URL.
 */
export function useCvSizeCheck(answered: boolean): { cvTooLarge: boolean; checkCvSize: (event: FormEvent<HTMLFormElement>) => void } {
  const sentBack = useSearchParams().get(TOO_LARGE_FLAG) === "1";
  const [checked, setChecked] = useState<boolean | null>(null);
  function checkCvSize(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("cv");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const tooLarge = Boolean(file && file.size > CV_MAX_BYTES);
    setChecked(tooLarge);
    if (tooLarge) event.preventDefault();
  }
  return { cvTooLarge: checked ?? (sentBack && !answered), checkCvSize };
}

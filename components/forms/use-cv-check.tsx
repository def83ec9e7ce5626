"use client";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { TOO_LARGE_FLAG } from "@/lib/http/limits";
import { cvFileProblem, megabytes } from "@/lib/forms/cv-file";

// The CV, checked in the browser as soon as it is chosen and again before sending: a file that is
// too large or not a PDF is named with its size at once, instead of after a long upload that the
// server refuses (lib/server/files/cv.ts checks the bytes anyway). While a chosen file is sent,
// <UploadProgress> says so. The island lists the "upload" messages.

const chosenFile = (form: HTMLFormElement) => {
  const input = form.elements.namedItem("cv");
  return input instanceof HTMLInputElement ? input.files?.[0] : undefined;
};

/**
 * `cvError`: the key to show on the "cv" field (also when proxy.ts sent an oversized post back to
 * the page without JavaScript, ?tooLarge=1, until the action has `answered`); `onCvChange` for the
 * file input; `checkCv` for the form's onSubmit; `sending` the file being sent, for the progress line.
 */
export function useCvCheck(answered: boolean) {
  const sentBack = useSearchParams().get(TOO_LARGE_FLAG) === "1";
  const [problem, setProblem] = useState<string | null | undefined>(undefined);
  const [sending, setSending] = useState<{ name: string; size: number } | null>(null);
  function onCvChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setProblem(file ? cvFileProblem(file) : null);
  }
  function checkCv(event: FormEvent<HTMLFormElement>) {
    const file = chosenFile(event.currentTarget);
    const found = file ? cvFileProblem(file) : null;
    setProblem(found);
    if (found) {
      event.preventDefault();
      return;
    }
    setSending(file && file.size > 0 ? { name: file.name, size: file.size } : null);
  }
  const cvError = problem === undefined ? (sentBack && !answered ? "validation.cvTooLarge" : null) : problem;
  return { cvError, onCvChange, checkCv, sending };
}

/**
 * While the form is pending with a file: an indeterminate progress bar and the file's name and
 * size. A server action's fetch reports no upload progress, so the bar says "working", not how far.
 */
export function UploadProgress({ pending, file }: { pending: boolean; file: { name: string; size: number } | null }) {
  const t = useTranslations("upload");
  return (
    <div aria-live="polite" className="mb-3">
      {pending && file && (
        <div className="rounded-md bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200" data-testid="upload-progress">
          <p id="upload-progress-label">{t("sending", { name: file.name, size: megabytes(file.size) })}</p>
          <progress aria-labelledby="upload-progress-label" className="mt-2 h-2 w-full" />
        </div>
      )}
    </div>
  );
}

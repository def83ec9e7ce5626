"use client";
import { useTranslations } from "next-intl";
import { CV_ACCEPT } from "@/lib/forms/limits";
import type { ChangeEvent } from "react";
import { TextField } from "@/components/ui/field";

/** The CV upload: the current file with its download link, and a file input to add or replace it. */
export function CvField({
  currentFileName,
  downloadHref,
  errors,
  onChange,
}: {
  currentFileName: string | null;
  downloadHref: string;
  errors?: string[];
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const t = useTranslations("profile");
  return (
    <div>
      <p className="mb-2 text-sm text-slate-800">
        {currentFileName ? (
          <>
            {t("cvCurrent")}{" "}
            <a href={downloadHref} className="font-medium text-brand-800 underline" download>
              {t("cvDownload", { name: currentFileName })}
            </a>
          </>
        ) : (
          t("cvNone")
        )}
      </p>
      <TextField
        name="cv"
        type="file"
        accept={CV_ACCEPT}
        label={currentFileName ? t("cvReplace") : t("cvUpload")}
        hint={t("cvHint")}
        errors={errors}
        onChange={onChange}
      />
    </div>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useFormActionState, useFormText } from "@/components/forms/form-texts";
import { useEffect, useState } from "react";
import { applyAction } from "@/app/[locale]/offers/[id]/actions";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { MOTIVATION_MAX, MOTIVATION_MIN, motivationLength } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { UploadProgress, useCvCheck } from "@/components/forms/use-cv-check";
import { useReloadOfferViewer } from "./offer-viewer-context";

/** Motivation (with a live character counter) and the CV: the profile's, or a new PDF. */
export function ApplyForm({ offerId, profileCvFileName }: { offerId: string; profileCvFileName: string | null }) {
  const t = useTranslations("apply");
  const [state, action, pending] = useFormActionState(applyAction, initialFormState);
  const reload = useReloadOfferViewer();
  // Sent: the panel (cached page, client island) now shows the application instead of this form.
  useEffect(() => {
    if (state?.ok) reload();
  }, [state, reload]);
  return (
    <section aria-labelledby="apply-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="apply-title" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      {/* Remounted after each answer so the fields start from what the server echoed back. */}
      <ApplyFields key={JSON.stringify(state)} offerId={offerId} profileCvFileName={profileCvFileName} state={state} action={action} pending={pending} />
    </section>
  );
}

function ApplyFields({
  offerId,
  profileCvFileName,
  state,
  action,
  pending,
}: {
  offerId: string;
  profileCvFileName: string | null;
  state: FormState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  const t = useTranslations("apply");
  const text = useFormText();
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const errors = state && !state.ok ? state.fieldErrors : {};
  const [motivation, setMotivation] = useState(values.motivation ?? "");
  const [cvSource, setCvSource] = useState(values.cvSource ?? (profileCvFileName ? "profile" : "upload"));
  const length = motivationLength(motivation);
  const cvSourceErrors = errors.cvSource ?? [];
  const { cvError, onCvChange, checkCv, sending } = useCvCheck(state !== initialFormState);
  return (
    <form action={action} onSubmit={checkCv} noValidate>
      <input type="hidden" name="offerId" value={offerId} />
      <TextArea
        name="motivation"
        id="apply-motivation"
        rows={8}
        label={t("motivation")}
        required
        value={motivation}
        onChange={(e) => setMotivation(e.target.value)}
        errors={errors.motivation}
        hint={
          <>
            {t("motivationHint", { min: MOTIVATION_MIN, max: MOTIVATION_MAX })}{" "}
            <span aria-live="polite" data-testid="motivation-counter" className={length > MOTIVATION_MAX ? "font-semibold text-red-700" : undefined}>
              {length < MOTIVATION_MIN
                ? t("counterBelow", { count: length, max: MOTIVATION_MAX, missing: MOTIVATION_MIN - length })
                : t("counter", { count: length, max: MOTIVATION_MAX })}
            </span>
          </>
        }
      />
      <fieldset className="mb-4" aria-describedby={cvSourceErrors.length ? "apply-cv-source-error" : undefined}>
        <legend className="block text-sm font-medium text-slate-800">{t("cvLegend")}</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className={`flex items-start gap-2 ${profileCvFileName ? "" : "text-slate-600"}`}>
            <input
              type="radio"
              name="cvSource"
              value="profile"
              checked={cvSource === "profile"}
              onChange={() => setCvSource("profile")}
              disabled={!profileCvFileName}
              className="mt-1"
            />
            <span>{profileCvFileName ? t("cvFromProfile", { fileName: profileCvFileName }) : t("cvNoProfileCv")}</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="cvSource" value="upload" checked={cvSource === "upload"} onChange={() => setCvSource("upload")} className="mt-1" />
            <span>{t("cvUpload")}</span>
          </label>
        </div>
        <div id="apply-cv-source-error" aria-live="polite">
          {cvSourceErrors.map((key) => (
            <p key={key} className="mt-1 text-sm font-medium text-red-700">
              {text(key)}
            </p>
          ))}
        </div>
      </fieldset>
      {/* Always present, so the form also works without JavaScript; choosing a file picks "upload". */}
      <TextField
        name="cv"
        id="apply-cv"
        type="file"
        accept="application/pdf,.pdf"
        label={t("cvFile")}
        hint={t("cvFileHint")}
        errors={cvError ? [cvError] : errors.cv}
        onChange={(e) => {
          if (e.currentTarget.files?.length) setCvSource("upload");
          onCvChange(e);
        }}
      />
      <UploadProgress pending={pending} file={cvSource === "upload" ? sending : null} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

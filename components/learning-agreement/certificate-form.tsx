"use client";
import { useTranslations } from "next-intl";
import { certificateAction } from "@/app/[locale]/placements/[id]/learning-agreement/actions";
import type { LaCertificate } from "@/lib/domain/learning-agreement";
import { LA_LIMITS } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LaHidden } from "./la-hidden";
import { useLaForm } from "./use-la-form";
import { CountedTextArea, CountedTextField } from "@/components/forms/counted-field";

type Defaults = Pick<LaCertificate, "actualStart" | "actualEnd" | "programmeCompleted" | "competences" | "evaluation" | "signerName" | "signerPosition">;

/** D: the host issues the traineeship certificate (again, to correct it). */
export function CertificateForm({ placementId, defaults, reissue }: { placementId: string; defaults: Defaults; reissue: boolean }) {
  const t = useTranslations("learningAgreement");
  const { state, formAction, pending, errors, value, key } = useLaForm(certificateAction);
  const v = (name: keyof Defaults) => value(name, defaults[name]);
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 p-3" open={!reissue}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">{reissue ? t("certificate.reissue") : t("certificate.issue")}</summary>
      <form key={key} action={formAction} noValidate className="mt-3" aria-label={reissue ? t("certificate.reissue") : t("certificate.issue")}>
        <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
        <LaHidden placementId={placementId} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            name="actualStart"
            id="cert-start"
            type="date"
            label={t("certificate.actualStart")}
            defaultValue={v("actualStart")}
            errors={errors.actualStart}
            required
          />
          <TextField
            name="actualEnd"
            id="cert-end"
            type="date"
            label={t("certificate.actualEnd")}
            defaultValue={v("actualEnd")}
            errors={errors.actualEnd}
            required
          />
        </div>
        <CountedTextArea
          name="programmeCompleted"
          id="cert-programme"
          rows={5}
          label={t("certificate.programmeCompleted")}
          defaultValue={v("programmeCompleted")}
          errors={errors.programmeCompleted}
          max={LA_LIMITS.programme}
          required
        />
        <CountedTextArea
          name="competences"
          id="cert-competences"
          rows={4}
          label={t("certificate.competences")}
          hint={t("certificate.competencesHint")}
          defaultValue={v("competences")}
          errors={errors.competences}
          max={LA_LIMITS.longText}
          required
        />
        <CountedTextArea
          name="evaluation"
          id="cert-evaluation"
          rows={4}
          label={t("certificate.evaluation")}
          defaultValue={v("evaluation")}
          errors={errors.evaluation}
          max={LA_LIMITS.longText}
          required
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <CountedTextField
            name="signerName"
            id="cert-signer"
            label={t("certificate.signerName")}
            defaultValue={v("signerName")}
            errors={errors.signerName}
            max={LA_LIMITS.name}
            required
            autoComplete="name"
          />
          <CountedTextField
            name="signerPosition"
            id="cert-position"
            label={t("certificate.signerPosition")}
            defaultValue={v("signerPosition")}
            errors={errors.signerPosition}
            max={LA_LIMITS.name}
            required
            autoComplete="organization-title"
          />
        </div>
        <p className="mb-3 text-sm text-slate-700">{t("certificate.signNote")}</p>
        <Button type="submit" disabled={pending}>
          {reissue ? t("certificate.reissueButton") : t("certificate.issueButton")}
        </Button>
      </form>
    </details>
  );
}

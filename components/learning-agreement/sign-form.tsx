"use client";
import { useTranslations } from "next-intl";
import { signAction } from "@/app/[locale]/placements/[id]/learning-agreement/actions";
import type { LaParty } from "@/lib/domain/learning-agreement";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { LaHidden } from "./la-hidden";
import { useLaForm } from "./use-la-form";

/** The current user's signature, for the version on screen (a newer version refuses it). */
export function SignForm({ placementId, version, party }: { placementId: string; version: number; party: LaParty }) {
  const t = useTranslations("learningAgreement");
  const { state, formAction, pending } = useLaForm(signAction);
  return (
    <form action={formAction} className="rounded-md bg-brand-50 p-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <LaHidden placementId={placementId} version={version} />
      <p className="mb-3 text-sm text-slate-800">{t("sign.explain", { version, party: t(`partyAs.${party}`) })}</p>
      <Button type="submit" disabled={pending}>
        {t("sign.button", { version })}
      </Button>
    </form>
  );
}

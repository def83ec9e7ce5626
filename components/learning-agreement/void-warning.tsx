"use client";
import { useTranslations } from "next-intl";

/** Said before saving, not after: a real change voids the signatures already given. */
export function VoidWarning({ signedCount }: { signedCount: number }) {
  const t = useTranslations("learningAgreement");
  if (signedCount === 0) return null;
  return <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm font-medium text-amber-900">{t("form.voidWarning", { count: signedCount })}</p>;
}

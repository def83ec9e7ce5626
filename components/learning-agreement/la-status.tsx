import { getTranslations } from "next-intl/server";
import type { LearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { Badge } from "@/components/ui/badge";

/** Fully signed, partly signed or not signed yet, with the version those signatures are for. */
export async function LaStatus({ view }: { view: LearningAgreementView }) {
  const t = await getTranslations("learningAgreement");
  const count = Object.values(view.signatures).filter(Boolean).length;
  const tone = view.fullySigned ? "success" : count > 0 ? "warning" : "neutral";
  const label = view.fullySigned ? t("status.fullySigned") : count > 0 ? t("status.partly", { count }) : t("status.unsigned");
  return (
    <>
      <Badge tone={tone}>{label}</Badge> <span className="text-sm text-slate-700">{t("status.version", { version: view.la.version })}</span>
    </>
  );
}

import { type PlacementState } from "@/lib/domain/placement-lifecycle";
import { getTranslations } from "next-intl/server";
import { Badge, statusTone } from "@/components/ui/badge";

/** In the host's applicant list: where the placement stands at the office, and when it is the host's move. */
export async function PlacementStep({ application, placement }: { application: string; placement: PlacementState }) {
  const t = await getTranslations("placementLifecycle.pipeline");
  const te = await getTranslations("enums");
  return (
    <p className="mt-1 text-xs text-slate-700">
      {t("office")} <Badge tone={statusTone(placement)}>{te(`placementStatus.${placement}`)}</Badge>
      {application === "ACCEPTED" && placement === "REJECTED" && <span className="block font-medium text-red-800">{t("yourMove")}</span>}
    </p>
  );
}

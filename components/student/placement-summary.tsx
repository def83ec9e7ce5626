import { type PlacementState } from "@/lib/domain/placement-lifecycle";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, statusTone } from "@/components/ui/badge";

/** A placement in one table cell: its status, action and planned dates. */
export async function PlacementSummary({ placement }: { placement: { status: PlacementState; action: string; startDate: Date; endDate: Date } | null }) {
  if (!placement) return <>—</>;
  const te = await getTranslations("enums");
  const format = await getFormatter();
  return (
    <>
      <Badge tone={statusTone(placement.status)}>{te(`placementStatus.${placement.status}`)}</Badge>
      <span className="block text-slate-600">
        {placement.action} · {format.dateTime(placement.startDate, { dateStyle: "medium" })} – {format.dateTime(placement.endDate, { dateStyle: "medium" })}
      </span>
    </>
  );
}

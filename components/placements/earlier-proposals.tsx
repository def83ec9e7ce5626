import { type PlacementState } from "@/lib/domain/placement-lifecycle";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

export type EarlierProposal = { id: string; startDate: Date; endDate: Date; status: PlacementState; decidedAt: Date | null; decisionReason: string | null };

/** The proposals the office refused before the current one (PlacementProposal), oldest first. */
export async function EarlierProposals({ proposals }: { proposals: readonly EarlierProposal[] }) {
  if (proposals.length === 0) return null;
  const t = await getTranslations("placementLifecycle.earlier");
  const te = await getTranslations("enums");
  return (
    <Card title={t("title")}>
      <ol className="space-y-2 text-sm" data-testid="earlier-proposals">
        {proposals.map((p) => (
          <li key={p.id}>
            <p className="font-medium text-slate-900">{t("item", { start: p.startDate, end: p.endDate, status: te(`placementStatus.${p.status}`) })}</p>
            {p.decisionReason && <p className="text-slate-700">{t("reason", { reason: p.decisionReason })}</p>}
          </li>
        ))}
      </ol>
    </Card>
  );
}

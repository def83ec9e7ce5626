import { getFormatter, getTranslations } from "next-intl/server";
import { HARD_CHECK_IDS, type CheckId } from "@/lib/domain";
import { Card } from "@/components/ui/card";
import { checkTranslator, type CheckLike } from "./placement-check-text";

/**
 * Every rule of the placement checks with its verdict in words and a symbol (never colour alone),
 * hard rules marked as such. `evaluatedAt` is set when the list shows the verdicts stored at the
 * decision rather than a fresh run.
 */
export async function PlacementCheckList({ checks, evaluatedAt }: { checks: readonly (CheckLike & { ok: boolean })[]; evaluatedAt: Date | null }) {
  const t = await getTranslations("placementReview");
  const format = await getFormatter();
  const tr = await checkTranslator();
  const failing = checks.filter((c) => !c.ok).length;
  return (
    <Card title={t("checksTitle")}>
      <p className="mb-3 text-sm text-slate-700">
        {evaluatedAt ? t("checksStored", { date: format.dateTime(evaluatedAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("checksLive")}{" "}
        {t("checksSummary", { failing, total: checks.length })}
      </p>
      <ul className="divide-y divide-slate-100" data-testid="placement-checks">
        {checks.map((c) => {
          const hard = HARD_CHECK_IDS.includes(c.id as CheckId);
          return (
            <li key={c.id} className="flex gap-3 py-2.5" data-check={c.id} data-ok={c.ok}>
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-sm font-bold ${c.ok ? "bg-green-100 text-green-900" : hard ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
              >
                {c.ok ? "✓" : "✗"}
              </span>
              <div className="text-sm">
                <p className="font-semibold text-slate-900">
                  {tr.title(c.id)}{" "}
                  <span className={c.ok ? "text-green-800" : hard ? "text-red-800" : "text-amber-900"}>— {c.ok ? t("passes") : t("fails")}</span>
                  {!hard && <span className="ml-2 text-xs font-normal text-slate-600">{t("advisory")}</span>}
                </p>
                <p className="text-slate-700">{tr.message(c)}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

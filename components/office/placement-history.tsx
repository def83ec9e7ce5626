import { getFormatter, getTranslations } from "next-intl/server";
import { isDotActivityId } from "@/lib/domain/activities";
import type { HistoryEntry } from "@/lib/server/services/placement/review";
import { Card } from "@/components/ui/card";

const KNOWN_VERBS = new Set([
  "application.accept",
  "placement.propose",
  "placement.format",
  "placement.approve",
  "placement.override",
  "placement.reject",
  "placement.cancel",
  "placement.repropose",
  "application.release",
  "learning-agreement.create",
]);

const field = (after: unknown, key: string): unknown => (after && typeof after === "object" ? (after as Record<string, unknown>)[key] : undefined);

/** The placement's story from the audit log: who did what and when, an override's categories and justification included. */
export async function PlacementHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const t = await getTranslations("placementReview.history");
  const ta = await getTranslations("activities");
  const format = await getFormatter();
  return (
    <Card title={t("title")}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="placement-history">
          {entries.map((e) => {
            const categories = field(e.after, "categories");
            const justification = field(e.after, "justification");
            const reason = field(e.after, "reason");
            return (
              <li key={e.id}>
                <p>
                  <span className="font-semibold text-slate-900">{KNOWN_VERBS.has(e.verb) ? t(`verbs.${e.verb.replace(".", "_")}` as never) : e.verb}</span>{" "}
                  <span className="text-slate-600">
                    {t("byAt", { name: e.actorName ?? t("system"), date: format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" }) })}
                  </span>
                </p>
                {e.verb === "placement.override" && Array.isArray(categories) && (
                  <p className="text-slate-800">
                    {t("confirmed", {
                      categories: categories
                        .filter(isDotActivityId)
                        .map((id) => ta(`${id}.label`))
                        .join(", "),
                    })}
                  </p>
                )}
                {typeof justification === "string" && (
                  <blockquote className="mt-1 border-l-4 border-amber-300 bg-amber-50 p-2 whitespace-pre-line text-slate-900">{justification}</blockquote>
                )}
                {e.verb === "placement.reject" && typeof reason === "string" && (
                  <blockquote className="mt-1 border-l-4 border-red-300 bg-red-50 p-2 whitespace-pre-line text-slate-900">{reason}</blockquote>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}

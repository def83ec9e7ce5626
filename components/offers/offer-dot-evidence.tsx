import { getTranslations } from "next-intl/server";
import { evidenceForDeclared, isDotActivityId, type ClassificationResult } from "@/lib/domain";
import { highlightSegments } from "@/lib/text/highlight";
import { Card } from "@/components/ui/card";

const phrasesOf = (check: ClassificationResult, id: string) => [...new Set(check.evidence.filter((e) => e.id === id).map((e) => e.phrase))];

/**
 * The tasks with the DOT evidence marked where it was found, then the activities the classifier
 * (lib/domain, the same check the host saw while writing and the office re-runs) recognised, the
 * other work it found, and the categories the host declared with or without evidence.
 */
export async function OfferDotEvidence({
  tasks,
  lang,
  check,
  declared,
  noEvidenceText,
  title,
}: {
  tasks: string;
  /** The language the host wrote the tasks in (marked on the list for screen readers). */
  lang?: string;
  check: ClassificationResult;
  declared: readonly string[];
  /** Replaces the participant-facing "no evidence" note (e.g. on the office's review page). */
  noEvidenceText?: string;
  /** Replaces the participant-facing "What you will do" heading. */
  title?: string;
}) {
  const t = await getTranslations("offer.dot");
  const ta = await getTranslations("activities");
  const dotTerms = check.evidence.filter((e) => e.kind === "category").map((e) => ({ phrase: e.phrase, tag: e.id }));
  const lines = tasks
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const declaredEvidence = evidenceForDeclared(declared.filter(isDotActivityId), check);
  return (
    <Card title={title ?? t("tasksTitle")}>
      <ul lang={lang} className="list-disc space-y-1 pl-5 text-sm text-slate-800">
        {lines.map((line, i) => (
          <li key={i}>
            {highlightSegments(line, dotTerms).map((s, j) =>
              s.tag ? (
                <mark key={j} className="rounded bg-amber-100 px-0.5 text-slate-900" title={ta(`${s.tag}.label`)}>
                  {s.text}
                </mark>
              ) : (
                s.text
              ),
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="dot-evidence-title" className="mt-5 border-t border-slate-200 pt-4" data-testid="dot-evidence">
        <h3 id="dot-evidence-title" className="font-semibold text-slate-900">
          {t("title")}
        </h3>
        {check.qualifies ? (
          <p className="mt-2 rounded-md bg-green-50 p-3 text-sm font-semibold text-green-900">{t("qualifies")}</p>
        ) : (
          <p className="mt-2 rounded-md bg-amber-50 p-3 text-sm font-semibold text-amber-900">{noEvidenceText ?? t("noEvidence")}</p>
        )}
        {check.categories.length > 0 && (
          <ul className="mt-3 space-y-2 text-sm">
            {check.categories.map((id) => (
              <li key={id}>
                <span className="font-medium">{ta(`${id}.label`)}</span>
                <span className="block text-slate-700">
                  {t("evidence", {
                    phrases: phrasesOf(check, id)
                      .map((p) => `“${p}”`)
                      .join(", "),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {check.excluded.length > 0 && (
          <>
            <h4 className="mt-4 text-sm font-semibold text-slate-800">{t("excludedTitle")}</h4>
            <ul className="mt-1 space-y-1 text-sm text-slate-700">
              {check.excluded.map((id) => (
                <li key={id}>
                  {ta(`${id}.label`)}:{" "}
                  {phrasesOf(check, id)
                    .map((p) => `“${p}”`)
                    .join(", ")}
                </li>
              ))}
            </ul>
            <p className="mt-1 text-sm text-slate-600">{t("excludedHint")}</p>
          </>
        )}
        {declaredEvidence.length > 0 && (
          <>
            <h4 className="mt-4 text-sm font-semibold text-slate-800">{t("declaredTitle")}</h4>
            <ul className="mt-1 space-y-1 text-sm">
              {declaredEvidence.map((d) => (
                <li key={d.id}>
                  {ta(`${d.id}.label`)} —{" "}
                  <span className={d.hasEvidence ? "text-green-800" : "text-amber-900"}>{d.hasEvidence ? t("declaredFound") : t("declaredMissing")}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </Card>
  );
}

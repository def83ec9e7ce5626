"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ActivityId, DotActivityId } from "@/lib/domain/activities";
import { classifyActivities, evidenceForDeclared, type ClassificationResult } from "@/lib/domain/classifier";

const DEBOUNCE_MS = 300;

/**
 * The DOT check while the company types: the same lib/domain classifier the server runs on
 * publish and the approval action runs again, here in the browser, debounced.
 */
export function DotLiveCheck({ tasks, declared }: { tasks: string; declared: DotActivityId[] }) {
  const t = useTranslations("offerEditor.check");
  const ta = useTranslations("activities");
  const [result, setResult] = useState<ClassificationResult>(() => classifyActivities(tasks));
  useEffect(() => {
    const timer = setTimeout(() => setResult(classifyActivities(tasks)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [tasks]);

  const phrasesOf = (id: string) => [...new Set(result.evidence.filter((e) => e.id === id).map((e) => e.phrase))];
  const missing = evidenceForDeclared(declared, result).filter((d) => !d.hasEvidence);

  return (
    <section
      aria-labelledby="dot-check-title"
      aria-live="polite"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="dot-live-check"
    >
      <h2 id="dot-check-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {tasks.trim().length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("empty")}</p>
      ) : result.qualifies ? (
        <p className="mt-2 rounded-md bg-green-50 p-3 text-sm font-semibold text-green-900">{t("qualifies")}</p>
      ) : (
        <p className="mt-2 rounded-md bg-red-50 p-3 text-sm font-semibold text-red-800">{t("notQualifying")}</p>
      )}
      {result.categories.length > 0 && <EvidenceList title={t("found")} ids={result.categories} phrasesOf={phrasesOf} />}
      {result.excluded.length > 0 && (
        <>
          <EvidenceList title={t("excluded")} ids={result.excluded} phrasesOf={phrasesOf} />
          <p className="mt-2 text-sm text-slate-700">{t("excludedHint")}</p>
        </>
      )}
      {missing.length > 0 && (
        <div className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-semibold">{t("declaredNoEvidence")}</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((m) => (
              <li key={m.id}>{ta(`${m.id}.label`)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function EvidenceList({ title, ids, phrasesOf }: { title: string; ids: readonly ActivityId[]; phrasesOf: (id: string) => string[] }) {
  const t = useTranslations("offerEditor.check");
  const ta = useTranslations("activities");
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="mt-1 space-y-2 text-sm">
        {ids.map((id) => (
          <li key={id}>
            <span className="font-medium">{ta(`${id}.label`)}</span>
            <span className="block text-slate-700">
              {t("evidence", {
                phrases: phrasesOf(id)
                  .map((p) => `“${p}”`)
                  .join(", "),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState, useSyncExternalStore } from "react";
import { type AcceptWarning, type OfferTerms, acceptWarnings } from "@/lib/domain/accept-warnings";
import type { PlacementCheckInput } from "@/lib/domain/placement-checks";
import { checkMessageKey, checkMessageValues } from "@/components/office/placement-check-values";
import { TextField } from "@/components/ui/field";
import { useFormText } from "@/components/forms/form-texts";

/** Everything the office's checks read, except the dates the host types. */
export type PeriodCheckBase = Omit<PlacementCheckInput, "start" | "end">;

const subscribe = () => () => {};

function useWarningText() {
  const t = useTranslations("placementChecks");
  const enums = useTranslations("enums");
  const activities = useTranslations("activities");
  return (w: AcceptWarning) => {
    const key = checkMessageKey(w);
    if (!t.has(key as never)) return w.message;
    // The host's warnings are about dates and duration: they name no country, so codes stay as given.
    const values = checkMessageValues(w, { country: (code) => code, enums: (k) => enums(k as never), activity: (k) => activities(k as never) });
    return `${t(`${w.id}.title` as never)}: ${t(key as never, values as never)}`;
  };
}

/**
 * Start and end of a proposed period with, while the host types, the warnings the international
 * office's checks and the offer's own terms give for it (lib/domain/accept-warnings.ts), and the
 * "accept anyway" box the server asks for when there are any. The warnings appear after hydration
 * only: the server cannot know what the browser will have typed.
 */
export function PeriodFields({
  idPrefix,
  base,
  terms,
  defaultStart,
  defaultEnd,
  errors,
}: {
  idPrefix: string;
  base: PeriodCheckBase;
  terms: OfferTerms;
  defaultStart: string;
  defaultEnd: string;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("placementLifecycle");
  const text = useFormText();
  const [start, setStart] = useState(defaultStart);
  const [end, setEnd] = useState(defaultEnd);
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const warnings = useMemo(() => (hydrated ? acceptWarnings({ ...base, start, end }, terms) : []), [hydrated, base, start, end, terms]);
  const warningText = useWarningText();
  const ackErrors = errors.acceptAnyway;
  return (
    <>
      <TextField
        name="start"
        id={`${idPrefix}-start`}
        type="date"
        label={t("start")}
        value={start}
        onChange={(e) => setStart(e.target.value)}
        errors={errors.start}
      />
      <TextField name="end" id={`${idPrefix}-end`} type="date" label={t("end")} value={end} onChange={(e) => setEnd(e.target.value)} errors={errors.end} />
      <div aria-live="polite" data-testid={`${idPrefix}-warnings`}>
        {warnings.length > 0 && (
          <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold">{t("warnings.title")}</p>
            <p className="mt-1">{t("warnings.lead")}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {warnings.map((w) => (
                <li key={`${w.id}/${w.code}`}>{warningText(w)}</li>
              ))}
            </ul>
            <label className="mt-3 flex items-start gap-2 font-medium">
              <input
                type="checkbox"
                name="acceptAnyway"
                className="mt-1"
                aria-describedby={ackErrors?.length ? `${idPrefix}-ack-error` : undefined}
                aria-invalid={ackErrors?.length ? true : undefined}
              />
              <span>{t("warnings.acceptAnyway")}</span>
            </label>
          </div>
        )}
        <div id={`${idPrefix}-ack-error`}>
          {ackErrors?.map((key) => (
            <p key={key} className="mb-3 text-sm font-medium text-red-700">
              {text(key)}
            </p>
          ))}
        </div>
      </div>
    </>
  );
}

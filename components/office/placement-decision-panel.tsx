"use client";
import { useTranslations } from "next-intl";
import { useFormActionState, useFormText } from "@/components/forms/form-texts";
import { startTransition, useState } from "react";
import { approvePlacementAction, rejectPlacementAction } from "@/app/[locale]/office/placements/[id]/actions";
import { DOT_ACTIVITY_IDS, type DotActivityId } from "@/lib/domain/activities";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { CountedTextArea } from "@/components/forms/counted-field";
import { FormMessage } from "@/components/ui/form-message";

export type CheckText = { title: string; message: string };
/** The decision limits (lib/domain/approval), passed in so the classifier stays out of the browser bundle. */
export type DecisionLimits = { justificationMin: number; justificationMax: number; reasonMax: number };
/** What approving writes, formatted on the server from the review's own figures (the grant is the service's estimate). */
export type DecisionSummary = { action: string; period: string; duration: string; grant: string | null };
type Mode = "approve" | "override" | "refuse";

const errorsOf = (state: FormState) => (state && !state.ok ? state.fieldErrors : {});

/** A decision form's heading, the placement id it acts on, and its announced answer. */
function FormHead({ id, title, placementId, state }: { id: string; title: string; placementId: string; state: FormState }) {
  return (
    <>
      <h3 id={id} className="mb-2 font-semibold text-slate-900">
        {title}
      </h3>
      <input type="hidden" name="placementId" value={placementId} />
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
    </>
  );
}

/** The server's refusal: the rules that failed, in the same words as the checks on the page. */
function RefusedChecks({ state, checkTexts }: { state: FormState; checkTexts: Record<string, CheckText> }) {
  const t = useTranslations("placementReview");
  const failing = errorsOf(state).checks ?? [];
  if (failing.length === 0) return null;
  return (
    <div className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="refusal">
      <p className="font-semibold">{t("refusedBecause")}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {failing.map((id) => (
          <li key={id}>
            <span className="font-medium">{checkTexts[id]?.title ?? id}:</span> {checkTexts[id]?.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The confirmation before an approval is written: the key action, the period, the grant and, for an
 * override, the failing check and the officer's own words. Like reject's, the step lives on the page.
 */
function ApproveConfirm({
  id,
  summary,
  pending,
  onCancel,
  children,
}: {
  id: string;
  summary: DecisionSummary;
  pending: boolean;
  onCancel: () => void;
  children?: React.ReactNode;
}) {
  const t = useTranslations("placementReview");
  const rows: [string, string][] = [
    [t("confirm.action"), summary.action],
    [t("confirm.period"), summary.period],
    [t("confirm.duration"), summary.duration],
    [t("confirm.grant"), summary.grant ?? t("confirm.noGrant")],
  ];
  return (
    <div role="group" aria-labelledby={id} className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm" data-testid="approve-confirm">
      <p id={id} className="mb-2 font-medium text-slate-900">
        {t("confirm.question")}
      </p>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-700">{label}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {children}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {t("confirm.yes")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("rejectCancel")}
        </Button>
      </div>
    </div>
  );
}

function ApproveForm({
  placementId,
  mode,
  checkTexts,
  summary,
}: {
  placementId: string;
  mode: Mode;
  checkTexts: Record<string, CheckText>;
  summary: DecisionSummary;
}) {
  const t = useTranslations("placementReview");
  const [state, action, pending] = useFormActionState(approvePlacementAction, initialFormState);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={action} aria-labelledby="approve-title" onSubmit={() => setConfirming(false)}>
      <FormHead id="approve-title" title={t("approveTitle")} placementId={placementId} state={state} />
      <RefusedChecks state={state} checkTexts={checkTexts} />
      <p className="mb-3 text-sm text-slate-700">{mode === "approve" ? t("approveHint") : t("approveRefuseHint")}</p>
      {confirming ? (
        <ApproveConfirm id="approve-confirm-text" summary={summary} pending={pending} onCancel={() => setConfirming(false)} />
      ) : (
        <Button type="button" onClick={() => setConfirming(true)}>
          {t("approve")}
        </Button>
      )}
    </form>
  );
}

function OverrideForm({
  placementId,
  limits,
  checkTexts,
  failing,
  summary,
}: {
  placementId: string;
  limits: DecisionLimits;
  checkTexts: Record<string, CheckText>;
  failing: string[];
  summary: DecisionSummary;
}) {
  const t = useTranslations("placementReview");
  const ta = useTranslations("activities");
  const text = useFormText();
  const [state, action, pending] = useFormActionState(approvePlacementAction, initialFormState);
  const [chosen, setChosen] = useState<DotActivityId[]>([]);
  const [justification, setJustification] = useState("");
  const [confirming, setConfirming] = useState(false);
  const errors = errorsOf(state);
  const length = justification.trim().length;
  const categoryErrors = errors.overrideCategories ?? [];
  return (
    <form
      action={action}
      aria-labelledby="override-title"
      noValidate
      onSubmit={(e) => {
        // Submitted by hand so React does not reset the form after a refusal: the officer's
        // choices and words stay (the action attribute still serves a browser without JavaScript).
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setConfirming(false);
        startTransition(() => action(data));
      }}
    >
      <FormHead id="override-title" title={t("overrideTitle")} placementId={placementId} state={state} />
      <p className="mb-3 text-sm text-slate-700">{t("overrideHint")}</p>
      <fieldset
        className="mb-4"
        aria-describedby={categoryErrors.length ? "override-categories-error" : undefined}
        aria-invalid={categoryErrors.length ? true : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t("overrideCategories")}</legend>
        <ul className="mt-2 space-y-2">
          {DOT_ACTIVITY_IDS.map((id) => (
            <li key={id} className="flex gap-2">
              <input
                type="checkbox"
                id={`override-${id}`}
                name="overrideCategories"
                value={id}
                checked={chosen.includes(id)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, id] : c.filter((x) => x !== id)))}
                className="mt-1 h-4 w-4"
                aria-describedby={`override-${id}-description`}
              />
              <label htmlFor={`override-${id}`} className="text-sm">
                <span className="font-medium text-slate-900">{ta(`${id}.label`)}</span>
                <span id={`override-${id}-description`} className="block text-slate-600">
                  {ta(`${id}.description`)}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <div id="override-categories-error" aria-live="polite">
          {categoryErrors.map((key) => (
            <p key={key} className="mt-1 text-sm font-medium text-red-700">
              {text(key)}
            </p>
          ))}
        </div>
      </fieldset>
      <TextArea
        name="justification"
        id="override-justification"
        rows={4}
        label={t("justification")}
        value={justification}
        onChange={(e) => setJustification(e.target.value)}
        maxLength={limits.justificationMax}
        errors={errors.justification}
        hint={
          <span className={length >= limits.justificationMin ? "text-green-800" : undefined} data-testid="justification-count">
            {t("justificationCount", { count: length, min: limits.justificationMin })}
          </span>
        }
      />
      {confirming ? (
        <ApproveConfirm id="override-confirm-text" summary={summary} pending={pending} onCancel={() => setConfirming(false)}>
          <dl className="mb-3 space-y-1">
            <dt className="text-slate-700">{t("confirm.overridden")}</dt>
            {failing.map((id) => (
              <dd key={id} className="font-medium text-slate-900">
                {checkTexts[id]?.title ?? id}: {checkTexts[id]?.message}
              </dd>
            ))}
            <dt className="text-slate-700">{t("confirm.categories")}</dt>
            <dd className="font-medium text-slate-900">{chosen.length ? chosen.map((id) => ta(`${id}.label`)).join(", ") : t("confirm.noCategories")}</dd>
            <dt className="text-slate-700">{t("confirm.justification")}</dt>
            <dd className="whitespace-pre-line font-medium text-slate-900">{justification.trim() || t("confirm.noJustification")}</dd>
          </dl>
        </ApproveConfirm>
      ) : (
        <Button type="button" onClick={() => setConfirming(true)}>
          {t("approveWithOverride")}
        </Button>
      )}
    </form>
  );
}

/** Reject with a reason, after a confirmation step on the page (the parties are told at once). */
function RejectForm({ placementId, limits }: { placementId: string; limits: DecisionLimits }) {
  const [state, action, pending] = useFormActionState(rejectPlacementAction, initialFormState);
  // Remount after each answer: the confirmation step closes and the reason comes back from the state.
  return <RejectFields key={JSON.stringify(state)} placementId={placementId} state={state} action={action} pending={pending} reasonMax={limits.reasonMax} />;
}

function RejectFields({
  placementId,
  state,
  action,
  pending,
  reasonMax,
}: {
  placementId: string;
  state: FormState;
  action: (f: FormData) => void;
  pending: boolean;
  reasonMax: number;
}) {
  const t = useTranslations("placementReview");
  const [confirming, setConfirming] = useState(false);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} aria-labelledby="reject-title" noValidate>
      <FormHead id="reject-title" title={t("rejectTitle")} placementId={placementId} state={state} />
      <CountedTextArea
        name="reason"
        id="reject-reason"
        rows={3}
        max={reasonMax}
        label={t("reason")}
        hint={t("reasonHint")}
        defaultValue={values?.reason ?? ""}
        errors={errorsOf(state).reason}
      />
      {confirming ? (
        <div role="group" aria-labelledby="reject-confirm-text" className="rounded-md border border-red-200 bg-red-50 p-3">
          <p id="reject-confirm-text" className="mb-3 text-sm font-medium text-red-900">
            {t("rejectConfirm")}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>
              {t("rejectYes")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("rejectCancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
          {t("reject")}
        </Button>
      )}
    </form>
  );
}

export function PlacementDecisionPanel({
  placementId,
  mode,
  checkTexts,
  failing,
  limits,
  summary,
}: {
  placementId: string;
  mode: Mode;
  checkTexts: Record<string, CheckText>;
  /** The ids of the checks that fail now (in override mode: the one being overridden). */
  failing: string[];
  limits: DecisionLimits;
  summary: DecisionSummary;
}) {
  const t = useTranslations("placementReview");
  return (
    <section aria-labelledby="decision-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="decision-title" className="mb-4 text-lg font-semibold text-slate-900">
        {t("decisionTitle")}
      </h2>
      <div className="grid gap-8 md:grid-cols-2">
        {mode === "override" ? (
          <OverrideForm placementId={placementId} limits={limits} checkTexts={checkTexts} failing={failing} summary={summary} />
        ) : (
          <ApproveForm placementId={placementId} mode={mode} checkTexts={checkTexts} summary={summary} />
        )}
        <RejectForm placementId={placementId} limits={limits} />
      </div>
    </section>
  );
}

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { type MatchReason, type MatchResult, type MatchTone, applicantReasons, isBlockingReason, topReasons } from "@/lib/domain/matching/score";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { reasonMessageKey, reasonMessageValues } from "./match-reason-values";

const TONE_STYLE: Record<MatchTone, string> = {
  good: "text-green-700",
  partial: "text-amber-700",
  bad: "text-red-700",
};

// Check mark, exclamation mark, cross: the shape carries the meaning, not only the colour.
const TONE_PATH: Record<MatchTone, string> = {
  good: "M5 10.5l3.5 3.5L15 7",
  partial: "M10 5v6M10 14.5v.5",
  bad: "M6 6l8 8M14 6l-8 8",
};

function ToneIcon({ tone, label }: { tone: MatchTone; label: string }) {
  return (
    <span className={`mt-0.5 inline-flex shrink-0 ${TONE_STYLE[tone]}`}>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        width="18"
        height="18"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <circle cx="10" cy="10" r="8.5" strokeWidth="1.5" />
        <path d={TONE_PATH[tone]} />
      </svg>
      <span className="sr-only">{label}</span>
    </span>
  );
}

const scoreTone = (result: MatchResult) => (!result.eligible ? "neutral" : result.score >= 70 ? "success" : result.score >= 40 ? "warning" : "neutral");

/**
 * How an offer fits the signed-in participant, in plain words (lib/domain/matching). `compact`:
 * the score and the two reasons that tell most (for result lists); otherwise every reason, grouped
 * good / partial / bad, after a banner saying why the offer is not eligible when it is not.
 * `forHost`: the compact form for a host's applicant list, with the reasons about the applicant
 * (lib/domain/matching/score.ts applicantReasons) worded about them, not to them.
 */
export async function MatchSummary({ result, compact = false, forHost = false }: { result: MatchResult; compact?: boolean; forHost?: boolean }) {
  const [t, hostTexts, isced, activity, enums, format, locale] = await Promise.all([
    getTranslations("match"),
    getTranslations("applicantMatch"),
    getTranslations("isced"),
    getTranslations("activities"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const labels = {
    locale,
    date: (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }),
    isced: (key: string) => isced(key as never),
    activity: (key: string) => activity(key as never),
    enums: (key: string) => enums(key as never),
  };
  const text = (r: MatchReason) => (forHost ? hostTexts : t)(reasonMessageKey(r) as never, reasonMessageValues(r, labels) as never);
  const item = (r: MatchReason, i: number) => (
    <li key={`${r.id}-${r.code}-${i}`} className="flex gap-2">
      <ToneIcon tone={r.tone} label={t(`tone.${r.tone}`)} />
      <span>{text(r)}</span>
    </li>
  );
  const score = (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={scoreTone(result)}>
        <span aria-hidden="true">{t("score", { score: result.score })}</span>
        <span className="sr-only">{t("scoreLabel", { score: result.score })}</span>
      </Badge>
      {!result.eligible && <Badge tone="danger">{t("notEligibleShort")}</Badge>}
    </span>
  );

  if (compact || forHost) {
    return (
      <div className="text-sm">
        {score}
        <ul className="mt-2 grid gap-1 text-slate-700">{(forHost ? applicantReasons(result, 2) : topReasons(result, 2)).map(item)}</ul>
      </div>
    );
  }

  const blocking = result.reasons.filter(isBlockingReason);
  const rest = result.reasons.filter((r) => !isBlockingReason(r));
  return (
    <Card title={t("heading")}>
      <div className="text-sm">
        {score}
        {blocking.length > 0 && (
          <div className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            <h3 className="font-semibold">{t("notEligible")}</h3>
            <ul className="mt-2 grid gap-1">{blocking.map(item)}</ul>
          </div>
        )}
        {(["good", "partial", "bad"] as const).map((tone) => {
          const group = rest.filter((r) => r.tone === tone);
          if (group.length === 0) return null;
          return (
            <div key={tone} className="mt-4">
              <h3 className="font-semibold text-slate-900">{t(`groups.${tone}`)}</h3>
              <ul className="mt-2 grid gap-1 text-slate-700">{group.map(item)}</ul>
            </div>
          );
        })}
      </div>
    </Card>
  );
}

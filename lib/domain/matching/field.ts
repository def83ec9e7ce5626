// Field of education (ISCED-F 2013, docs/domain.md §6) against the offer's DOT activities (§1): which
// studies usually prepare for which digital activities. A small table of ISCED prefixes; the
// longest prefix that matches the participant's field wins, so "0613" can refine "06".
import { type DotActivityId, isDotActivityId } from "../activities";
import { isIscedDetailedCode } from "../isced";
import type { FactorOutcome, MatchOffer, MatchParticipant, MatchReason } from "./types";

interface FieldFit {
  readonly prefix: string;
  /** Activities these studies train for directly. */
  readonly strong: readonly DotActivityId[];
  /** Activities they give a useful basis for. */
  readonly partial: readonly DotActivityId[];
}

export const FIELD_FITS: readonly FieldFit[] = [
  // 06 ICT: every technical activity; design and marketing need more than ICT studies give.
  {
    prefix: "06",
    strong: ["software-development", "it-systems", "cybersecurity", "data-analytics", "robotics-ai"],
    partial: ["digital-design", "digital-marketing"],
  },
  // 0611 Computer use: user-level ICT, closest to running systems.
  { prefix: "0611", strong: ["it-systems"], partial: ["software-development", "data-analytics", "digital-marketing", "digital-design", "cybersecurity"] },
  // 054 Mathematics and statistics: data work and machine learning.
  { prefix: "054", strong: ["data-analytics", "robotics-ai"], partial: ["software-development"] },
  // Other natural sciences work with data and models.
  { prefix: "05", strong: [], partial: ["data-analytics", "robotics-ai"] },
  // 0211 Audio-visual and media production: digital media and campaigns.
  { prefix: "0211", strong: ["digital-design", "digital-marketing"], partial: [] },
  // 0212 Fashion, interior and industrial design; 0213 Fine arts: digital graphical design.
  { prefix: "0212", strong: ["digital-design"], partial: ["digital-marketing"] },
  { prefix: "0213", strong: ["digital-design"], partial: ["digital-marketing"] },
  // 032 Journalism and information: content, social media and analytics.
  { prefix: "032", strong: ["digital-marketing"], partial: ["data-analytics", "digital-design"] },
  // 031 Social and behavioural sciences (incl. 0311 economics): quantitative analysis.
  { prefix: "031", strong: [], partial: ["data-analytics", "digital-marketing"] },
  // 0414 Marketing and advertising: digital marketing itself.
  { prefix: "0414", strong: ["digital-marketing"], partial: ["data-analytics", "digital-design"] },
  // 041 Business and administration: business analytics and online marketing.
  { prefix: "041", strong: [], partial: ["data-analytics", "digital-marketing"] },
  // 0714 Electronics and automation: robots, embedded software.
  { prefix: "0714", strong: ["robotics-ai", "software-development"], partial: ["it-systems", "cybersecurity", "data-analytics"] },
  // 0715 Mechanics, 0716 vehicles: mechanical design in CAD.
  { prefix: "0715", strong: ["digital-design"], partial: ["robotics-ai"] },
  { prefix: "0716", strong: ["digital-design"], partial: ["robotics-ai"] },
  // 073 Architecture and construction: architectural design, BIM.
  { prefix: "073", strong: ["digital-design"], partial: ["data-analytics"] },
  // Other engineering: design and technical software.
  { prefix: "07", strong: [], partial: ["digital-design", "software-development", "robotics-ai", "data-analytics"] },
];

export function fieldFitFor(field: string): FieldFit | null {
  let best: FieldFit | null = null;
  for (const row of FIELD_FITS) {
    if (field.startsWith(row.prefix) && (best === null || row.prefix.length > best.prefix.length)) best = row;
  }
  return best;
}

const PARTIAL_FIT = 0.5;

export function fieldFactor(participant: MatchParticipant, offer: MatchOffer): FactorOutcome {
  const field = participant.fieldOfEducation;
  const categories = offer.categories.filter(isDotActivityId);
  const reason = (tone: MatchReason["tone"], code: string, lists: Record<string, string[]> = {}): MatchReason => ({
    id: "field",
    tone,
    code,
    params: { field },
    lists,
  });
  if (!isIscedDetailedCode(field)) return { reasons: [reason("partial", "unknown-field")], fit: PARTIAL_FIT, blocks: false };
  if (categories.length === 0) return { reasons: [reason("partial", "no-categories")], fit: PARTIAL_FIT, blocks: false };
  const fit = fieldFitFor(field);
  const strong = categories.filter((c) => fit?.strong.includes(c));
  if (strong.length > 0) return { reasons: [reason("good", "strong", { categories: strong })], fit: 1, blocks: false };
  const partial = categories.filter((c) => fit?.partial.includes(c));
  if (partial.length > 0) return { reasons: [reason("partial", "related", { categories: partial })], fit: PARTIAL_FIT, blocks: false };
  return { reasons: [reason("bad", "distant", { categories })], fit: 0, blocks: false };
}

// Language: each working language the offer asks for, at its CEFR level, against the level the
// participant has (docs/domain.md §5: the Learning Agreement names the working language and CEFR
// level A1–C2 or native; native is above C2).
import { CEFR_LEVEL_CODES, type CefrLevelCode } from "../languages";
import type { FactorOutcome, MatchOffer, MatchParticipant, MatchReason } from "./types";

/** Position in CEFR_LEVEL_CODES, which runs from A1 up to native. */
export function cefrRank(level: CefrLevelCode): number {
  return CEFR_LEVEL_CODES.indexOf(level);
}

// One level short (B1 for B2) can often be bridged before the start, so it counts half.
const ONE_LEVEL_SHORT_FIT = 0.5;

export function languageFactor(participant: MatchParticipant, offer: MatchOffer): FactorOutcome {
  if (offer.languages.length === 0) {
    return { reasons: [{ id: "language", tone: "good", code: "none-required", params: {} }], fit: 1, blocks: false };
  }
  const required = [...offer.languages].sort((a, b) => a.language.localeCompare(b.language));
  let total = 0;
  const reasons = required.map((req): MatchReason => {
    const spoken = participant.languages.find((l) => l.language.toLowerCase() === req.language.toLowerCase());
    if (!spoken) {
      return { id: "language", tone: "bad", code: "not-spoken", params: { language: req.language, need: req.level } };
    }
    const params = { language: req.language, need: req.level, have: spoken.level };
    const gap = cefrRank(req.level) - cefrRank(spoken.level);
    if (gap <= 0) {
      total += 1;
      return { id: "language", tone: "good", code: "meets", params };
    }
    if (gap === 1) {
      total += ONE_LEVEL_SHORT_FIT;
      return { id: "language", tone: "partial", code: "below", params };
    }
    return { id: "language", tone: "bad", code: "below", params };
  });
  return { reasons, fit: total / required.length, blocks: false };
}

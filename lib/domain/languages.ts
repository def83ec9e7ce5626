// Languages a participant speaks are ISO 639-1 codes (the two-letter codes the mobility records and
// the Learning Agreement's working language use, docs/domain.md §5), each with a CEFR level (§6).

/** Every ISO 639-1 code in use (183; the withdrawn "sh", "mo", "in", "iw", "ji" are left out). */
export const ISO_LANGUAGE_CODES = (
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz " +
  "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii " +
  "ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi " +
  "mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw " +
  "sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk " +
  "ur uz ve vi vo wa wo xh yi yo za zh zu"
).split(" ");

/**
 * The languages offered in language lists (profile, offer editor, Learning Agreement): the EU's 24
 * official languages, those of the other programme and neighbouring countries, and the most spoken
 * languages worldwide. Historic, constructed and liturgical languages (Avestan, Pali, Volapük, …) are
 * left out; any ISO 639-1 code stays valid, and a stored one outside this list is still shown.
 */
export const COMMON_LANGUAGE_CODES: readonly string[] = (
  "bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv " +
  "is no nb nn lb mk sr sq bs tr uk ru be ka hy az ca eu gl cy gd fy rm fo kl se " +
  "ar zh ja ko hi bn ur fa he id ms th vi tl sw am ha yo ig zu xh af so ps ku " +
  "ta te mr pa gu ml kn ne si km lo my mn kk uz ky tg tk eo la"
).split(" ");

const codes: ReadonlySet<string> = new Set(ISO_LANGUAGE_CODES);

export function isLanguageCode(value: unknown): value is string {
  return typeof value === "string" && codes.has(value);
}

/** docs/domain.md §5: CEFR A1–C2, or native. */
export const CEFR_LEVEL_CODES = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"] as const;
export type CefrLevelCode = (typeof CEFR_LEVEL_CODES)[number];

// The lexicons, compiled once at module load (classifying must stay fast: 10,000 descriptions
// in about a second).
import { type Engine, buildEngine, precompileRegexes } from "./engine";
import { LEXICONS } from "./lexicon";

export const ENGINE: Engine = buildEngine(LEXICONS);
precompileRegexes(ENGINE);

// All lexicons the classifier compiles. Add a language: write <code>.ts next to en.ts and list it here.
// The lexicons are the classifier's knowledge, kept as data (docs/decisions/0018).
import type { Lexicon } from "../types";
import { bg } from "./bg";
import { common } from "./common";
import { cs } from "./cs";
import { da } from "./da";
import { de } from "./de";
import { el } from "./el";
import { en } from "./en";
import { es } from "./es";
import { et } from "./et";
import { fi } from "./fi";
import { fr } from "./fr";
import { hu } from "./hu";
import { hr } from "./hr";
import { gaLexicon } from "./ga";
import { it } from "./it";
import { lt } from "./lt";
import { lv } from "./lv";
import { mt } from "./mt";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { ro } from "./ro";
import { sk } from "./sk";
import { sl } from "./sl";
import { sv } from "./sv";

export const LEXICONS: readonly Lexicon[] = [common, en, nl, da, de, fr, es, it, pl, pt, sv, fi, cs, hu, ro, el, bg, hr, sk, sl, et, lv, lt, gaLexicon, mt];

import { CS_OFFERS } from "./cs";
import { DA_OFFERS } from "./da";
import { DE_OFFERS } from "./de";
import { EL_OFFERS } from "./el";
import { EN_OFFERS } from "./en";
import { EN_MORE_OFFERS } from "./en-more";
import { ES_OFFERS } from "./es";
import { FI_OFFERS } from "./fi";
import { FR_OFFERS } from "./fr";
import { HU_OFFERS } from "./hu";
import { IT_OFFERS } from "./it";
import { NL_OFFERS } from "./nl";
import { PL_OFFERS } from "./pl";
import { PT_OFFERS } from "./pt";
import { RO_OFFERS } from "./ro";
import { SV_OFFERS } from "./sv";
import type { OfferText } from "./types";

export type { OfferText } from "./types";

/** All base texts; their order fixes the offer ids (offer-0001…), so append, never reorder. */
export const OFFER_TEXTS: readonly OfferText[] = [
  ...EN_OFFERS,
  ...NL_OFFERS,
  ...DA_OFFERS,
  ...DE_OFFERS,
  ...FR_OFFERS,
  ...ES_OFFERS,
  // Added later, so appended after the first six languages.
  ...PL_OFFERS,
  ...IT_OFFERS,
  ...PT_OFFERS,
  ...SV_OFFERS,
  ...CS_OFFERS,
  ...EL_OFFERS,
  ...HU_OFFERS,
  ...RO_OFFERS,
  ...FI_OFFERS,
  ...EN_MORE_OFFERS,
];

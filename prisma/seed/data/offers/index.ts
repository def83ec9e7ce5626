import { DA_OFFERS } from "./da";
import { DE_OFFERS } from "./de";
import { EN_OFFERS } from "./en";
import { ES_OFFERS } from "./es";
import { FR_OFFERS } from "./fr";
import { NL_OFFERS } from "./nl";
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
];

import "server-only";
// use-intl is the core next-intl is built on; its /core entry has no React, so this also runs
// in `npm run alerts` (tsx with the react-server condition), where next-intl's entry cannot load.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import bg from "@/messages/bg.json";
import cs from "@/messages/cs.json";
import da from "@/messages/da.json";
import de from "@/messages/de.json";
import el from "@/messages/el.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import et from "@/messages/et.json";
import fi from "@/messages/fi.json";
import fr from "@/messages/fr.json";
import ga from "@/messages/ga.json";
import hr from "@/messages/hr.json";
import hu from "@/messages/hu.json";
import is from "@/messages/is.json";
import it from "@/messages/it.json";
import lt from "@/messages/lt.json";
import lv from "@/messages/lv.json";
import mk from "@/messages/mk.json";
import mt from "@/messages/mt.json";
import nb from "@/messages/nb.json";
import nl from "@/messages/nl.json";
import pl from "@/messages/pl.json";
import pt from "@/messages/pt.json";
import ro from "@/messages/ro.json";
import sk from "@/messages/sk.json";
import sl from "@/messages/sl.json";
import sr from "@/messages/sr.json";
import sv from "@/messages/sv.json";
import tr from "@/messages/tr.json";

// Every locale has the same keys (tests/unit/messages.test.ts); typed by the source locale.
const MESSAGES: Record<Locale, typeof en> = {
  bg: bg as typeof en,
  es: es as typeof en,
  cs: cs as typeof en,
  da: da as typeof en,
  de: de as typeof en,
  et: et as typeof en,
  el: el as typeof en,
  en,
  fr: fr as typeof en,
  ga: ga as typeof en,
  hr: hr as typeof en,
  it: it as typeof en,
  lv: lv as typeof en,
  lt: lt as typeof en,
  hu: hu as typeof en,
  mt: mt as typeof en,
  nl: nl as typeof en,
  pl: pl as typeof en,
  pt: pt as typeof en,
  ro: ro as typeof en,
  sk: sk as typeof en,
  sl: sl as typeof en,
  fi: fi as typeof en,
  sv: sv as typeof en,
  is: is as typeof en,
  nb: nb as typeof en,
  mk: mk as typeof en,
  sr: sr as typeof en,
  tr: tr as typeof en,
};

/**
 * Mail text in the recipient's own language (User.locale), not the sender's. next-intl's
 * getTranslations needs a Next request scope; mail is also sent from `npm run alerts` and after a
 * response, so the same messages go through its createTranslator instead.
 */
export function mailTranslator(locale: string) {
  const l = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { locale: l, t: createTranslator({ locale: l, messages: MESSAGES[l], namespace: "mail", timeZone: "UTC" }) };
}

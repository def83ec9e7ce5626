// Danish. Folding maps æ→ae, ø→o, å→a: write "netværk" or "netvaerk", both work.
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

export const da: Lexicon = {
  language: "da",
  categories: {
    "digital-marketing": {
      terms: [
        "online markedsføring", "digital markedsføring", "*søgemaskineoptimering*", "*søgemaskinemarkedsføring*",
        "*nyhedsbrev*", "onlinekampagne*", "online kampagne*", "*annoncering* ... online|facebook|google|sociale_medier",
        "håndter* ... sociale medier", "sociale medier ... kampagne*|opslag|indhold|strategi*",
        "*webanalyse*", "*indholdsproduktion*",
      ],
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS, "sociale medier"],
          actions: [
            "håndter*", "administr*", "opslag*", "indhold*", "kampagne*", "annonc*", "strategi*",
            "opdater*", "drift*", "styr*", "content", "følger*", "rækkevidde",
          ],
        },
      ],
    },
    "digital-design": {
      terms: [
        "*brugerflade*", "grafisk* design*", "grafisk arbejde", "visuel identitet", "digitale illustration*",
        "design* ... brugerflade*|hjemmeside*|app*|logo*|grafik*", "*3d-tegning*", "*cad-tegning*",
        "*3d-print*design*",
      ],
    },
    "software-development": {
      terms: [
        "programmering*", "programmør*", "kodning", "skriv* ... kode", "*webudvikler*",
        "udvikl* ... app|apps|applikation*|hjemmeside*|funktion*|modul*|software|script*|webshop*|landingsside*|system*|plugin*|værktøj*",
        "vedligehold* ... webshop*|hjemmeside*|kode*",
      ],
      exceptions: ["udvikl* ... rapport*"],
    },
    "it-systems": {
      terms: [
        "*it-drift*", "*it-support*", "*serverdrift*", "*brugerkonti*", "*brugeroprettelse*",
        "*netværksovervågning*", "*driftsovervågning*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "servere", "netværk", "netværket", "it-systemer", "systemer"],
          actions: [
            "opsæt*", "vedligehold*", "installer*", "installation", "konfigur*", "overvåg*", "administr*",
            "drift*", "migr*", "opdater*", "fejlfind*", "sikkerhedskopi*",
          ],
        },
        { tools: BUSINESS_SYSTEMS, actions: ["konfigur*", "implement*", "opsæt*", "tilpas*"], window: 4 },
      ],
    },
    cybersecurity: {
      terms: [
        "*sikkerhedstest*", "*sårbarhed*", "*sikkerhedshændelse*", "*sikkerhedsovervågning*",
        "informationssikkerhed", "*it-sikkerhed*", "*angreb*", "*sikkerhedsrevision*", "*hackerangreb*",
      ],
    },
    "data-analytics": {
      terms: [
        "statistisk* analyse*", "visualisering af ... data|resultat*|tal", "analyse af ... data|*data|tal|nøgletal",
        "*datavisualisering*", "*datamodel*",
      ],
    },
    "robotics-ai": {
      terms: ["*maskinlæring*", "kunstig intelligens", "træn* ... *model*", "*billedgenkendelse*", "neurale netværk*", "*sprogmodel*"],
    },
    "customer-support": {
      terms: [
        "*kundeservice*", "*kundehenvendelse*", "*reklamation*", "reception*", "*kundekontakt*",
        "besvar* ... telefon*|opkald*|henvendelse*|kunde*", "tag* imod ... gæst*|kunde*|besøg*",
        "*kundebetjening*", "*klage*",
      ],
      combos: [
        { tools: [...SUPPORT_CHANNELS, "telefon*", "opkald"], actions: ["besvar*", "svar*", "håndter*"], window: 5 },
      ],
    },
    "order-fulfilment": {
      terms: [
        "pakning", "pak* ... ordre*|pakke*|varer", "forsendelse* ... ordre*|pakke*|varer", "lager",
        "lageret", "*lagerarbejde*", "*ordreplukning*", "pluk* ... ordre*|varer", "*varemodtagelse*",
      ],
    },
    "data-entry-office": {
      terms: [
        "indtast*", "arkiver*", "*bogføring*", "planlæg* ... møde*", "*kalender*", "*kontoropgave*",
        "administrative opgaver", "print* ... dokument*", "*postomdeling*", "*journalisering*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["indtast*", "registrer*", "opdater*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "computer*", "pc"],
          actions: [
            "brug*", "skriv*", "lav*", "lave", "opdater*", "udarbejd*", "indtast*",
            "formater*", "præsentation*", "dokument*", "liste*", "regneark", "print*",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "mail|mails"], actions: ["send*", "sende", "skriv*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["ingen", "ikke", "uden", "aldrig", "intet"],
  negationsAfter: ["ikke nødvendig*", "ikke påkrævet", "ikke et krav", "ikke krævet"],
  notNegations: ["ikke kun", "ikke bare", "ikke blot"],
};

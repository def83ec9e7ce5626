// Latvian. Folding strips the diacritics (ā→a, č→c, ē→e, ģ→g, ķ→k, ļ→l, ņ→n, š→s, ž→z). Case
// endings via stems ("tikl*" for tīkls, tīkla, tīklos); the genitive object stands before the
// verbal noun ("mājaslapas izstrāde"), so both orders are listed.
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFLECTED_SOCIAL_MEDIA, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SUPPORT_CHANNELS } from "./tools";

const SOFTWARE = "lietotn*|lietojumprogramm*|programmatur*|timekl*|majaslap*|funkcij*|funkcionalitat*|api*|skript*|modul*";
const DATA = "datu|dati|datus|datiem";

export const lv: Lexicon = {
  language: "lv",
  categories: {
    "digital-marketing": {
      terms: [
        "social* tikl*",
        "social* medij*",
        "digital* marketing*",
        "interneta marketing*",
        "meklētājprogramm* optimizācij*",
        "reklam* kampan*",
        "kampan* ... tiessaist*|online|google*|facebook*|instagram*|social*|digital*",
        "satur* ... social*|instagram*|facebook*",
        "jaunumu vestul*",
      ],
      combos: [
        {
          tools: INFLECTED_SOCIAL_MEDIA,
          actions: ["parvald*", "vadib*", "kampan*", "ierakst*", "publikacij*", "satur*", "strategij*", "reklam*", "sekotaj*"],
        },
      ],
    },
    "digital-design": {
      terms: [
        "grafisk* dizain*",
        "dizain* ... saskarn*|logotip*|logo*|baner*|timekl*|iepakojum*|grafik*",
        "3d model*",
        "3d modelesan*",
        "tehnisk* rasejum* ... cad|autocad*|solidworks*|revit*",
        "rasejum* ... cad|autocad*|solidworks*",
        "digital* ilustracij*",
      ],
    },
    "software-development": {
      terms: [
        "programmesan*",
        "programmet*",
        "programmatur* izstrad*",
        `izstrad* ... ${SOFTWARE}`,
        `${SOFTWARE} ... izstrad*`,
        "programmatur* izstradataj*",
        "pirmkod*",
        "koda rakstisan*",
        "automatizet* test*|testesan*",
      ],
      exceptions: ["program* ... robot*"],
    },
    "it-systems": {
      terms: [
        "lietotaj* kont*",
        "sistem* administr*",
        "tikla administr*",
        "server* ... uzstadi*|konfigur*|administr*|uztur*",
        "it atbalst*",
        "datortikl* ... uzstadi*|konfigur*|uztur*|administr*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "server*", "tikl|tikla|tiklu|tikli|tiklos|tiklam|datortikl*", "dator|datoru|datori|datorus|datoriem", "printer*"],
          actions: ["uzstad*", "konfigur*", "administr*", "uztur*", "uzraudz*", "parraudz*", "atjaunin*", "iestat*"],
        },
      ],
      exceptions: ["social* tikl*", "neironu tikl*", "parvald* ... social* tikl*", "izplatisan* tikl*"],
    },
    cybersecurity: {
      terms: ["kiberdrosib*", "informacij* drosib*", "ievainojamib*", "ielausanas test*", "drosibas incident*", "drosibas audit*", "it drosib*"],
    },
    "data-analytics": {
      terms: [
        "datu analiz*",
        `analiz* ... ${DATA}|statistik*`,
        "statistisk* analiz*",
        "datu vizualizacij*",
        `vizualiz* ... ${DATA}|rezultat*`,
        "atskait* ... power bi*|dashboard*|panel*",
        "parskat* ... power bi*|dashboard*",
      ],
    },
    "robotics-ai": {
      terms: [
        "maksl* intelekt*",
        "masinmacis*",
        "masinmacib*",
        "datorredz*",
        "neironu tikl*",
        "model* ... apmac*",
        "apmac* ... model*",
        "valod* model*",
        "robotik*",
      ],
    },
    "customer-support": {
      terms: [
        "klientu apkalposan*",
        "klientu atbalst*",
        "klientu servis*",
        "sudzib*",
        "pretenzij*",
        "reklamacij*",
        "recepcij*",
        "sagaid* ... apmekletaj*|viesu|viesus|klient*",
        "atbild* ... zvan*|jautajum*|pieprasijum*|klient*|telefon*",
        "zvanu centr*",
        "pie kases",
        "kasier*",
        "klientu konsultes*",
        "konsult* ... klient*|pircej*",
        "apkalpo* ... klient*|pircej*|viesu|viesus",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*", "talrun*"], actions: ["atbild*", "apstrad*", "pienem*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "noliktav*",
        "komplektes*",
        "iepakos*",
        "iepako* ... pasutijum*|sutijum*|pak*|prec*",
        "pasutijumu ... komplekt*|sagatavos*|iepako*",
        "sutijum*",
        "nosut* ... pasutijum*|pak*|sutijum*",
        "inventarizacij*",
        "precu pienems*",
        "pakas|paku",
      ],
      exceptions: ["datu noliktav*", "iepakojum* dizain*"],
    },
    "data-entry-office": {
      terms: [
        "datu ievad*",
        `ievad* ... ${DATA}|rekin*|pasutijum*`,
        "arhivesan*",
        "arhive*",
        "administrativ* uzdevum*|darb*|atbalst*",
        "biroja darb*",
        "sekretar*",
        "korespondenc*",
        "dokumentu parvald*",
        "dokumentu aprit*",
        "sanaksm* ... planos*|organiz*|protokol*",
        "protokoles*",
        "tiksan* ... planos*|organiz*",
        "pasta ... skirosan*|apstrad*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["ievad*", "atjaunin*", "registr*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "dator|datoru|datora|datoram"],
          actions: [
            "izmanto*",
            "lieto*",
            "sagatavo*",
            "atjaunin*",
            "dokument*",
            "prezentacij*",
            "tabul*",
            "sarakst*",
            "vestul*",
            "ievad*",
            "izveido*",
            "rakst*",
          ],
          window: 6,
        },
        { tools: ["e-past*", "e-mail*", "email*"], actions: ["sut*", "nosut*", "rakst*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["ne", "bez", "nav", "neietver", "neietilpst", "nekads", "nekadas"],
  negationsAfter: ["nav nepieciesam*", "nav obligat*", "netiek prasit*", "nav vajadzig*"],
  notNegations: ["ne tikai", "bezpeln*"],
};

// Lithuanian. Folding strips the diacritics (ą→a, č→c, ę/ė→e, į→i, š→s, ų/ū→u, ž→z). Case
// endings via stems ("tinkl*" for tinklas, tinklų, tinkluose); the genitive object stands before
// the verbal noun ("svetainės kūrimas"), so both orders are listed. No bare "be" (without): it is
// an English word; "be jokių" is.
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFLECTED_SOCIAL_MEDIA, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SUPPORT_CHANNELS } from "./tools";

const SOFTWARE = "aplikacij*|programel*|svetain*|programin*|funkcij*|funkcionalum*|api*|skript*|modul*";

export const lt: Lexicon = {
  language: "lt",
  categories: {
    "digital-marketing": {
      terms: [
        "socialin* tinkl*",
        "socialin* medij*",
        "skaitmenin* rinkodar*",
        "internetin* rinkodar*",
        "paiesk* sistem* optimizavim*",
        "reklam* kampanij*",
        "kampanij* ... internet*|online|google*|facebook*|instagram*|socialin*|skaitmenin*",
        "turin* ... socialin*|instagram*|facebook*",
        "naujienlaiski*",
      ],
      combos: [
        {
          tools: INFLECTED_SOCIAL_MEDIA,
          actions: ["administr*", "valdym*", "tvark*", "kampanij*", "iras*", "publikacij*", "turin*", "strategij*", "reklam*", "sekej*"],
        },
      ],
    },
    "digital-design": {
      terms: [
        "grafin* dizain*",
        "dizain* ... sasaj*|logotip*|logo*|baner*|svetain*|pakuot*|grafik*",
        "3d model*",
        "3d modeliavim*",
        "technin* brezin* ... cad|autocad*|solidworks*|revit*",
        "brezin* ... cad|autocad*|solidworks*",
        "skaitmenin* iliustracij*",
        "vartotoj* sasaj* ... dizain*|kurim*",
      ],
    },
    "software-development": {
      terms: [
        "programavim*",
        "programuotoj*",
        "programuo*",
        "programin* irang* kurim*",
        `kurim* ... ${SOFTWARE}`,
        `${SOFTWARE} ... kurim*|vystym*`,
        `kurs* ... ${SOFTWARE}`,
        "vystym* ... aplikacij*|programin*|svetain*",
        "saltini* kod*",
        "kodo rasym*",
        "automatizuot* test*|testavim*",
      ],
    },
    "it-systems": {
      terms: [
        "naudotoj* paskyr*",
        "vartotoj* paskyr*",
        "sistem* administr*",
        "tinkl* administr*",
        "server* ... diegim*|konfigur*|administr*|prieziur*",
        "it pagalb*",
        "it palaikym*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "server*", "tinkl|tinklo|tinklu|tinkla|tinklus|tinklai|tinkluose", "kompiuter*", "spausdintuv*"],
          actions: ["diegim*", "idieg*", "konfigur*", "administr*", "priziur*", "prieziur*", "stebe*", "atnaujin*", "nustat*"],
        },
      ],
      exceptions: [
        "socialin* tinkl*",
        "socialin* tinkl* administr*",
        "neuronin* tinkl*",
        "administr* ... socialin* tinkl*",
        "platinim* tinkl*",
        "pardavim* tinkl*",
      ],
    },
    cybersecurity: {
      terms: [
        "kibernetin* saugum*",
        "informacij* saugum*",
        "pazeidziamum*",
        "isilauzim* test*|testavim*",
        "skverbties test*",
        "saugumo incident*",
        "saugumo audit*",
        "it saugum*",
      ],
    },
    "data-analytics": {
      terms: [
        "duomen* analiz*",
        "analiz* ... duomen*|statistik*",
        "statistin* analiz*",
        "duomen* vizualizavim*",
        "vizualiz* ... duomen*|rezultat*",
        "ataskait* ... power bi*|dashboard*|skydel*",
        "valdymo skydel*",
      ],
    },
    "robotics-ai": {
      terms: [
        "dirbtin* intelekt*",
        "masinin* mokym*",
        "kompiuterin* regejim*",
        "kompiuterin* reg*",
        "neuronin* tinkl*",
        "model* ... mokym*|apmokym*",
        "apmok* ... model*",
        "kalbos model*",
        "robotik*",
      ],
    },
    "customer-support": {
      terms: [
        "klientu aptarnavim*",
        "klientu pagalb*",
        "klientu palaikym*",
        "skund*",
        "pretenzij*",
        "reklamacij*",
        "registratur*",
        "recepcij*",
        "pasitik* ... lankytoj*|svec*|klient*",
        "atsak* ... skambuc*|klausim*|uzklaus*|klient*|telefon*",
        "skambuc* centr*",
        "kasoj*",
        "kasinink*",
        "pirkej* konsultavim*",
        "konsultuo* ... klient*|pirkej*",
        "aptarnau* ... klient*|pirkej*|svec*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["atsak*", "tvark*", "prim*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "sandel*",
        "komplektavim*",
        "pakavim*",
        "pakuo* ... uzsakym*|siunt*|prek*",
        "uzsakym* ... komplekt*|ruos*|pakav*|pakuo*",
        "siuntin*",
        "siuntos|siuntas|siuntu",
        "isiunt* ... uzsakym*|siuntin*|prek*",
        "inventorizacij*",
        "prekiu priemim*",
      ],
      exceptions: ["duomen* sandel*"],
    },
    "data-entry-office": {
      terms: [
        "duomen* ivedim*",
        "ived* ... duomen*|saskait*|uzsakym*",
        "archyvavim*",
        "archyvuo*",
        "administracin* darb*|uzduot*|funkcij*",
        "biuro darb*",
        "sekretor*",
        "korespondencij*",
        "dokument* tvarkym*",
        "dokument* valdym*",
        "tvarky* ... dokument*|korespondencij*|archyv*",
        "susitikim* ... planavim*|organizav*|derin*",
        "planuo* ... susitikim*",
        "posedziu ... protokol*",
        "protokolavim*",
        "pasto ... rusiavim*|tvarkym*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["ived*", "atnaujin*", "registr*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "kompiuteri|kompiuteriu|kompiuteris|kompiuterio"],
          actions: ["naudo*", "ruos*", "paruos*", "atnaujin*", "dokument*", "pristatym*", "lentel*", "sarasa*", "laisk*", "ived*", "rasy*", "rasym*"],
          window: 6,
        },
        { tools: ["e-mail*", "email*", "el. pastu|pasto|pasta|pastas"], actions: ["siunt*", "issiunt*", "rasy*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["ne", "nera", "be jokiu", "be jokio", "jokiu", "jokio", "jokios", "neapima", "nereikia"],
  negationsAfter: ["nereikalaujama", "nereikaling*", "nebutin*", "nera butin*", "nereikia"],
  notNegations: ["ne tik", "pelno nesiekian*"],
};

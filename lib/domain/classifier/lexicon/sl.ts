// Slovenian. Folding strips the diacritics (č→c, š→s, ž→z). Six cases and the dual: stems with
// "*" ("podatk*" for podatki, podatkov, podatke; the forms of "omrežje" listed).
import type { Lexicon } from "../types";
import { INFLECTED_BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFLECTED_SOCIAL_MEDIA, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SUPPORT_CHANNELS } from "./tools";

const DATA = "podatk*|podatek";
const NETWORK = "omrezj|omrezje|omrezja|omrezju|omrezij|omrezjem|omrezn*";

export const sl: Lexicon = {
  language: "sl",
  categories: {
    "digital-marketing": {
      terms: [
        "druzben* omrezj*",
        "druzben* medij*",
        "digitaln* marketing*",
        "spletn* marketing*",
        "optimizacij* za iskalnik*",
        "oglasn* kampanj*",
        "kampanj* ... spletn*|online|google*|facebook*|instagram*|druzben*|digitaln*",
        "vsebin* ... druzben*|instagram*|facebook*",
        "spletn* oglasevanj*",
      ],
      combos: [{ tools: INFLECTED_SOCIAL_MEDIA, actions: ["upravlj*", "vodenj*", "kampanj*", "objav*", "vsebin*", "strategij*", "oglas*"] }],
    },
    "digital-design": {
      terms: [
        "grafi* oblikovanj*",
        "oblikov* ... vmesnik*|logotip*|grafik*|pasic*|embalaz*|spletn*_stran*",
        "3d model*",
        "3d modeliranj*",
        "tehnic* risb* ... cad|autocad*|solidworks*|revit*",
        "digitaln* ilustracij*",
        "uporabnisk* vmesnik* ... oblikov*|dizajn*",
      ],
    },
    "software-development": {
      terms: [
        "programiranj*",
        "programer*",
        "razvoj* ... aplikacij*|programsk*|spletn*|funkcionalnost*|api*|skript*|modul*",
        "razvija* ... aplikacij*|spletn*|funkcionalnost*|programsk*",
        "pisanj* kod*",
        "izvorn* kod*",
        "avtomatiziran* test*|testiranj*",
      ],
      exceptions: ["programiranj* ... robot*"],
    },
    "it-systems": {
      terms: [
        "uporabnisk* racun*",
        `administracij* ... streznik*|server*|sistem*|${NETWORK}`,
        "sistemsk* administrator*",
        "omrezn* administrator*",
        "it podpor*",
        "tehnicn* podpor* ... racunalnik*|uporabnik*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "streznik*", "server*", NETWORK, "racunalnik*", "tiskalnik*"],
          actions: [
            "namesc*",
            "namestit*",
            "namestitev",
            "konfigur*",
            "administr*",
            "vzdrz*",
            "nadzor*",
            "nadzir*",
            "posodab*",
            "posodobit*",
            "nastavit*",
            "nastavlj*",
          ],
        },
      ],
      exceptions: ["druzben* omrezj*", "nevronsk* mrez*", "upravlj* ... druzben* omrezj*", "prodajn* mrez*"],
    },
    cybersecurity: {
      terms: ["kibernetsk* varnost*", "informacijsk* varnost*", "ranljivost*", "penetracijsk* test*", "varnostn* incident*", "varnostn* pregled*|revizij*"],
    },
    "data-analytics": {
      terms: [
        `analiz* ... ${DATA}|statistik*`,
        "statisti* analiz*",
        `vizualizacij* ... ${DATA}|rezultat*`,
        "porocil* ... power bi*|dashboard*",
        "nadzorn* plosc*",
      ],
    },
    "robotics-ai": {
      terms: [
        "umetn* inteligenc*",
        "strojn* ucenj*",
        "racunalnisk* vid*",
        "nevronsk* mrez*",
        "ucenj* model*|modelov",
        "trenir* ... model*|modelov",
        "jezikovn* model*",
        "robotik*",
      ],
    },
    "customer-support": {
      terms: [
        "podpor* strankam",
        "storitv* za stranke",
        "sluzb* za stranke",
        "pomoc strankam",
        "delo s strankami",
        "reklamacij*",
        "pritozb*",
        "recepcij*",
        "sprejem* ... gost*|obiskoval*|strank*|klic*",
        "odgovarja* ... vprasanj*|klic*|poizvedb*|telefon*|strank*",
        "klicn* center*|centr*",
        "blagajn*",
        "prodaj* v trgovini",
        "svetovanj* kupc*|kupcem|strank*",
        "streg* ... strank*|gost*|kupc*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["odgovar*", "obdel*", "sprejem*"], window: 5 }],
      exceptions: ["sprejem* blaga", "prevzem* blaga"],
    },
    "order-fulfilment": {
      terms: [
        "skladisc*",
        "pakiranj*",
        "pakira* ... narocil*|posiljk*|paket*|blag*",
        "komisioniranj*",
        "priprav* ... narocil*|posiljk*|paket*",
        "posiljk*",
        "odprem*",
        "inventur*",
        "prevzem* blaga",
        "sprejem* blaga",
      ],
      exceptions: ["skladisc* podatk*"],
    },
    "data-entry-office": {
      terms: [
        `vnos* ... ${DATA}|racun*|narocil*`,
        `vnasa* ... ${DATA}|racun*`,
        "arhivir*",
        "arhiviranj*",
        "administrativn* del*|nalog*|opravil*|podpor*",
        "pisarnisk* del*|opravil*",
        "tajnisk* del*|opravil*",
        "korespondenc*",
        "dogovarja* ... sestank*|termin*",
        "organizacij* sestank*",
        "zapisnik*",
        `evidenc* ... dokument*|racun*|${DATA}`,
        "razvrscanj* poste",
        "obdelav* poste",
      ],
      combos: [{ tools: INFLECTED_BUSINESS_SYSTEMS, actions: ["vnos*", "vnasa*", "posodab*", "evidentir*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "racunalnik|racunalnika|racunalnikom|racunalniku"],
          actions: ["uporab*", "izdel*", "priprav*", "posodab*", "dokument*", "predstavit*", "tabel*", "seznam*", "dopis*", "vnos*", "vnasa*", "pisa*", "pis*"],
          window: 6,
        },
        { tools: ["e-post*", "e-mail*", "email*", "elektronsk* post*"], actions: ["posilja*", "posiljanj*", "pisa*", "pis*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["ne", "brez", "ni", "niso", "nobenega", "nobene", "nobenih"],
  negationsAfter: ["ni potreb*", "ni nujn*", "niso potrebn*", "se ne zahteva*", "ni pogoj"],
  notNegations: ["ne samo", "ne le", "neprofitn*"],
};

// Croatian. Folding strips the diacritics (č/ć→c, š→s, ž→z, đ→d). Seven cases: stems with "*"
// ("podatak*|podatk*" for podaci, podataka, podatke; "mrez*" for mreža, mreže, mrežom).
import type { Lexicon } from "../types";
import { INFLECTED_BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFLECTED_SOCIAL_MEDIA, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SUPPORT_CHANNELS } from "./tools";

const DATA = "podatak*|podatk*|podaci";

export const hr: Lexicon = {
  language: "hr",
  categories: {
    "digital-marketing": {
      terms: [
        "drustven* mrez*",
        "digitaln* marketing*",
        "internetsk* marketing*",
        "online marketing*",
        "optimizacij* za trazilic*",
        "oglasn* kampanj*",
        "kampanj* ... online|google*|facebook*|instagram*|drustven*|digital*",
        "sadrzaj* ... drustven*|instagram*|facebook*",
      ],
      combos: [{ tools: INFLECTED_SOCIAL_MEDIA, actions: ["upravlj*", "vodenj*", "kampanj*", "objav*", "sadrzaj*", "strategij*", "oglas*"] }],
    },
    "digital-design": {
      terms: [
        "grafick* dizajn*",
        "dizajn* ... sucelj*|logotip*|logo*|banner*|web*|ambalaz*|grafik*",
        "3d model*",
        "3d modeliranj*",
        "tehnick* crtez* ... cad|autocad*|solidworks*|revit*",
        "digitaln* ilustracij*",
        "korisnick* sucelj* ... dizajn*|oblikov*",
        "izrad* ... grafik*|logotip*|vizual*",
      ],
    },
    "software-development": {
      terms: [
        "programiranj*",
        "programer*",
        "razvoj* ... aplikacij*|softver*|web*|funkcionalnost*|api*|skript*|modul*",
        "razvij* ... aplikacij*|softver*|web*|funkcionalnost*|stranic*",
        "pisanj* kod*",
        "izvorn* kod*",
        "automatiziran* testov*|testiranj*",
        "izrad* ... web_stranic*|aplikacij*",
      ],
      exceptions: ["programiranj* ... robot*"],
    },
    "it-systems": {
      terms: [
        "korisnick* racun*",
        "administracij* ... posluzitelj*|server*|mrez*|sustav*",
        "sistemsk* administrator*",
        "mrezn* administrator*",
        "it podrsk*",
        "informatick* podrsk*",
        "tehnick* podrsk* ... racunal*|korisnik*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "posluzitelj*", "server*", "mrez|mreze|mrezu|mrezom|mreza|mrezama|mrezn*", "racunal*", "pisac*"],
          actions: ["instal*", "konfigur*", "administr*", "odrzav*", "nadzor*", "nadzir*", "azurir*", "postav*", "podes*"],
        },
      ],
      exceptions: ["drustven* mrez*", "neuronsk* mrez*", "administr* ... drustven* mrez*", "prodajn* mrez*", "racunaln* vid*"],
    },
    cybersecurity: {
      terms: [
        "kibernetick* sigurnost*",
        "informacijsk* sigurnost*",
        "ranjivost*",
        "penetracijsk* testiranj*|test*",
        "sigurnosn* incident*",
        "sigurnosn* revizij*",
      ],
    },
    "data-analytics": {
      terms: [`analiz* ... ${DATA}|statistik*`, "statistick* analiz*", `vizualizacij* ... ${DATA}|rezultat*`, "izvjestaj* ... power bi*|dashboard*"],
    },
    "robotics-ai": {
      terms: [
        "umjetn* inteligencij*",
        "strojn* ucenj*",
        "racunaln* vid*",
        "neuronsk* mrez*",
        "trenir* ... model*",
        "treniranj* ... model*",
        "jezicn* model*",
        "robotik*",
      ],
    },
    "customer-support": {
      terms: [
        "korisnick* podrsk*",
        "korisnick* servis*",
        "sluzb* za korisnike",
        "podrsk* korisnicima|kupcima",
        "reklamacij*",
        "prituzb*",
        "recepcij*",
        "docek* ... gost*|posjetitelj*|klijent*",
        "odgovar* ... upit*|poziv*|pitanj*|telefon*",
        "pozivn* centr*",
        "call centar*",
        "rad s kupcima|klijentima|strankama",
        "usluziv* ... kupc*|gost*",
        "blagajn*",
        "savjetovanj* kupac*|kupaca",
        "prodaj* u trgovini|ducanu",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["odgovar*", "obrad*", "zaprim*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "skladist*",
        "pakiranj*",
        "pakir* ... narudzb*|posiljk*|paket*|robu",
        "komisioniranj*",
        "priprem* ... narudzb*|posiljk*|paket*",
        "posiljk*",
        "otprem*",
        "inventur*",
        "zaprimanj* robe",
        "prijem robe",
      ],
      exceptions: ["skladist* podatak*"],
    },
    "data-entry-office": {
      terms: [
        `unos* ... ${DATA}|racun*|narudzb*`,
        `unosenj* ... ${DATA}`,
        "arhivir*",
        "arhiviranj*",
        "administrativn* poslov*|zadac*|zadatak*|podrsk*|rad*",
        "uredsk* poslov*|rad*",
        "tajnick* poslov*",
        "korespondencij*",
        "zakazivanj* sastanak*",
        "organizacij* sastanak*",
        "zapisnik*",
        `evidencij* ... dokument*|racun*|${DATA}`,
        "razvrstavanj* poste",
        "obrad* poste",
      ],
      combos: [{ tools: INFLECTED_BUSINESS_SYSTEMS, actions: ["unos*", "unosi*", "azurir*", "evidentir*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "racunalo|racunala|racunalom|racunalu"],
          actions: ["koristi*", "koristenj*", "izrad*", "priprem*", "azurir*", "dokument*", "prezentacij*", "tablic*", "popis*", "pisam*", "unos*", "pis*"],
          window: 6,
        },
        { tools: ["e-mail*", "email*", "e-post*"], actions: ["slanj*", "sal*", "pisanj*", "pis*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["ne", "bez", "nije", "nisu", "nikakv*", "nema"],
  negationsAfter: ["nije potreb*", "nije nuzn*", "nisu potrebn*", "se ne trazi", "ne trazi se", "nije obavez*", "nije uvjet"],
  notNegations: ["ne samo", "neprofitn*"],
};

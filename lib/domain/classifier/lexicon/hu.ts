// Hungarian. Folding strips the accents (ő→o, ű→u, á→a). Suffixes and compounds: open stems
// ("*adatelemz*" matches adatelemzés, adatelemzője). "feladat" (task) contains "adat": never write
// "*adat*"; list the forms of "adatok" instead. The object often stands before the verbal noun
// ("adatok elemzése", "weboldal fejlesztése"), so both orders are listed.
import type { Lexicon } from "../types";
import { INFLECTED_BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFLECTED_SOCIAL_MEDIA, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SUPPORT_CHANNELS } from "./tools";

const DATA = "adatok|adatokat|adatokkal|adatokbol|adatokra|adatait|adatai|adatainak|adatot|adatsor*|*adatbazis*";
const SOFTWARE = "*alkalmazas*|*szoftver*|*weboldal*|*honlap*|funkcio*|*funkcioinak|*funkciok*|api*|szkript*|script*|modul*|*webalkalmazas*";

export const hu: Lexicon = {
  language: "hu",
  categories: {
    "digital-marketing": {
      terms: [
        "*kozossegi-media*",
        "*kozossegi oldal*",
        "digitalis marketing*",
        "*keresooptimaliz*",
        "*hirdetesi kampany*",
        "*online kampany*",
        "kampany* ... online|google*|facebook*|instagram*|kozossegi*",
        "*hirlevel*",
        "*tartalomgyart*",
        "*tartalommarketing*",
      ],
      combos: [
        {
          tools: INFLECTED_SOCIAL_MEDIA,
          actions: ["kezel*", "kampany*", "poszt*", "bejegyz*", "tartalm*", "tartalom*", "strategi*", "hirdet*", "eler*", "kovet*"],
        },
      ],
    },
    "digital-design": {
      terms: [
        "*grafikai tervez*",
        "grafikus*",
        "*felhasznaloi felulet* ... tervez*",
        "*3d-modellez*",
        "*muszaki rajz* ... cad|autocad*|solidworks*|revit*",
        "digitalis illusztraci*",
        "*arculat* ... tervez*",
        "tervez* ... logo*|banner*|*felulet*|*weboldal*|grafik*|*csomagolas*",
        "*logotervez*",
        "*kiadvanyszerkeszt*",
        "*3d model*",
      ],
    },
    "software-development": {
      terms: [
        "*programoz*",
        "*szoftverfejleszt*",
        "*webfejleszt*",
        "*alkalmazasfejleszt*",
        `*fejleszt* ... ${SOFTWARE}`,
        `${SOFTWARE} ... *fejleszt*`,
        "*forraskod*",
        "*kodol*",
        "*tesztautomatiz*",
      ],
      exceptions: ["*robot* ... *programoz*", "*programoz* ... *robot*"],
    },
    "it-systems": {
      terms: [
        "*felhasznaloi fiok*",
        "*rendszergazda*",
        "*rendszeruzemelt*",
        "*halozatuzemelt*",
        "*it-tamogat*",
        "*rendszeradminisztr*",
        "*szerver* ... telepit*|konfigur*|karbantart*|uzemelt*|felugyel*",
        "*halozat* ... telepit*|konfigur*|karbantart*|uzemelt*|felugyel*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "*szerver*", "*halozat*", "szamitogep*", "nyomtat*", "azure*", "felho*"],
          actions: ["telepit*", "konfigur*", "karbantart*", "uzemelt*", "felugyel*", "frissit*", "beallit*", "hibaelharit*", "adminisztr*", "kezel*"],
        },
      ],
      exceptions: ["kozossegi halozat*", "*kapcsolati halozat*", "neuralis halozat*", "*ertekesitesi halozat*"],
    },
    cybersecurity: {
      terms: [
        "*kiberbiztonsag*",
        "*informaciobiztonsag*",
        "*it-biztonsag*",
        "*sebezhetoseg*",
        "*behatolasteszt*",
        "*biztonsagi incidens*",
        "*biztonsagi audit*",
      ],
    },
    "data-analytics": {
      terms: [
        "*adatelemz*",
        `elemz* ... ${DATA}`,
        `${DATA} ... elemz*|kiertekel*`,
        "*statisztikai elemz*",
        "*adatvizualiz*",
        `vizualiz* ... ${DATA}|eredmeny*`,
        "*riport* ... power bi*|dashboard*",
      ],
    },
    "robotics-ai": {
      terms: [
        "mesterseges intelligenci*",
        "*gepi tanul*",
        "*gepi latas*",
        "neuralis halozat*",
        "*nyelvi modell*",
        "*modell* ... tanit*",
        "tanit* ... *modell*",
        "*robotprogramoz*",
        "*ipari robot*",
        "*robot* ... *programoz*",
        "*programoz* ... *robot*",
      ],
    },
    "customer-support": {
      terms: [
        "*ugyfelszolgalat*",
        "*ugyfeltamogat*",
        "*ugyfelkiszolgal*",
        "*reklamaci*",
        "*panaszkezel*",
        "*panasz* ... kezel*",
        "*recepcio*",
        "*telefonos* ... ugyfel*|megkeres*",
        "*ugyfelek* ... fogad*|kiszolgal*",
        "*vendegek fogad*",
        "*latogatok* ... fogad*",
        "fogad* ... *latogato*|vendeg*|ugyfel*",
        "*megkeres* ... valaszol*|megvalaszol*|kezel*",
        "*telefonkozpont*",
        "*telefonhivas*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["valaszol*", "megvalaszol*", "kezel*", "fogad*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "*raktar*",
        "*csomagol*",
        "*komissioz*",
        "*rendelesek osszekeszit*",
        "*csomag* ... felad*|kuld*|elokeszit*|osszekeszit*",
        "*kiszallit*",
        "*arufogad*",
        "*leltar*",
        "*arukiad*",
      ],
      exceptions: ["*csomagolastervez*", "*csomagolas* ... tervez*", "*adattarhaz*"],
    },
    "data-entry-office": {
      terms: [
        "*adatbevit*",
        "*adatrogzit*",
        `${DATA}|*szamla*|*megrendel*|rendszer* ... rogzit*`,
        `rogzit* ... ${DATA}|*szamla*|*megrendel*`,
        "*iktat*",
        "*archival*",
        "*irodai* feladat*|munk*",
        "adminisztrativ*",
        "adminisztracio*",
        "*titkarsag*",
        "*postakezel*",
        "*posta* ... kezel*|bont*",
        "*jegyzokonyv*",
        "idopont* ... egyeztet*|foglal*",
        "*iratkezel*",
        "*dokumentumkezel*",
        "*ugyfeladat* ... rogzit*|frissit*",
      ],
      combos: [{ tools: INFLECTED_BUSINESS_SYSTEMS, actions: ["rogzit*", "bevi*", "frissit*", "felvi*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "szamitogep*"],
          actions: [
            "hasznal*",
            "keszit*",
            "szerkeszt*",
            "frissit*",
            "dokumentum*",
            "prezentaci*",
            "tablazat*",
            "level*",
            "listak*",
            "rogzit*",
            "vezet*",
            "iras*",
            "irni",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "email*"], actions: ["kuld*", "irni", "iras*", "irja"], window: 3 },
      ],
    },
  },
  // Cues apply to every text: "nem" is also Danish for "easy" (a rare false negation there).
  negationsBefore: ["nem", "nincs", "nincsen", "semmilyen", "sem"],
  negationsAfter: ["nem szukseges", "nem elvaras", "nem kovetelmeny", "nem kell", "nelkul"],
  notNegations: ["nem csak", "nemcsak", "nem csupan"],
};

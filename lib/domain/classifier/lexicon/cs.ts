// Czech. Folding strips the diacritics (č→c, ř→r, ě→e, ů→u). Seven cases: write stems with a
// trailing "*" ("*programovan*" matches programování, programováním; "sit|site|siti" for síť).
import type { Lexicon } from "../types";
import { INFLECTED_BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFLECTED_SOCIAL_MEDIA, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SUPPORT_CHANNELS } from "./tools";

const NETWORK = "sit|site|siti|sitich|sitemi|*sitov*";

export const cs: Lexicon = {
  language: "cs",
  categories: {
    "digital-marketing": {
      terms: [
        "socialn* sit*",
        "socialn* medi*",
        "*internetov* marketing*",
        "digitaln* marketing*",
        "*optimalizac* pro vyhledavac*",
        "kampan* ... online|*internet*|*socialn*|google*|facebook*|instagram*|ppc|*reklamn*",
        "*reklamn* kampan*",
        "*obsahov* marketing*",
        "*emailov* kampan*",
        "*e-mailov* kampan*",
      ],
      combos: [
        { tools: INFLECTED_SOCIAL_MEDIA, actions: ["sprav*", "kampan*", "prispev*", "obsah*", "publik*", "strategi*", "reklam*", "dosah*", "sledujic*"] },
      ],
    },
    "digital-design": {
      terms: [
        "grafick* design*",
        "grafick* navrh*",
        "*uzivatelsk* rozhran* ... navrh*|design*",
        "navrh* ... *rozhran*|logo*|grafik*|banner*|obal*|webov*",
        "*3d model*",
        "*modelovan* ... 3d|cad",
        "technick* vykres* ... cad|autocad*|solidworks*|revit*|inventor*",
        "digitaln* ilustrac*",
        "tvorb* ... grafiky|grafik|grafiku|vizual*|logo*|banner*",
      ],
    },
    "software-development": {
      terms: [
        "*programovan*",
        "programovat",
        "programator*",
        "*vyvojar*",
        "*zdrojov* kod*",
        "psan* kod*",
        "vyvoj* ... aplikac*|softwar*|webov*|web*|*skript*|funkc*|api|rozhran*|modul*|e-shop*",
        "vyvij* ... aplikac*|softwar*|webov*|web*|*skript*|funkc*|api|rozhran*|modul*|e-shop*",
        "automatiz* test*",
        "*testovan* softwar*",
      ],
    },
    "it-systems": {
      terms: [
        "*uzivatelsk* uct*",
        "it podpor*",
        "*spravce sit*",
        "*spravce system*",
        "*administrac* ... server*|system*|" + NETWORK,
        `sprav* ... server*|*infrastruktur*|${NETWORK}|pocitac*`,
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "server*", "sit|site|siti|sitich|sitemi", "pocitac*", "tiskarn*", "azure*", "cloud*"],
          actions: ["instal*", "konfigur*", "sprav*", "udrzb*", "monitor*", "aktualiz*", "nastav*", "zprovozn*", "administr*"],
        },
      ],
      exceptions: ["socialn* sit*", "sprav* ... socialn* sit*", "neuronov* sit*", "*obchodn* sit*"],
    },
    cybersecurity: {
      terms: [
        "kybernetick* bezpecnost*",
        "informacn* bezpecnost*",
        "*zranitelnost*",
        "penetracn* test*",
        "*bezpecnostn* incident*",
        "*bezpecnostn* audit*",
        "*bezpecnost* ... it|sit*|system*|dat",
      ],
    },
    "data-analytics": {
      terms: [
        "analyz* ... dat|data|udaj*|udaju|statisti*",
        "*statistick* analyz*",
        "vizualizac* dat",
        "vizualiz* ... dat|data|vysledk*",
        "*datov* analy*",
        "report* ... power bi*|dashboard*",
      ],
    },
    "robotics-ai": {
      terms: ["*umel* inteligenc*", "*strojov* uceni*", "*pocitacov* videni*", "neuronov* sit*", "*jazykov* model*", "tren* ... model*", "*robotick*"],
    },
    "customer-support": {
      terms: [
        "*zakaznick* podpor*",
        "*zakaznick* servis*",
        "zakaznick* lin*|link*",
        "*pece o zakazn*",
        "*reklamac*",
        "*stiznost*",
        "*recepc*",
        "prijim* ... hovor*|telefon*|navstev*|host*",
        "*vyrizov* ... dotaz*|reklamac*|stiznost*",
        "obsluh* zakazn*",
        "komunikac* se zakazn*",
        "odpoved* ... dotaz*",
        "zakaznick* dotaz*",
        "*vitat* ... navstev*|host*|zakazn*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["odpoved*", "vyriz*", "zodpov*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "sklad|skladu|skladem|skladech|sklady|skladu",
        "*skladov*",
        "*skladnik*",
        "*naskladn*",
        "*vyskladn*",
        "*kompletac* objednav*",
        "*vychystav*",
        "bal* ... objednav*|zasil*|balik*|zbozi",
        "*expedic*",
        "*balik*",
        "*inventur*",
        "prijem zbozi",
      ],
      exceptions: ["*datov* sklad*"],
    },
    "data-entry-office": {
      terms: [
        "*zadavan* ... dat|udaj*|udaju|faktur*|objednav*",
        "*vkladan* ... dat|udaj*|udaju|faktur*",
        "*prepis* ... dat|udaj*|dokument*",
        "*archivac*",
        "*archivov*",
        "administrativ*",
        "*kancelarsk* prac*",
        "*sekretari*",
        "*evidenc*",
        "*trideni posty*",
        "*zpracovani posty*",
        "planovan* schuz*",
        "zapis* z porad*",
        "*domlouvan* schuz*",
      ],
      combos: [{ tools: INFLECTED_BUSINESS_SYSTEMS, actions: ["zadav*", "vklad*", "aktualiz*", "zapis*", "eviduj*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "pocitac|pocitaci|pocitacem"],
          actions: [
            "pouzi*",
            "prac*",
            "psa*",
            "pis*",
            "vytvar*",
            "vytvor*",
            "priprav*",
            "aktualiz*",
            "dokument*",
            "prezentac*",
            "tabul*",
            "seznam*",
            "dopis*",
            "zadav*",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "email*"], actions: ["posil*", "odes*", "psa*", "pis*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["ne", "bez", "zadn|zadna|zadne|zadny|zadnou|zadnych|zadnymi", "neni"],
  negationsAfter: ["neni nutn*", "neni potreb*", "neni vyzadov*", "nevyzaduj*", "se nevyzaduje", "neni podminkou"],
  notNegations: ["nejen", "neziskov*", "bez ohledu"],
};

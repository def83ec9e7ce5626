// Slovak. Folding strips the diacritics (ä→a, ô→o, ľ→l, ŕ→r). Six cases: stems with "*"; the forms
// of "sieť" are listed ("siet|siete|sieti|…") so that "sietí" is no prefix of unrelated words.
import type { Lexicon } from "../types";
import { INFLECTED_BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFLECTED_SOCIAL_MEDIA, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SUPPORT_CHANNELS } from "./tools";

const NETWORK = "siet|siete|sieti|sietach|sietou|sietami|*sietov*";

export const sk: Lexicon = {
  language: "sk",
  categories: {
    "digital-marketing": {
      terms: [
        "socialn* siet*",
        "socialn* medi*",
        "digitaln* marketing*",
        "internetov* marketing*",
        "optimalizac* pre vyhladavac*",
        "reklamn* kampan*",
        "kampan* ... online|google*|facebook*|instagram*|socialn*|ppc|reklamn*",
        "obsah* ... socialn*|instagram*|facebook*",
      ],
      combos: [{ tools: INFLECTED_SOCIAL_MEDIA, actions: ["sprav*", "kampan*", "prispevk*", "obsah*", "publik*", "strategi*", "reklam*", "dosah*"] }],
    },
    "digital-design": {
      terms: [
        "grafick* dizajn*",
        "navrh* ... *rozhran*|logo*|grafik*|banner*|obal*|webov*",
        "3d model*",
        "modelovan* ... 3d|cad",
        "technick* vykres* ... cad|autocad*|solidworks*|revit*",
        "digitaln* ilustraci*",
        "tvorb* ... grafiky|grafik|grafiku|logo*|banner*|vizual*",
      ],
    },
    "software-development": {
      terms: [
        "programovani*",
        "programovat",
        "programator*",
        "vyvojar*",
        "zdrojov* kod*",
        "pisani* kod*",
        "vyvoj* ... aplikaci*|softver*|webov*|web*|skript*|funkci*|api|rozhran*|modul*|e-shop*",
        "vyvij* ... aplikaci*|softver*|webov*|web*|skript*|funkci*|api|modul*",
        "automatiz* test*",
        "testovani* softver*",
      ],
    },
    "it-systems": {
      terms: [
        "pouzivatelsk* uct*",
        "it podpor*",
        "spravc* siet*|system*",
        `administraci* ... server*|system*|${NETWORK}`,
        `sprav* ... server*|infrastruktur*|${NETWORK}|pocitac*`,
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "server*", "siet|siete|sieti|sietach|sietou|sietami", "pocitac*", "tlaciarn*", "azure*"],
          actions: ["instal*", "konfigur*", "sprav*", "udrzb*", "monitor*", "aktualiz*", "nastav*", "administr*"],
        },
      ],
      exceptions: ["socialn* siet*", "sprav* ... socialn* siet*", "neuronov* siet*", "obchodn* siet*"],
    },
    cybersecurity: {
      terms: ["kybernetick* bezpecnost*", "informacn* bezpecnost*", "zranitelnost*", "penetracn* test*", "bezpecnostn* incident*", "bezpecnostn* audit*"],
    },
    "data-analytics": {
      terms: [
        "analyz* ... dat|data|udaj*|udajov|statisti*",
        "statistick* analyz*",
        "vizualizaci* dat",
        "vizualiz* ... dat|data|vysledk*",
        "report* ... power bi*|dashboard*",
      ],
    },
    "robotics-ai": {
      terms: [
        "umel* inteligenci*",
        "strojov* uceni*",
        "pocitacov* videni*",
        "neuronov* siet*",
        "trenovani* ... model*",
        "tren* ... model*",
        "jazykov* model*",
        "robotik*",
      ],
    },
    "customer-support": {
      terms: [
        "zakaznick* podpor*",
        "zakaznick* servis*",
        "zakaznick* link*",
        "starostliv* o zakaznik*",
        "reklamaci*",
        "staznost*",
        "recepci*",
        "vita* ... navstev*|host*|zakaznik*",
        "prijima* ... hovor*|telefon*|navstev*",
        "vybavov* ... dotaz*|dopyt*|reklamaci*|poziadav*",
        "odpoved* ... dotaz*|otazk*",
        "obsluh* zakaznik*",
        "pokladn*",
        "predaj* v obchode|predajni",
        "poradenstv* zakaznik*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["odpoved*", "vybav*", "zodpoved*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "sklad|skladu|skladoch|sklade|sklady|skladom",
        "*skladov*",
        "skladnik*",
        "vychystav*",
        "kompletaci* objednav*",
        "bal* ... objednav*|zasiel*|balik*|tovar*",
        "expedici*",
        "balik*",
        "inventur*",
        "prijem tovaru",
      ],
      exceptions: ["datov* sklad*"],
    },
    "data-entry-office": {
      terms: [
        "zadavani* ... dat|udaj*|faktur*|objednav*",
        "vkladani* ... dat|udaj*|faktur*",
        "prepis* ... dat|udaj*|dokument*",
        "archivaci*",
        "archivov*",
        "administrativ*",
        "kancelarsk* prac*",
        "sekretariat*",
        "evidenci*",
        "tried* post*",
        "spracovani* post*",
        "planovani* stretnut*",
        "zapisnic*",
        "dohadovani* stretnut*",
      ],
      combos: [{ tools: INFLECTED_BUSINESS_SYSTEMS, actions: ["zadav*", "vklad*", "aktualiz*", "zapis*", "eviduj*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "pocitac|pocitaci|pocitacom|pocitaca"],
          actions: [
            "pouzi*",
            "prac*",
            "pisa*",
            "pis*",
            "vytvar*",
            "vytvor*",
            "priprav*",
            "aktualiz*",
            "dokument*",
            "prezentaci*",
            "tabul*",
            "zoznam*",
            "list*",
            "zadav*",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "email*"], actions: ["posiel*", "odosiel*", "pisa*", "pis*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["nie", "ne", "bez", "ziadn*", "nie je"],
  negationsAfter: ["nie je potrebn*", "nie je nutn*", "sa nevyzaduj*", "nevyzaduj*", "nie je podmienkou"],
  notNegations: ["nielen", "neziskov*"],
};

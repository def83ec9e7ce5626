// Maltese. Folding maps ċ→c, ġ→g, ħ→h, ż→z (għ stays "gh"). The article is joined with a hyphen
// (il-, is-, tal-, fil-), which separates words, so "tal-klijenti" is read as "tal klijenti".
// Verbs take prefixes (tiżviluppa, jiżviluppa, niżviluppaw): stems open at the front, "*zvilupp*".
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

const SOFTWARE = "softwer*|software|applikazzjoni*|app|apps|websajt*|sit|siti|funzjonalita|funzjonijiet|api*|script*|moduli";
const DATA = "data|dejta|informazzjoni";

export const mt: Lexicon = {
  language: "mt",
  categories: {
    "digital-marketing": {
      terms: [
        "midja socjali",
        "media socjali",
        "kampanj* ... online|digitali|google*|facebook*|instagram*|socjali|reklam*",
        "reklamar* online",
        "ottimizzazzjoni ... magni ... tfittxija",
        "kontenut ... socjali|online|instagram*|facebook*",
      ],
      combos: [{ tools: SOCIAL_PLATFORMS, actions: ["*immanigg*", "tmexxi*", "kampanj*", "posts", "kontenut*", "pubblik*", "strategij*", "reklam*"] }],
    },
    "digital-design": {
      terms: [
        "disinn* grafik*",
        "disinn* ... interfacc*|logo*|banners|websajt*|ippakkjar|grafik*",
        "mudell* 3d",
        "3d mudell*",
        "immudellar* 3d",
        "tpingij* ... cad|autocad*|solidworks*|revit*",
        "tpingij* teknic*",
        "illustrazzjoni* digitali",
      ],
    },
    "software-development": {
      terms: ["*ipprogramm*", "programmazzjoni", "programmatur*", `*zvilupp* ... ${SOFTWARE}`, "kitba ... kodic*", "kodic* sors*", "*ttestjar awtomatiz*"],
      exceptions: ["*ipprogramm* ... robot*"],
    },
    "it-systems": {
      terms: ["kont* ... utent*", "amministrazzjoni ... server*|netwerk*|sistem*|infrastruttur*", "amministratur* ... sistem*", "appogg ... it", "support it"],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "server*", "netwerk*", "kompjuter*", "printer*"],
          actions: ["install*", "konfigur*", "amministr*", "manutenzjoni", "*zamm*", "monitorag*", "*aggorn*", "*issettja*"],
        },
      ],
      exceptions: ["netwerk* socjali", "netwerk* newral*"],
    },
    cybersecurity: {
      terms: [
        "cibersigurta",
        "cybersigurta",
        "sigurta ... informatika|informazzjoni|cibernetika",
        "vulnerabbilta*",
        "test* ... penetrazzjoni",
        "incident* ... sigurta",
        "verifik* ... sigurta",
      ],
    },
    "data-analytics": {
      terms: [`analizi ... ${DATA}|statistik*`, "analizi statistik*", `vizwalizzazzjoni* ... ${DATA}|rizultat*`, "rapport* ... power bi*|dashboard*"],
    },
    "robotics-ai": {
      terms: [
        "intelligenza artificjali",
        "taghlim ... magni|awtomatiku",
        "vizjoni ... kompjuter*",
        "netwerk* newral*",
        "tahrig ... mudell*",
        "thar* ... mudell*",
        "robotik*",
      ],
    },
    "customer-support": {
      terms: [
        "servizz* ... klijent*",
        "kura ... klijent*",
        "appogg ... klijent*",
        "ilment*",
        "lment*",
        "tilqa* ... vizitatur*|klijent*|mistednin",
        "*wiegeb* ... telefon*|sejhiet|mistoqsijiet|klijent*|emails",
        "twegibiet ... klijent*|mistoqsijiet",
        "fuq ... kaxxa",
        "kaxxier*",
        "bejgh ... hanut",
        "parir ... klijent*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["*wiegeb*", "*immanigg*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "mahzen*",
        "mhazen",
        "ippakkjar",
        "*ippakkja*",
        "pakkett*",
        "ordnijiet ... *ippakkja*|thejji*|*pprepara*|gabra|tigbor*",
        "kunsinn*",
        "spedizzjoni*",
        "inventarju",
        "stokk ... ghadd*|kontroll*",
        "merkanzija ... *rcievi|ricevimen*",
      ],
    },
    "data-entry-office": {
      terms: [
        `dhul ... ${DATA}`,
        `*ddahhal* ... ${DATA}|fatturi|ordnijiet`,
        "*arkivj*",
        "xoghol ... amministrattiv*|ufficcju",
        "kompiti amministrattivi",
        "segretarj*",
        "korrispondenza",
        "laqghat ... organizz*|skeda*|minuti",
        "organizz* ... laqghat",
        "minuti ... laqgh*",
        "posta ... tqassim|*sortja*|*immanigg*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["*ddahhal*", "*aggorn*", "*rregistr*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "kompjuter*"],
          actions: [
            "tuza|juza|uzu|jintuza",
            "thejji*",
            "*pprepara*",
            "*aggorn*",
            "dokument*",
            "prezentazzjoni*",
            "tabell*",
            "listi",
            "ittri",
            "*ddahhal*",
            "tikteb|kitba",
            "tohloq|holqien",
          ],
          window: 6,
        },
        { tools: ["email*", "e-mail*", "posta elettronika"], actions: ["tibghat|*bghat*", "tikteb|kitba"], window: 3 },
      ],
    },
  },
  // No bare "ma" (Italian "but"): the negated verb forms instead.
  // "hemmx" rather than "m'hemmx": the apostrophe splits words and the cue must start within five words.
  negationsBefore: ["mhux", "ebda", "minghajr", "hemmx", "mhemmx", "jinkludix", "ma jinkludix", "ma jehtieg*"],
  negationsAfter: ["mhux mehtieg*", "mhix mehtieg*", "mhumiex mehtieg*", "mhux rekwizit", "mhux mitlub*"],
  notNegations: ["mhux biss", "mhux ghall-profitt"],
};

// Estonian. Folding maps õ→o, ä→a, ö→o, ü→u. Fourteen cases and compounds: open stems
// ("*programmeeri*" matches programmeerimine, programmeerimisoskus); "ladu" (warehouse) declines
// to laos, lattu, laost, so its forms are listed.
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFLECTED_OFFICE_TOOLS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

const SOCIAL_INFLECTED = SOCIAL_PLATFORMS.map((p) => (p.includes(" ") || p.includes("-") ? p : `${p}*`));
const SOFTWARE = "*rakendus*|*tarkvara*|*veebileh*|*funktsionaalsus*|*funktsioon*|api*|skript*|moodul*|liides*";

export const et: Lexicon = {
  language: "et",
  categories: {
    "digital-marketing": {
      terms: [
        "*sotsiaalmeedia*", "*digiturundu*", "digitaal* turundu*", "*veebiturundu*", "*otsingumootor*", "*reklaamikampaania*",
        "*kampaania* ... online|google*|facebook*|instagram*|sotsiaal*|veebi*|digi*", "*uudiskir*", "*sisuloome*",
      ],
      combos: [{ tools: SOCIAL_INFLECTED, actions: ["halda*", "haldus*", "kampaania*", "postitus*", "sisu*", "strateegi*", "reklaam*", "jalgij*"] }],
    },
    "digital-design": {
      terms: [
        "graafili* disain*", "graafili* kujundu*", "kujunda* ... logo*|*liides*|banner*|*veebileh*|pakend*|graafik*|reklaammaterjal*",
        "*kasutajaliides* ... kujunda*|disain*", "*kasutajaliidese disain*", "*3d-mudel*", "*3d-modelleeri*",
        "*tehnilis* joonis* ... cad|autocad*|solidworks*|revit*", "*joonis* ... cad|autocad*|solidworks*", "digitaal* illustratsioon*", "*veebidisain*",
      ],
    },
    "software-development": {
      terms: [
        "*programmeeri*", "*tarkvaraarendu*", "*veebiarendu*", "*rakenduste arendu*", "*tarkvaraarendaja*", `*arenda* ... ${SOFTWARE}`,
        `${SOFTWARE} ... arenda*`, "*lahtekood*", "*koodi kirjutami*", "*testiautomaatika*", "*automaattest*",
      ],
      exceptions: ["*robot* ... *programmeeri*", "*programmeeri* ... *robot*"],
    },
    "it-systems": {
      terms: [
        "*kasutajakonto*", "*kasutajahaldus*", "*susteemiadministraator*", "*susteemihaldus*", "*vorguhaldus*", "*it-tugi*", "*it-toe*",
        "*serverite haldus*", "*serveri* ... paigalda*|seadista*|halda*|hoold*", "*it-infrastruktuur*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "*server*", "vork|vorgu|vorke|vorkude|*arvutivork*|*arvutivorgu*|*kohtvork*|*kohtvorgu*", "arvuti|arvutid|arvutite|arvuteid", "printer*"],
          actions: ["paigalda*", "seadista*", "halda*", "hoold*", "jalgi*", "uuenda*", "konfigureeri*"],
        },
      ],
    },
    cybersecurity: {
      terms: ["*kuberturvalisus*", "*kuberturb*", "*kuberturve*", "*infoturb*", "*infoturve*", "*turvanork*", "*haavatavus*", "*sissetungitest*", "*turvaintsident*", "*turvaaudit*"],
    },
    "data-analytics": {
      terms: [
        "*andmeanaluu*", "*andmete analu*", "analuusi* ... *andme*|*andmeid|statistika*", "*statistili* analuu*", "*andmete visualiseeri*",
        "visualiseeri* ... *andme*|tulemus*", "*aruand* ... power bi*|dashboard*|*armatuurlau*", "*armatuurlau*",
      ],
    },
    "robotics-ai": {
      terms: [
        "*tehisintellekt*", "*masinope*", "*masinoppe*", "*masinnagemi*", "*narvivork*", "*narvivorgu*", "*keelemudel*", "*mudeli* ... treeni*|opeta*",
        "treeni* ... *mudel*", "*robootik*", "*robot* ... *programmeeri*", "*programmeeri* ... *robot*",
      ],
    },
    "customer-support": {
      terms: [
        "*klienditeenindu*", "*klienditugi*", "*kliendituge*", "*klienditoe*", "*kaebus*", "*pretensioon*", "*vastuvotulaud*", "*retseptsioon*",
        "vastu ... kulastaja*|kulali*", "vasta* ... *kone*|*kusimus*|*paringu*|telefon*", "*kliendiparing*", "*klientide teenindami*",
        "*teenindami* ... klient*|kulali*", "kassas", "*kassatoo*", "*muugisaal*", "*klientide noustami*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["vasta*", "kasitle*", "menetle*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "ladu|laos|lattu|laost|lao", "*laotoo*", "*laotootaja*", "*laohaldus*", "*komplekteeri*", "*pakkimi*", "pakki* ... tellimus*|pak*|kaup*",
        "*pakendami*", "*saadetis*", "*inventuur*", "*kaupade vastuvott*",
      ],
      exceptions: ["*andmeladu*", "*andmelao*", "*pakendidisain*"],
    },
    "data-entry-office": {
      terms: [
        "*andmesisestus*", "*andmete sisesta*", "sisesta* ... *andme*|arve*|tellimus*|susteemi*", "*arhiveeri*", "*dokumendihaldus*", "*asjaajami*",
        "*kontoritoo*", "*haldustoo*", "administratiivs* ulesan*", "sekretar*", "*koosolekute* ... planeeri*|korralda*|protokolli*", "*protokolli*",
        "*posti* ... sorteeri*|kasitle*", "*kohtumiste* ... kokku*|broneeri*|planeeri*", "*broneeri* ... reis*|ruum*|kohtum*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS.map((t) => (t.includes(" ") ? t : `${t}*`)), actions: ["sisesta*", "uuenda*", "kanda*", "registreeri*"], window: 6 }],
      exceptions: ["e-post* ... sorteeri*|kasitle*"],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...INFLECTED_OFFICE_TOOLS, "arvuti|arvutit|arvutis|arvutiga"],
          actions: ["kasuta*", "koosta*", "uuenda*", "valmista*", "dokument*", "esitlus*", "tabel*", "nimekir*", "kirja*", "sisesta*", "loo*"],
          window: 6,
        },
        { tools: ["e-kir*", "e-post*", "e-mail*", "email*"], actions: ["saat*", "kirjuta*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["ei", "pole", "ilma", "mitte", "ukski"],
  negationsAfter: ["ei ole vajalik", "ei ole noutav", "pole vajalik", "pole noutav", "ei noua", "ei eelda"],
  notNegations: ["mitte ainult", "ei ainult"],
};

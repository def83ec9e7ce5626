// Irish. Folding strips the fada (á→a). Initial mutations change the first letters of a word
// (seirbhís → sheirbhís, tseirbhís; feidhmchlár → fheidhmchlár, bhfeidhmchlár; anailís →
// n-anailís, h-anailís): every word below is written in its radical form and `ga()` expands it
// into the mutated alternatives ("seirbhis*|sheirbhis*|tseirbhis*").
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

const ECLIPSIS: Readonly<Record<string, string>> = { b: "m", c: "g", d: "n", f: "bh", g: "n", p: "b", t: "d" };
const LENITABLE = "bcdfgmpst";

/** The radical form of one word and its lenited, eclipsed and prefixed forms. */
function mutations(word: string): string[] {
  const first = word[0] ?? "";
  const forms = [word];
  if ("aeiou".includes(first)) forms.push(`n-${word}`, `h-${word}`, `t-${word}`);
  if (LENITABLE.includes(first) && word[1] !== "h") forms.push(`${first}h${word.slice(1)}`);
  const eclipsed = ECLIPSIS[first];
  if (eclipsed) forms.push(`${eclipsed}${word}`);
  if (first === "s" && /^s[aeioulnr]/.test(word)) forms.push(`t${word}`); // an tseirbhís
  return forms;
}

/** Expands every word of a pattern (and every alternative of a word) into its mutated forms. */
function ga(pattern: string): string {
  return pattern
    .split(" ")
    .map((token) => {
      if (token === "..." || /^[\d[]/.test(token)) return token;
      return [...new Set(token.split("|").flatMap((alt) => (/^[a-z]/.test(alt) ? mutations(alt) : [alt])))].join("|");
    })
    .join(" ");
}
const all = (patterns: readonly string[]) => patterns.map(ga);

export const gaLexicon: Lexicon = {
  language: "ga",
  categories: {
    "digital-marketing": {
      terms: all([
        "mean* soisialt*",
        "margaiocht* digiteach*",
        "margaiocht* ... line",
        "feachtas* ... line|digiteach*|fograiocht*|google*|facebook*|instagram*",
        "fograiocht* ar line",
        "optamu* ... inneall* cuardaigh",
        "nuachtlitir*",
      ]),
      combos: [{ tools: SOCIAL_PLATFORMS, actions: all(["bainistiocht*", "bainistiu", "feachtas*", "postail*", "abhar*", "straiteis*", "fograiocht*"]) }],
      // "seo" is also Irish for "this" ("sa phost seo"), not the acronym SEO.
      exceptions: [
        ...all(["post|rol|tionscadal|deis|obair|fostaiocht|socruchan|interneacht|clar|ionad|eagraiocht|comhlacht|cuideachta|foireann|treimhse|tasc* seo"]),
        "seo a leanas",
        "mar seo",
      ],
    },
    "digital-design": {
      terms: all([
        "dear* grafach*",
        "dear* ... comheadan*|logo*|suiomh*|pacaist*|grafaic*",
        "samhl* 3d",
        "samhaltu* 3d",
        "liniocht* ... cad|autocad*|solidworks*|revit*",
        "learaid* digiteach*",
      ]),
    },
    "software-development": {
      terms: all([
        "riomhchlar*",
        "forbair* ... bogearra*|feidhmchlar*|aip|aipeanna|suiomh*|gne*|api*|script*|modul*",
        "forbr* ... bogearra*|feidhmchlar*|aip|aipeanna|suiomh*|gne*|api*|script*|modul*",
        "gne*|feidhmchlar*|bogearra*|aip ... forbair*|forbr*",
        "scriobh* ... cod|coid",
        "cod|coid ... scriobh*",
        "forbroir*",
        "tastail* uathoibrith*",
      ]),
      exceptions: all(["riomhchlar* ... robat*"]),
    },
    "it-systems": {
      terms: all(["cuntas* usaideor*", "riarthoir* coras*|lionra*", "riarachan ... freastalai*|lionra*|coras*", "tacaiocht* tf|ti"]),
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, ...all(["freastalai*", "lionra|lionrai|lionraí|lionrach*", "riomhaire|riomhairi", "printeir*"])],
          actions: all(["suiteail*", "cumrai*", "cumraigh", "cothabhail*", "bainistiu", "bainistiocht*", "monatoir*", "nuashonr*"]),
        },
      ],
      exceptions: all(["lionra* soisialt*", "lionra* nearach*"]),
    },
    cybersecurity: {
      terms: all([
        "cibearshlandail*",
        "cibearslandail*",
        "slandail* ... faisneis*|tf|lionr*|coras*",
        "leochaileacht*",
        "tastail* slandala",
        "teagmhas* slandala",
        "iniuchadh slandala",
      ]),
    },
    "data-analytics": {
      terms: all(["anailis* ... sonrai", "anailis* staitistiuil*", "learshamhl* ... sonrai|torthai", "tuairisc* ... power bi|dashboard*|deais*", "deais*"]),
    },
    "robotics-ai": {
      terms: all([
        "intleacht* saorga",
        "foghlam* meaisin*",
        "foghlaim* meaisin*",
        "fis* riomhaireachta",
        "lionra* nearach*",
        "oiliu* ... samhl*",
        "samhl* ... oiliu*|oiliuint",
        "samhl* teanga",
        "robataic*",
        "robat*",
      ]),
    },
    "customer-support": {
      terms: all([
        "seirbhis* ... custaimeir*",
        "tacaiocht* ... custaimeir*",
        "custaimeir* ... freastal|seirbhis*",
        "freastal* ... custaimeir*",
        "gearan*|gearain*",
        "failtiu*",
        "deasc* ... failte",
        "failte ... cuairteoir*",
        "glao* ... freagair*|freagairt",
        "freagair* ... glao*|fiosrui*|ceist*|custaimeir*|guthan*",
        "freagr* ... glao*|fiosrui*|ceist*|custaimeir*|guthan*",
        "ceist*|fiosrui* ... freagair*|freagairt",
        "larionad glaonna",
        "scipead*",
        "comhairle ... custaimeir*",
      ]),
      combos: [{ tools: [...SUPPORT_CHANNELS, ...all(["guthan*"])], actions: all(["freagair*", "freagr*", "laimhseail*"]), window: 5 }],
    },
    "order-fulfilment": {
      terms: all([
        "storas*",
        "pacail*",
        "orduithe ... pacail*|ullmh*|bailiu*",
        "pacail* ... ordu*|beart*|earrai*",
        "beart* ... seol*|ullmh*",
        "lastas*|lastais*",
        "stoc* ... comhaireamh|aireamh",
        "earrai* ... glacadh",
      ]),
    },
    "data-entry-office": {
      terms: all([
        "iontrail* sonrai",
        "iontrail* ... sonrai|sonrasc*|orduithe",
        "sonrai|sonrasc* ... iontrail*",
        "cartlann*",
        "comhdu*",
        "obair* oifige",
        "obair* cleireachais",
        "tasc* ... riarachain|riarthach*",
        "runaiocht*",
        "comhfhreagras*",
        "cruinn* ... eagr*|sceidil*|socru*",
        "miontuairisc*",
        "post* ... sortail*|laimhseail*",
      ]),
      combos: [{ tools: BUSINESS_SYSTEMS, actions: all(["iontrail*", "nuashonr*", "clar*"]), window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, ...all(["riomhaire"])],
          actions: all([
            "usaid*",
            "ullmh*",
            "nuashonr*",
            "doicimead*",
            "scarbhileog*",
            "liost*",
            "litreach*|litir*",
            "iontrail*",
            "cruthaigh|cruthu*",
            "scriobh*",
          ]),
          window: 6,
        },
        { tools: ["e-mail*", "email*", ...all(["riomhphost*", "r-phost*"])], actions: all(["seol*", "scriobh*"]), window: 3 },
      ],
    },
  },
  negationsBefore: ["ni", "nil", "gan", "ni ga", "nior", "na bionn"],
  negationsAfter: ["nil ga", "ni ga", "nach bhfuil ag teastail", "nil ag teastail"],
  notNegations: ["ni amhain", "neamhbhrabus*"],
};

// Swedish. Folding maps å→a, ä→a, ö→o. Compounds as in German: "*webbutveckl*" matches
// webbutveckling, webbutvecklare; definite and plural endings need a trailing "*".
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

export const sv: Lexicon = {
  language: "sv",
  categories: {
    "digital-marketing": {
      terms: [
        "*sociala medie*", "digital* marknadsföring*", "*sökmotoroptimering*", "*sökordsoptimering*",
        "*annonskampanj*", "*onlinekampanj*", "*digitala kampanj*", "*nyhetsbrev*", "*innehållsplan*",
        "*marknadsföring* ... online|digital*|sociala|google", "*webbanalys*",
      ],
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS, "*kanaler"],
          actions: ["hanter*", "driv*", "kampanj*", "inlägg*", "innehåll*", "publicer*", "strategi*", "annons*", "räckvidd*", "följare"],
        },
      ],
      exceptions: ["kundtjänst* ... sociala medier"],
    },
    "digital-design": {
      terms: [
        "*grafisk* design*", "*grafisk formgivning*", "*användargränssnitt*", "*3d-modell*", "*cad-ritning*",
        "ritning* ... cad|autocad|revit|solidworks", "*webbdesign*", "digital* illustration*",
        "design* ... gränssnitt*|app|appar|webbplats*|hemsid*|grafik*|logotyp*|banner*",
        "formge* ... app|appar|webbplats*|hemsid*|grafik*|logotyp*|förpackning*",
      ],
    },
    "software-development": {
      terms: [
        "*programmering*", "programmera*", "*systemutveckl*", "*mjukvaruutveckl*", "*programvaruutveckl*",
        "*webbutveckl*", "*apputveckl*", "*frontend-utveckl*", "*backend-utveckl*", "*källkod*", "*kodgranskning*",
        "utveckl* ... app|appar|applikation*|programvar*|mjukvar*|webbplats*|hemsid*|webbapplikation*|skript*|funktion*|api*|tjänster|integration*",
        "*testautomatiser*",
      ],
    },
    "it-systems": {
      terms: [
        "*användarkonto*", "*it-support*", "*systemadministrat*", "*nätverksadministrat*", "*serveradministrat*",
        "*it-drift*", "*it-miljö*", "*it-infrastruktur*", "*driftsättning*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "*server|*servrar*|*servern", "*nätverk*", "datorer", "skrivare", "system|systemen"],
          actions: ["install*", "konfigur*", "administr*", "underhåll*", "förvalt*", "övervak*", "uppdater*", "sätta upp", "drift*", "felsök*", "migr*"],
        },
        { tools: BUSINESS_SYSTEMS, actions: ["konfigur*", "införa*", "införande*", "anpass*", "implementer*"], window: 4 },
      ],
      exceptions: ["sociala nätverk*", "*nätverkande*", "nätverka", "*nätverksträff*", "neurala nätverk*"],
    },
    cybersecurity: {
      terms: [
        "*it-säkerhet*", "*informationssäkerhet*", "*cybersäkerhet*", "*sårbarhet*", "*penetrationstest*",
        "*säkerhetsincident*", "*säkerhetsgranskning*", "*behörighetsstyrning*", "*intrångs*",
      ],
    },
    "data-analytics": {
      terms: [
        "*dataanalys*", "analys* ... data|datan|statistik|*data|siffror|mätdata|enkätsvar", "statistisk* analys*",
        "*datavisualisering*", "visualiser* ... data|datan|resultat*|*data", "*nyckeltal* ... dashboard*|rapport*|analys*",
      ],
    },
    "robotics-ai": {
      terms: [
        "artificiell* intelligens*", "*maskininlärning*", "*bildigenkänning*", "*robotprogrammering*",
        "trän* ... *modell*|*modeller*", "*språkmodell*", "*ai-modell*", "*industrirobot*", "neurala nätverk*", "*datorseende*",
      ],
    },
    "customer-support": {
      terms: [
        "*kundtjänst*", "*kundservice*", "*kundsupport*", "*kundbemötande*", "*reklamation*", "*klagomål*",
        "*reception*", "ta emot ... besökare|gäster|samtal|kunder", "besvara* ... samtal|kundfrågor|frågor",
        "svara* ... telefon*|samtal", "*kundfrågor*", "*telefonväxel*", "i växeln", "*kundkontakt*",
      ],
      combos: [{ tools: [...SUPPORT_CHANNELS, "telefon*"], actions: ["besvar*", "svara*", "hanter*"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "*lagerarbet*", "*lagerhantering*", "lagret", "lager", "*lagerlokal*", "*orderplock*", "plock* ... order|ordrar|varor|beställning*",
        "pack* ... order|ordrar|paket|varor|beställning*", "*varumottagning*", "*utleverans*",
        "skicka* ... paket|beställning*|ordrar", "*inventering*", "*paketer*",
      ],
      exceptions: ["*förpackningsdesign*"],
    },
    "data-entry-office": {
      terms: [
        "*datainmatning*", "mata* in ... data|uppgifter|fakturor|order*|kunduppgifter|*uppgifter",
        "registrer* ... fakturor|uppgifter|order*|kunddata|*uppgifter|beställning*", "*arkivering*", "arkiver*",
        "*administrativa uppgifter*", "*kontorsarbete*", "*kontorsuppgifter*", "*administrativt arbete*",
        "boka* ... möten|resor|mötesrum*|tider", "*posthantering*", "sorter* ... post*", "*sekreterar*", "föra protokoll",
        "*fakturahantering*", "*kalender* ... uppdater*|hålla",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["mata* in", "registrer*", "uppdater*", "lägga in", "föra in"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "dator|datorn|datorer"],
          actions: ["använd*", "skriv*", "skapa*", "uppdater*", "förbered*", "dokument*", "presentation*", "tabell*", "listor", "brev", "mata* in"],
          window: 6,
        },
        { tools: ["e-post*", "mejl*"], actions: ["skicka*", "skriv*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["inte", "ingen", "inga", "inget", "utan", "aldrig", "ej"],
  negationsAfter: ["krävs inte", "krävs ej", "inte nödvändig*", "behövs inte", "är inget krav"],
  notNegations: ["inte bara", "inte endast", "utan vinstsyfte"],
};

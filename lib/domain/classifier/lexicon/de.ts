// German. Folding maps ä→a, ö→o, ü→u, ß→ss. Compounds: "*daten-analy*" matches Datenanalyse,
// Kundendatenanalyse, Daten-Analyse.
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

export const de: Lexicon = {
  language: "de",
  categories: {
    "digital-marketing": {
      terms: [
        "*social-media-kanal*", "*social-media-beitr*", "*social-media-auftritt*", "*social-media-redakt*", "*social-media-strateg*", "*social-media-content*", "*social-media-post*", "*suchmaschinenoptimierung*", "*suchmaschinenmarketing*", "*online-kampagne*",
        "*onlinekampagne*", "*online-werbung*", "*webanalyse*", "*redaktionsplan*", "*e-mail-kampagne*",
        "*werbekampagne* ... online|google|social", "*online-marketing*", "*content-erstellung*",
      ],
      exceptions: ["*social-media-kundenservice*", "*social-media-support*"],
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS, "soziale* medien", "sozialen netzwerke*"],
          actions: [
            "betreu*", "pfleg*", "kampagne*", "beitr*", "inhalt*", "content*", "posts", "strategie*",
            "werbung", "anzeige*", "reichweite", "follower*", "kanal|kanale|kanalen", "redaktion*",
          ],
        },
      ],
    },
    "digital-design": {
      terms: [
        "*benutzeroberfl*", "digital* illustration*", "*mediengestalt*", "*cad-konstruktion*",
        "*3d-konstruktion*", "*3d-zeichnung*", "gestaltung ... benutzeroberfl*|website*|webseite*|grafik*|logo*|app*|banner*",
        "technische* zeichnung* ... cad|catia|solidworks|autocad", "prototyp* ... figma|app*",
        "*digitale-gestaltung*",
      ],
    },
    "software-development": {
      terms: [
        "programmier*", "*programmierkenntnis*", "*softwareentwickler*", "*webentwickler*",
        "entwick* ... app|apps|anwendung*|software|website*|webseite*|webanwendung*|skript*|script*|funktion*|datenbankanwendung*|tool*|plugin*|modul*|schnittstelle*",
        "anbindung ... schnittstelle*|api*|rest-api*", "*rest-schnittstelle*", "*api-schnittstelle*",
        "umsetzung ... funktion*|feature*", "*code-review*", "*programmcode*", "*quellcode*",
        "*testautomatisierung*", "makro* ... programmier*|vba",
      ],
    },
    "it-systems": {
      terms: [
        "*benutzerkont*", "*it-administration*", "*systemadministrator*", "*netzwerkadministrator*",
        "*it-support*", "*serveradministration*", "*arbeitsplatzrechner*", "*client-management*",
        "*it-betreuung*", "*it-storung*", "*hardware-einricht*",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "*server*", "*netzwerk*", "rechner*", "drucker*", "systeme", "it-systeme"],
          actions: [
            "administ*", "betreu*", "einricht*", "installier*", "installation", "konfigur*", "wart*",
            "pfleg*", "verwalt*", "uberwach*", "aufbau*", "migr*", "inbetriebnahme", "support*",
            "aktualisier*", "fehlerbehebung",
          ],
        },
        { tools: BUSINESS_SYSTEMS, actions: ["konfigur*", "einfuhr*", "customiz*", "anpass*", "betreu*"], window: 4 },
      ],
      exceptions: ["sozial* netzwerk*", "*netzwerkveranstaltung*", "*netzwerktreffen*", "netzwerk* aufbau*", "*sozialnetzwerk*"],
    },
    cybersecurity: {
      terms: [
        "*schwachstelle*", "*sicherheitsaudit*", "*sicherheitsvorf*", "*informationssicherheit*",
        "*it-sicherheit*", "*zugriffsrecht*", "*sicherheitsluck*", "*angriffserkennung*",
        "*sicherheitsuberpruf*", "*sicherheitsrichtlinie*", "*sicherheitsvorfalle*", "*berechtigungskonzept*",
      ],
    },
    "data-analytics": {
      terms: [
        "*daten-analy*", "*datenanalys*", "statistisch* auswertung*", "auswert* ... *daten|*zahlen",
        "visualisierung ... *daten|ergebnisse|kennzahlen", "*datenvisualisierung*", "*datenauswertung*",
        "*datenmodell*", "*kennzahlen* ... dashboard*|analy*|auswert*", "*berichtswesen* ... power bi|dashboard*",
      ],
    },
    "robotics-ai": {
      terms: [
        "kunstlich* intelligenz", "maschinell* lernen*", "*bilderkennung*", "training ... *modell*",
        "neuronal* netz*", "*industrieroboter*", "*sprachmodell*", "*ki-anwendung*", "*ki-system*",
      ],
    },
    "customer-support": {
      terms: [
        "*kundenservice*", "*kundenanfrage*", "*reklamation*", "*beschwerde*", "am empfang",
        "*empfangsdienst*", "*empfangstheke*", "empfang* ... besucher*|gast*|gaste*|kund*",
        "anruf* ... entgegen*|annehm*|beantwort*", "*kundenbetreuung*", "*kundenkontakt*",
        "*kundendienst*", "*kundensupport*", "*kundenberatung*", "telefonzentrale",
      ],
      combos: [
        { tools: [...SUPPORT_CHANNELS, "telefon*", "anruf*"], actions: ["beantwort*", "bearbeit*", "entgegen*"], window: 5 },
      ],
    },
    "order-fulfilment": {
      terms: [
        "*kommissionier*", "*verpack*", "*versand*", "lager", "im lager", "*lagerarbeit*",
        "*lagerlogistik*", "*wareneingang*", "*warenausgang*", "pakete", "paket* ... pack*|versend*",
        "bestellung* ... verpack*|versand*|kommission*",
      ],
      exceptions: ["*verpackungsdesign*", "*verpackungsgestaltung*", "*e-mail-versand*", "*mailversand*"],
    },
    "data-entry-office": {
      terms: [
        "*dateneingabe*", "*datenerfassung*", "*daten ... einzutragen|eintrag*|erfass*|eingeb*",
        "erfass* ... *daten|rechnung*|beleg*|auftrag*|auftrage", "*ablage*", "archivier*",
        "*terminplanung*", "termin* ... koordin*|vereinbar*", "*postbearbeitung*", "post ... bearbeit*",
        "*buroarbeit*", "*burotatigkeit*", "*verwaltungsaufgabe*", "*verwaltungstatigkeit*",
        "*sekretariat*", "*lieferschein* ... eingabe|erfass*|eintrag*", "*rechnungen* ... erfass*|buchen|eingeb*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["eingabe", "eintrag*", "erfass*", "eingeb*", "buchen", "pfleg*"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "computer", "pc", "rechner"],
          actions: [
            "nutz*", "verwend*", "benutz*", "erstell*", "schreib*", "bearbeit*", "pfleg*", "aktualisier*",
            "eintrag*", "einzutragen", "eingeb*", "prasentation*", "dokument*", "brief*", "tabelle*",
            "liste*", "protokoll*",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "mail|mails"], actions: ["versend*", "send*", "schreib*", "verfass*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["kein*", "nicht", "ohne", "nie", "niemals"],
  negationsAfter: [
    "nicht erforderlich", "nicht notwendig", "nicht notig", "nicht noetig", "nicht vorausgesetzt",
    "nicht gefordert", "nicht zwingend", "nicht verlangt",
  ],
  notNegations: ["nicht nur", "nicht lediglich", "kein problem", "keine sorge"],
};

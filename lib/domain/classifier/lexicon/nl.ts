// Dutch. Compounds are written with a leading/trailing "*" and "-" joints:
// "*software-ontwikkel*" matches softwareontwikkeling, software-ontwikkelaar, software ontwikkelen.
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

export const nl: Lexicon = {
  language: "nl",
  categories: {
    "digital-marketing": {
      terms: [
        "*socialemedia*", "*socialmedia*", "social_media-kanal*|social_media-strateg*|social_media-campagne*|social_media-marketing|social_media-beheer|social_media-content|social_media-post*", "online campagne*", "*onlinecampagne*", "online adverten*",
        "zoekmachineoptimalisatie", "zoekmachinemarketing", "*nieuwsbrie*", "*websitestatistiek*",
        "webanalyse", "contentcreatie", "*contentkalender*", "*contentplanning*", "*e-mailcampagne*",
        "*advertentiecampagne*", "online zichtbaarheid", "bloggen", "blogartikel*",
      ],
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS, "sociale media"],
          actions: [
            "beheer*", "plaats*", "post*", "content*", "campagne*", "adverten*", "bereik", "volger*",
            "publice*", "inplann*", "strategie*", "community", "kanalen", "account*", "berichten maken",
          ],
        },
      ],
    },
    "digital-design": {
      terms: [
        "*gebruikersinterface*", "digitale illustratie*", "grafisch ontwerp*", "grafische vormgeving",
        "*vormgev*", "3d-teken*", "digitale animatie*", "ontwerp* ... interface*|app*|website*|logo*|huisstijl|banner*|visual*",
        "*bouwtekening*", "bouwkundige tekening*", "prototype* ... app*|website*|figma",
      ],
    },
    "software-development": {
      terms: [
        "programmeer*", "programmeren", "programmeur*", "*softwareontwikkelaar*", "*webdeveloper*",
        "ontwikkel* ... app|apps|applicatie*|webapplicatie*|website*|software|script*|tool*|functionaliteit*|api|module*|plugin*|chatbot*|game*|webshop*",
        "bouw* ... app|apps|applicatie*|webapplicatie*|website*|api|tool*|functionaliteit*|plugin*",
        "schrijv*|schrijft ... code|script*|tests", "automatische tests", "koppel* ... api*|rest-api*",
        "*scripts* ... schrijv*|schrijft|ontwikkel*", "codeer*", "testautomatisering",
      ],
    },
    "it-systems": {
      terms: [
        "*gebruikersaccount*", "*cloudomgeving*", "*netwerkstoring*", "*werkplekbeheer*",
        "*applicatiebeheer*", "*it-beheer*", "*ict-beheer*", "it-problemen", "ict-problemen",
        "beheer ... server*|netwerk*|systemen|cloud*|laptops|werkplekken",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "netwerk", "netwerken", "systemen", "werkplek*", "back-ups"],
          actions: [
            "installat*", "installer*", "configur*", "beheer*", "onderhoud*", "monitor*", "inricht*",
            "opzet*", "migr*", "oploss*", "controle*", "updat*", "ondersteun*",
          ],
        },
        { tools: BUSINESS_SYSTEMS, actions: ["configur*", "implementat*", "inricht*", "beheer*"], window: 4 },
      ],
      exceptions: ["sociale netwerk*", "netwerk* opbouw*", "*netwerkevenement*", "netwerk*bijeenkomst*"],
    },
    cybersecurity: {
      terms: [
        "*kwetsbaarheidsscan*", "kwetsbaarheden in", "*beveiligingsincident*", "*beveiligingsrisico*",
        "*informatiebeveiliging*", "*beveiligingsaudit*", "*incidentrespons*", "*beveiligingstest*",
        "*it-beveiliging*", "beveiliging van ... netwerk*|systemen|applicatie*|data",
      ],
    },
    "data-analytics": {
      terms: [
        "*statistische analyse*", "analyse* ... gegevens|*gegevens|data|cijfers|*cijfers|resultaten|datasets",
        "visualiser* ... resultaten|data|gegevens|cijfers", "*datamodel*", "*datavisualisatie*",
        "data-analist*", "rapportage* ... dashboard*|power_bi", "*data-analyse*",
      ],
    },
    "robotics-ai": {
      terms: [
        "*beeldherkenning*", "machinaal leren", "kunstmatige intelligentie", "train* ... *model*",
        "industriele robot*", "neurale netwerk*", "taalmodel*",
      ],
    },
    "customer-support": {
      terms: [
        "klantenservice", "*klantvra*", "*klacht*", "receptie", "te woord staan", "*klantcontact*",
        "eerste aanspreekpunt", "kassa", "verwelkom*", "klanten ... adviser*|helpen|bedienen|ontvang*",
        "bezoekers ... ontvang*", "telefoon ... aannem*|aan|opnem*|beantwoord*", "neem*|neemt ... telefoon",
        "*klantenvra*", "klanten ... te woord",
      ],
      combos: [
        {
          tools: [...SUPPORT_CHANNELS, "telefonisch", "telefoon", "chat"],
          actions: ["beantwoord*", "antwoord*", "afhandel*", "reageer*", "reageren", "te woord"],
          window: 5,
        },
      ],
    },
    "order-fulfilment": {
      terms: [
        "*orderpick*", "inpak*", "pakket|pakketten", "*magazijn*", "verzendklaar", "*verzendklare*",
        "verzend* ... pakket*|order*|bestelling*", "bestelling* ... inpak*|verzend*|klaarmak*",
        "orders ... verzend*|inpak*", "*pakbon*",
      ],
    },
    "data-entry-office": {
      terms: [
        "invoer* ... gegevens|*gegevens|data|facturen|order*|bestelling*", "*gegevensinvoer*",
        "data-invoer", "archiver*", "*archief*", "facturen inboek*", "inboek*", "post ... verwerk*",
        "*postverwerking*", "afspraken ... inplann*|plann*", "*agenda*", "administratie*",
        "administratieve taken", "*kantoorwerk*", "notul*", "kopieer*", "dossiers",
        "retour* ... registr*", "registr* ... retour*|order*|bestelling*|factur*",
        "*klantenbestand* ... bijwerk*|bij_te_werken|bijhoud*",
      ],
      combos: [
        { tools: BUSINESS_SYSTEMS, actions: ["invoer*", "in te voeren", "registr*", "verwerk*", "bijwerk*", "bij te werken"], window: 6 },
      ],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "computer", "pc", "laptop"],
          actions: [
            "gebruik*", "maak*", "maken", "opmak*", "opmaken", "schrijv*", "typ*", "bijwerk*",
            "bij te werken", "bijhoud*", "versturen", "verstuur*", "stuur*", "invoer*", "presentatie*",
            "document*", "brie*", "rapport*", "lijst*", "sheet*", "tabel*",
          ],
          window: 6,
        },
        { tools: ["e-mail*", "mail|mails"], actions: ["versturen", "verstuur*", "stuur*", "schrijv*", "opstell*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["geen", "niet", "zonder", "nooit"],
  negationsAfter: ["niet vereist", "niet nodig", "niet noodzakelijk", "geen vereiste", "geen must", "niet verplicht"],
  notNegations: ["niet alleen", "niet enkel", "niet alleen maar"],
};

import type { OfferText } from "./types";

// Danish offers: hosts in København, Odense, Aarhus and Aalborg.
export const DA_OFFERS: readonly OfferText[] = [
  {
    key: "da-01", language: "da", kind: "dot",
    title: "Praktikant – softwareudvikling (Python/Django)",
    description:
      "Hos {host} i {city} bliver du en del af et udviklingsteam, der bygger webløsninger til danske kunder. Du får " +
      "en fast mentor og rigtige opgaver fra første uge.",
    tasks: [
      "Udvikle nye funktioner i Python og Django",
      "Programmere brugergrænseflader i React",
      "Skrive automatiske tests og rette fejl",
      "Deltage i kodegennemgang og sprintmøder",
    ],
    skills: ["Python", "Git", "HTML og CSS", "SQL"],
    categories: ["software-development"],
    languages: [["da", "B2"], ["en", "B2"]],
    hosts: ["host-008", "host-045", "host-009"],
    months: [4, 6],
  },
  {
    key: "da-02", language: "da", kind: "dot",
    title: "Praktikant – dataanalyse og visualisering",
    description:
      "{host} i {city} søger en praktikant, der kan lide tal. Du arbejder med data fra vores kunder og hjælper med at " +
      "gøre dem forståelige for beslutningstagere.",
    tasks: [
      "Analysere data med SQL og Python",
      "Udvikle dashboards i Power BI",
      "Lave statistiske analyser af kundedata",
      "Præsentere resultater for kollegaer og kunder",
    ],
    skills: ["SQL", "Python eller R", "Power BI", "Statistik"],
    categories: ["data-analytics"],
    languages: [["da", "B1"], ["en", "B2"]],
    hosts: ["host-045", "host-008", "host-010"],
    months: [4, 6],
  },
  {
    key: "da-03", language: "da", kind: "dot",
    title: "Praktikant – robotprogrammering (cobots)",
    description:
      "Hos {host} i {city} arbejder du med samarbejdende robotter, der pakker og sorterer varer. Du tester din kode " +
      "på rigtige robotceller.",
    tasks: [
      "Programmere robotter (Universal Robots) til pakning og sortering",
      "Udvikle software til robotstyring i Python",
      "Træne og teste maskinlæringsmodeller til billedgenkendelse",
      "Dokumentere løsninger og teste dem hos kunden",
    ],
    skills: ["Python eller C++", "Robotteknologi", "Interesse for automation"],
    categories: ["robotics-ai"],
    languages: [["da", "B1"], ["en", "B2"]],
    hosts: ["host-009", "host-010"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "da-04", language: "da", kind: "dot",
    title: "Praktikant – digital markedsføring og SoMe",
    description:
      "Vil du lære digital markedsføring i praksis? Hos {host} i {city} planlægger og gennemfører du kampagner sammen " +
      "med vores marketingteam.",
    tasks: [
      "Planlægge og udgive indhold på sociale medier",
      "Arbejde med søgemaskineoptimering (SEO) af vores hjemmeside",
      "Opsætte og optimere annoncer på Google og Meta",
      "Lave nyhedsbreve og måle resultaterne i Google Analytics",
    ],
    skills: ["Sociale medier", "Gode skrivefærdigheder på dansk", "Kreativitet"],
    categories: ["digital-marketing"],
    languages: [["da", "C1"]],
    hosts: ["host-011", "host-010", "host-008"],
    months: [3, 5],
  },
  {
    key: "da-05", language: "da", kind: "dot",
    title: "Praktikant – UX/UI-design",
    description:
      "Hos {host} i {city} designer du digitale løsninger sammen med vores UX-designere, fra brugerinterview til " +
      "færdig prototype.",
    tasks: [
      "Designe brugergrænseflader og prototyper i Figma",
      "Gennemføre brugertests og interviews",
      "Vedligeholde vores designsystem",
      "Lave illustrationer og ikoner til web og apps",
    ],
    skills: ["Figma", "Portfolio", "Forståelse for brugervenlighed"],
    categories: ["digital-design"],
    languages: [["da", "B2"], ["en", "B2"]],
    hosts: ["host-011", "host-008", "host-045"],
    months: [3, 6],
  },
  {
    key: "da-06", language: "da", kind: "dot",
    title: "Praktikant – IT-drift og netværk",
    description:
      "{host} i {city} søger en praktikant til vores IT-afdeling. Du er med til at drive servere, netværk og " +
      "cloudtjenester for hele virksomheden.",
    tasks: [
      "Installere og vedligeholde servere og netværksudstyr",
      "Administrere brugerkonti i Active Directory",
      "Overvåge drift og sikkerhedskopiering",
      "Hjælpe med at flytte systemer til cloud (Azure)",
    ],
    skills: ["Windows Server eller Linux", "Netværk", "Selvstændighed"],
    categories: ["it-systems"],
    languages: [["da", "B2"]],
    hosts: ["host-010", "host-008", "host-009"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "da-07", language: "da", kind: "dot",
    title: "Praktikant – IT-sikkerhed",
    description:
      "Hos {host} i {city} er sikkerhed en del af alt, vi bygger. Som praktikant arbejder du med vores sikkerhedsteam " +
      "på at finde og lukke sårbarheder.",
    tasks: [
      "Udføre sårbarhedsscanninger og penetrationstest",
      "Overvåge sikkerhedshændelser og hjælpe med hændelseshåndtering",
      "Gennemgå adgangsrettigheder og sikkerhedspolitikker",
    ],
    skills: ["Netværk og operativsystemer", "Interesse for IT-sikkerhed", "Python (grundlæggende)"],
    categories: ["cybersecurity"],
    languages: [["da", "B2"], ["en", "B2"]],
    hosts: ["host-008", "host-045"],
    months: [4, 6],
  },
  {
    key: "da-08", language: "da", kind: "non-dot",
    title: "Praktikant – lager og ordreplukning",
    description:
      "Hos {host} i {city} sender vi tusindvis af pakker om ugen. Som praktikant er du en del af lagerteamet i " +
      "højsæsonen.",
    tasks: [
      "Plukke og pakke ordrer med håndscanner",
      "Modtage varer og lægge dem på plads på lageret",
      "Klargøre forsendelser til fragtfirmaer",
      "Tælle lager op ved månedens udgang",
    ],
    skills: ["Fysisk god form", "Præcision", "Truckcertifikat er en fordel"],
    categories: ["data-analytics"],
    languages: [["da", "B1"]],
    hosts: ["host-010"],
    workMode: "ON_SITE",
    months: [2, 3],
  },
  {
    key: "da-09", language: "da", kind: "mixed",
    title: "Praktikant – webshop og kundeservice",
    description:
      "Hos {host} i {city} lærer du, hvordan en webshop drives: fra produkttekster og annoncer til kundernes " +
      "spørgsmål.",
    tasks: [
      "Opdatere produktsider i webshoppen og optimere dem til SEO",
      "Analysere trafik og salg i Google Analytics",
      "Besvare kundehenvendelser på telefon og e-mail",
      "Registrere returvarer",
    ],
    skills: ["Dansk og engelsk", "Interesse for e-handel", "Serviceminded"],
    categories: ["digital-marketing"],
    languages: [["da", "C1"]],
    hosts: ["host-010", "host-011"],
    months: [3, 5],
  },
];

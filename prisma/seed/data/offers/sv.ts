import type { OfferText } from "./types";

// Swedish offers: a product studio in Stockholm, a game studio in Malmö and a wind-power operator
// in Gothenburg.
export const SV_OFFERS: readonly OfferText[] = [
  {
    key: "sv-01",
    language: "sv",
    kind: "dot",
    title: "Praktik som webbutvecklare (TypeScript/React)",
    description:
      "Hos {host} i {city} bygger vi webbtjänster som tusentals människor använder varje dag. Som praktikant " +
      "blir du en del av ett utvecklingsteam och får en egen handledare under hela perioden.",
    tasks: [
      "Utveckla nya funktioner i TypeScript och React",
      "Bygga och testa API:er i Node.js",
      "Skriva automatiserade tester",
      "Delta i kodgranskningar och sprintplaneringar",
    ],
    skills: ["JavaScript eller TypeScript", "HTML och CSS", "Git"],
    categories: ["software-development"],
    languages: [
      ["sv", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-055", "host-032"],
    months: [4, 6],
  },
  {
    key: "sv-02",
    language: "sv",
    kind: "dot",
    title: "Praktik inom spelutveckling (Unity/C#)",
    description:
      "{host} gör spel för konsol och PC från vår studio i {city}. Under praktiken jobbar du med gameplay och " + "verktyg i ett av våra pågående projekt.",
    tasks: [
      "Programmera gameplayfunktioner i C# i Unity",
      "Bygga interna verktyg för våra leveldesigners",
      "Hitta och rätta buggar tillsammans med QA-teamet",
      "Optimera prestanda på olika plattformar",
    ],
    skills: ["C# eller C++", "Erfarenhet av Unity eller Unreal", "Portfolio med egna spelprojekt"],
    categories: ["software-development", "digital-design"],
    languages: [
      ["sv", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-056"],
    months: [5, 6],
  },
  {
    key: "sv-03",
    language: "sv",
    kind: "dot",
    title: "Praktik inom dataanalys",
    description:
      "Hur mycket el ger vinden i morgon? På {host} i {city} hjälper du vårt analysteam att omvandla " +
      "sensordata från våra vindkraftsparker till bättre beslut.",
    tasks: [
      "Bearbeta och analysera stora datamängder med Python och SQL",
      "Bygga dashboards i Power BI",
      "Ta fram prognosmodeller för elproduktion",
      "Presentera resultat för driftteamet",
    ],
    skills: ["Python", "SQL", "Statistik", "Intresse för energi"],
    categories: ["data-analytics"],
    languages: [
      ["sv", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-032"],
    months: [4, 6],
  },
  {
    key: "sv-04",
    language: "sv",
    kind: "dot",
    title: "Praktik som UX-designer",
    description: "Vi tror på att designa tillsammans med användarna. På {host} i {city} får du arbeta med allt från " + "intervjuer till färdiga gränssnitt.",
    tasks: [
      "Genomföra användarintervjuer och användbarhetstester",
      "Ta fram wireframes och klickbara prototyper i Figma",
      "Designa gränssnitt för webb och mobil",
      "Bidra till vårt designsystem",
    ],
    skills: ["Figma", "En portfolio", "Kunskap om tillgänglighet (WCAG)"],
    categories: ["digital-design"],
    languages: [
      ["sv", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-055"],
    months: [4, 6],
  },
  {
    key: "sv-05",
    language: "sv",
    kind: "mixed",
    title: "Praktik inom kommunikation och event",
    description:
      "Vill du jobba med kommunikation i en växande organisation? På {host} i {city} delar du din tid mellan " + "våra digitala kanaler och våra evenemang.",
    tasks: [
      "Uppdatera webbplatsen och skriva inlägg för sociala medier",
      "Följa upp statistik i Google Analytics och LinkedIn",
      "Planera och genomföra mässor och kundevent",
      "Boka resor och lokaler",
    ],
    skills: ["Mycket god svenska i tal och skrift", "Social kompetens", "Erfarenhet av Canva"],
    categories: ["digital-marketing"],
    languages: [["sv", "C1"]],
    hosts: ["host-056", "host-032"],
    months: [3, 5],
  },
  {
    key: "sv-06",
    language: "sv",
    kind: "non-dot",
    title: "Praktik på kundservice",
    description:
      "Vår kundservice i {city} svarar på frågor från kommuner, markägare och grannar till våra parker. På " + "{host} blir du en viktig del av teamet.",
    tasks: [
      "Besvara frågor från kunder via telefon och e-post",
      "Registrera ärenden och följa upp dem",
      "Boka in möten med markägare",
      "Hjälpa till med utskick och arkivering",
    ],
    skills: ["Serviceinriktad", "Svenska och engelska", "Noggrann"],
    categories: [],
    languages: [
      ["sv", "C1"],
      ["en", "B2"],
    ],
    hosts: ["host-032"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
];

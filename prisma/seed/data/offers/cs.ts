import type { OfferText } from "./types";

// Czech offers: a software company in Prague and a cybersecurity company in Brno.
export const CS_OFFERS: readonly OfferText[] = [
  {
    key: "cs-01",
    language: "cs",
    kind: "dot",
    title: "Stáž – vývojář/ka backendu (C#/.NET)",
    description:
      "Ve společnosti {host} vyvíjíme software, na který se naši zákazníci spoléhají každý den. Na stáži " +
      "dostaneš vlastní úkoly a zkušeného mentora, který ti pomůže s prvními kroky. Místo výkonu práce: {city}.",
    tasks: [
      "Vývoj nových funkcí v C# a .NET",
      "Návrh a implementace REST API",
      "Psaní jednotkových testů",
      "Účast na code review a plánování sprintů",
      "Analýza a oprava chyb",
    ],
    skills: ["C#, Java nebo Python", "Základy SQL", "Git", "Chuť učit se nové věci"],
    categories: ["software-development"],
    languages: [
      ["cs", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-057", "host-058"],
    months: [3, 6],
  },
  {
    key: "cs-02",
    language: "cs",
    kind: "dot",
    title: "Stáž v kybernetické bezpečnosti (SOC analytik)",
    description:
      "Chceš vědět, jak vypadá skutečný kybernetický útok – a jak se mu bránit? V bezpečnostním dohledovém " +
      "centru společnosti {host} ({city}) se naučíš odhalovat a řešit bezpečnostní incidenty.",
    tasks: [
      "Monitorování bezpečnostních událostí v SIEM",
      "Analýza a vyhodnocování bezpečnostních incidentů",
      "Skenování zranitelností a podpora při penetračních testech",
      "Příprava zpráv pro zákazníky",
    ],
    skills: ["Znalost sítí a Linuxu", "Zájem o kybernetickou bezpečnost", "Python nebo Bash výhodou"],
    categories: ["cybersecurity"],
    languages: [
      ["cs", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-058"],
    months: [4, 6],
  },
  {
    key: "cs-03",
    language: "cs",
    kind: "dot",
    title: "Stáž – tester/ka softwaru se zaměřením na automatizaci",
    description:
      "Kvalita našich aplikací stojí na dobrém testování. U nás ve společnosti {host} si vyzkoušíš manuální i " +
      "automatizované testy na projektech pro velké zákazníky. Kancelář: {city}.",
    tasks: [
      "Návrh a provádění testovacích scénářů",
      "Automatizace testů v Playwright nebo Seleniu",
      "Testování API v Postmanu",
      "Evidence a ověřování chyb v Jiře",
    ],
    skills: ["Základy programování", "Pečlivost", "Technická angličtina"],
    categories: ["software-development"],
    languages: [
      ["cs", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-057"],
    months: [3, 6],
  },
  {
    key: "cs-04",
    language: "cs",
    kind: "dot",
    title: "Stáž – správa linuxových serverů a sítí",
    description:
      "Staráme se o infrastrukturu, na které běží služby našich zákazníků. Ve společnosti {host} ({city}) se " + "zapojíš do práce našeho týmu správců.",
    tasks: [
      "Správa a aktualizace linuxových serverů",
      "Konfigurace síťových prvků a firewallů",
      "Nastavení monitoringu a zálohování",
      "Automatizace rutinních úloh pomocí skriptů v Bashi nebo Ansiblu",
      "Vedení technické dokumentace",
    ],
    skills: ["Linux", "Základy počítačových sítí", "Bash nebo Python"],
    categories: ["it-systems"],
    languages: [["cs", "B2"]],
    hosts: ["host-058", "host-057"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "cs-05",
    language: "cs",
    kind: "non-dot",
    title: "Stáž – asistent/ka kanceláře",
    description: "Hledáme spolehlivou a komunikativní posilu na recepci a do kanceláře společnosti {host} ({city}).",
    tasks: [
      "Příjem návštěv a obsluha telefonu",
      "Zpracování příchozí a odchozí pošty",
      "Objednávání kancelářských potřeb",
      "Organizace schůzek a rezervace zasedacích místností",
    ],
    skills: ["Znalost MS Office", "Příjemné vystupování", "Organizační schopnosti"],
    categories: [],
    languages: [["cs", "C1"]],
    hosts: ["host-057"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
];

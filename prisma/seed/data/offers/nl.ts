import type { OfferText } from "./types";

// Dutch offers: hosts in the Netherlands and Flanders (Kanaal Software = the demo company).
export const NL_OFFERS: readonly OfferText[] = [
  {
    key: "nl-01",
    language: "nl",
    kind: "dot",
    title: "Stagiair Software Development (C#/.NET)",
    description:
      "Bij {host} in {city} bouw je mee aan webapplicaties die havens en gemeenten dagelijks gebruiken. Je werkt in " +
      "een scrumteam en krijgt een vaste begeleider die je code reviewt.",
    tasks: [
      "Nieuwe functionaliteit ontwikkelen in C# en ASP.NET Core",
      "Unittests schrijven en bugs oplossen",
      "REST API's bouwen en documenteren",
      "Meedraaien in sprintplanning, stand-ups en code reviews",
      "Je werk uitrollen via onze CI/CD-pipeline in Azure DevOps",
    ],
    skills: ["C# of Java", "Objectgeoriënteerd programmeren", "Git", "SQL"],
    categories: ["software-development"],
    languages: [
      ["nl", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-001", "host-002", "host-044"],
    months: [4, 6],
  },
  {
    key: "nl-02",
    language: "nl",
    kind: "dot",
    title: "Stage Data-analyse met Power BI",
    description:
      "Wil je ontdekken wat data over een organisatie vertellen? Bij {host} in {city} help je klanten hun eigen data " +
      "te begrijpen, van ruwe export tot dashboard.",
    tasks: [
      "Data analyseren en opschonen met Python en SQL",
      "Dashboards bouwen in Power BI voor klanten en het management",
      "Statistische analyses uitvoeren op klantdata en de resultaten presenteren",
      "Rapportages automatiseren",
    ],
    skills: ["SQL", "Power BI of Excel (gevorderd)", "Python (basis)", "Analytisch denkvermogen"],
    categories: ["data-analytics"],
    languages: [["nl", "B2"]],
    hosts: ["host-002", "host-001", "host-006"],
    months: [3, 6],
  },
  {
    key: "nl-03",
    language: "nl",
    kind: "dot",
    title: "Stagiair Front-end Developer (React/TypeScript)",
    description:
      "{host} zoekt een stagiair die graag mooie, toegankelijke interfaces bouwt. Je werkt in {city} samen met onze " +
      "designer en back-enddevelopers aan een nieuwe klantportal.",
    tasks: [
      "Componenten programmeren in React en TypeScript",
      "Een toegankelijke, responsive website bouwen volgens WCAG 2.1",
      "Koppelingen maken met onze API's",
      "Automatische tests schrijven met Playwright",
    ],
    skills: ["HTML, CSS en JavaScript", "React of Vue", "Oog voor detail"],
    categories: ["software-development", "digital-design"],
    languages: [
      ["nl", "B1"],
      ["en", "B2"],
    ],
    hosts: ["host-001", "host-006", "host-002"],
    months: [3, 6],
  },
  {
    key: "nl-04",
    language: "nl",
    kind: "dot",
    title: "Stage BIM-modelleur (Revit)",
    description:
      "Bij {host} in {city} ontwerpen we scholen, woningen en havengebouwen volledig in BIM. Als stagiair werk je mee " +
      "aan echte projecten, van voorontwerp tot uitvoeringsdossier.",
    tasks: [
      "3D-modellen opbouwen en onderhouden in Revit",
      "Technische tekeningen en details uitwerken in AutoCAD",
      "Clashcontroles uitvoeren met Navisworks",
      "Visualisaties maken voor klantpresentaties",
    ],
    skills: ["Revit of ArchiCAD", "AutoCAD", "Opleiding architectuur of bouwkunde"],
    categories: ["digital-design"],
    languages: [["nl", "B2"]],
    hosts: ["host-004"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "nl-05",
    language: "nl",
    kind: "dot",
    title: "Stage Online Marketing (SEO/SEA & social media)",
    description:
      "Help {host} online gevonden te worden. Je werkt in {city} met een klein marketingteam en krijgt de ruimte om " + "eigen campagnes op te zetten.",
    tasks: [
      "Content maken en inplannen voor onze sociale media",
      "Zoekwoordonderzoek doen en SEO-verbeteringen doorvoeren op de website",
      "Google Ads-campagnes opzetten en optimaliseren",
      "Nieuwsbrieven maken en de resultaten analyseren in Google Analytics",
    ],
    skills: ["Sociale media", "Goede schrijfvaardigheid in het Nederlands", "Google Analytics (basis)"],
    categories: ["digital-marketing"],
    languages: [["nl", "C1"]],
    hosts: ["host-006", "host-001", "host-003"],
    months: [3, 5],
  },
  {
    key: "nl-06",
    language: "nl",
    kind: "dot",
    title: "Stagiair Systeembeheer & Netwerken",
    description: "Bij {host} in {city} zorg je samen met onze systeembeheerder dat iedereen veilig en zonder storingen kan werken.",
    tasks: [
      "Servers en netwerkapparatuur installeren en beheren",
      "Gebruikersaccounts en rechten beheren in Active Directory",
      "De cloudomgeving in Microsoft Azure mee onderhouden",
      "Back-ups controleren en herstelprocedures testen",
      "Documentatie van het netwerk bijwerken",
    ],
    skills: ["Windows Server of Linux", "Netwerken (TCP/IP)", "Zelfstandig werken"],
    categories: ["it-systems"],
    languages: [["nl", "B2"]],
    hosts: ["host-001", "host-002", "host-006"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "nl-07",
    language: "nl",
    kind: "dot",
    title: "Afstudeerstage Machine Learning voor beeldherkenning",
    description:
      "{host} ontwikkelt in {city} robots die groente en fruit herkennen en oppakken. Je onderzoekt hoe ons " +
      "beeldherkenningsmodel nauwkeuriger en sneller kan.",
    tasks: [
      "Machine learning-modellen trainen en evalueren voor beeldherkenning",
      "Een dataset van camerabeelden verzamelen, labelen en beheren",
      "Het model optimaliseren voor de computer van de robot",
      "De resultaten rapporteren in een afstudeerverslag",
    ],
    skills: ["Python", "Machine learning (PyTorch of TensorFlow)", "Wiskunde en statistiek"],
    categories: ["robotics-ai"],
    languages: [
      ["nl", "B1"],
      ["en", "B2"],
    ],
    hosts: ["host-044", "host-002"],
    months: [5, 6],
  },
  {
    key: "nl-08",
    language: "nl",
    kind: "non-dot",
    title: "Stage Klantenservice & Orderverwerking",
    description:
      "Ben jij klantvriendelijk en nauwkeurig? Bij {host} in {city} help je klanten verder en zorg je dat hun " + "bestellingen correct verwerkt worden.",
    tasks: [
      "Klanten te woord staan via telefoon, e-mail en chat",
      "Klachten behandelen en terugbellen",
      "Bestellingen en retouren invoeren in het systeem",
      "Post en archief bijhouden",
    ],
    skills: ["Klantgerichtheid", "Nauwkeurigheid", "Goede beheersing van het Nederlands"],
    categories: ["digital-marketing"],
    languages: [["nl", "C1"]],
    hosts: ["host-003", "host-001", "host-006"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
  {
    key: "nl-09",
    language: "nl",
    kind: "mixed",
    title: "Stage E-commerce & Webshopbeheer",
    description: "Bij {host} in {city} leer je hoe een webshop van A tot Z draait: van productpagina tot pakketje.",
    tasks: [
      "Productpagina's in Shopify bijwerken en optimaliseren voor SEO",
      "Bezoekersgedrag analyseren in Google Analytics en verbeteringen voorstellen",
      "Vragen van klanten beantwoorden per e-mail",
      "Meehelpen met het inpakken van bestellingen tijdens piekperiodes",
    ],
    skills: ["Interesse in e-commerce", "Google Analytics (basis)", "Nederlands en Engels"],
    categories: ["digital-marketing"],
    languages: [["nl", "B2"]],
    hosts: ["host-003", "host-006"],
    months: [3, 5],
  },
];

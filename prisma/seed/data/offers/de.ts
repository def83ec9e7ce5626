import type { OfferText } from "./types";

// German offers: hosts in Germany, Austria and Zürich — including the German National Agency,
// which must never be accepted as a host (docs/domain.md §3), whatever its offer says.
export const DE_OFFERS: readonly OfferText[] = [
  {
    key: "de-01", language: "de", kind: "dot",
    title: "Praktikum Softwareentwicklung (Java/Spring Boot)",
    description:
      "Bei {host} in {city} entwickelst du im Team an unseren SaaS-Produkten mit. Du übernimmst eigene Aufgaben und " +
      "wirst von einer erfahrenen Entwicklerin betreut.",
    tasks: [
      "Neue Funktionen in Java mit Spring Boot entwickeln",
      "REST-Schnittstellen programmieren und dokumentieren",
      "Unit- und Integrationstests schreiben",
      "An Code-Reviews und Sprint-Meetings teilnehmen",
      "Fehler analysieren und beheben",
    ],
    skills: ["Java oder Kotlin", "Objektorientierte Programmierung", "Git", "SQL"],
    categories: ["software-development"],
    languages: [["de", "B2"], ["en", "B2"]],
    hosts: ["host-012", "host-014", "host-013"],
    months: [4, 6],
  },
  {
    key: "de-02", language: "de", kind: "dot",
    title: "Praktikum Data Analytics (Python, SQL, Power BI)",
    description:
      "Du willst Daten zum Sprechen bringen? Bei {host} in {city} unterstützt du unser Analytics-Team bei Projekten " +
      "für Kunden und interne Fachbereiche.",
    tasks: [
      "Daten mit Python und SQL aufbereiten und analysieren",
      "Dashboards in Power BI erstellen und pflegen",
      "Statistische Auswertungen durchführen und Ergebnisse präsentieren",
      "Datenqualität prüfen und dokumentieren",
    ],
    skills: ["Python", "SQL", "Power BI oder Tableau", "Statistik-Kenntnisse"],
    categories: ["data-analytics"],
    languages: [["de", "B2"]],
    hosts: ["host-014", "host-015", "host-034"],
    months: [4, 6],
  },
  {
    key: "de-03", language: "de", kind: "dot",
    title: "Praktikum Robotik und KI (Bildverarbeitung)",
    description:
      "{host} entwickelt in {city} Systeme, die sehen und greifen. Im Praktikum arbeitest du an Algorithmen für " +
      "Roboter und Kameras, vom Labor bis zur Anlage.",
    tasks: [
      "Roboter programmieren und in Testzellen in Betrieb nehmen",
      "Neuronale Netze für die Bildverarbeitung trainieren und evaluieren",
      "Algorithmen in C++ und Python implementieren",
      "Versuche auswerten und dokumentieren",
    ],
    skills: ["C++ oder Python", "Grundlagen maschinelles Lernen", "Robotik oder Regelungstechnik"],
    categories: ["robotics-ai"],
    languages: [["de", "B2"], ["en", "B2"]],
    hosts: ["host-013", "host-035", "host-015"],
    months: [5, 6],
  },
  {
    key: "de-04", language: "de", kind: "dot",
    title: "Praktikum CAD-Konstruktion (SolidWorks)",
    description:
      "In der Konstruktion von {host} in {city} arbeitest du an Vorrichtungen und Gehäusen für unsere Anlagen mit – " +
      "vom 3D-Modell bis zur Fertigungszeichnung.",
    tasks: [
      "3D-Modelle und Baugruppen in SolidWorks konstruieren",
      "Technische Zeichnungen für die Fertigung erstellen",
      "Bauteile mit FEM-Simulationen auslegen",
      "Prototypen mit dem 3D-Drucker fertigen und testen",
    ],
    skills: ["SolidWorks, CATIA oder Inventor", "Technisches Zeichnen", "Maschinenbau-Studium"],
    categories: ["digital-design"],
    languages: [["de", "B2"]],
    hosts: ["host-013", "host-035"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "de-05", language: "de", kind: "dot",
    title: "Praktikum BIM-Modellierung und Visualisierung",
    description:
      "{host} plant in {city} Wohnbauten, Brücken und Schulen vollständig mit BIM. Du arbeitest in einem " +
      "Projektteam mit Architektinnen und Bauingenieuren.",
    tasks: [
      "Gebäudemodelle in Revit erstellen und pflegen",
      "Pläne und Details aus dem BIM-Modell ableiten",
      "Kollisionsprüfungen durchführen",
      "Visualisierungen für Wettbewerbe rendern",
    ],
    skills: ["Revit oder ArchiCAD", "Architektur- oder Bauingenieurstudium"],
    categories: ["digital-design"],
    languages: [["de", "B2"]],
    hosts: ["host-017"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "de-06", language: "de", kind: "dot",
    title: "Praktikum Online-Marketing (SEO, Social Media)",
    description:
      "Bei {host} in {city} gestaltest du unseren Auftritt im Netz mit. Du betreust eigene Kanäle und misst, was " +
      "funktioniert.",
    tasks: [
      "Beiträge für Social Media planen, erstellen und veröffentlichen",
      "Suchmaschinenoptimierung der Website umsetzen",
      "Online-Kampagnen auf Google und Meta betreuen",
      "Newsletter erstellen und Kennzahlen in Google Analytics auswerten",
    ],
    skills: ["Social Media", "Sehr gutes Deutsch in Wort und Schrift", "Canva oder Adobe-Programme"],
    categories: ["digital-marketing"],
    languages: [["de", "C1"]],
    hosts: ["host-016", "host-012", "host-017"],
    months: [3, 6],
  },
  {
    key: "de-07", language: "de", kind: "dot",
    title: "Praktikum IT-Sicherheit / Penetration Testing",
    description:
      "Im Security-Team von {host} in {city} lernst du, Systeme mit den Augen eines Angreifers zu sehen – und sie " +
      "besser zu schützen.",
    tasks: [
      "Penetrationstests von Webanwendungen unterstützen",
      "Schwachstellenscans durchführen und Ergebnisse bewerten",
      "Sicherheitsvorfälle analysieren",
      "Sicherheitskonzepte und Richtlinien mitgestalten",
    ],
    skills: ["Netzwerk- und Linux-Kenntnisse", "Interesse an IT-Sicherheit", "Python oder Bash"],
    categories: ["cybersecurity"],
    languages: [["de", "B2"], ["en", "B2"]],
    hosts: ["host-012", "host-014", "host-035"],
    months: [4, 6],
  },
  {
    key: "de-08", language: "de", kind: "dot",
    title: "Praktikum IT-Administration (Linux, Netzwerke)",
    description:
      "Bei {host} in {city} betreust du mit unserem IT-Team Server, Netzwerk und Arbeitsplätze von rund 150 " +
      "Beschäftigten.",
    tasks: [
      "Linux-Server administrieren und Updates einspielen",
      "Netzwerkkomponenten konfigurieren und überwachen",
      "Benutzerkonten und Berechtigungen verwalten",
      "Backups und Monitoring einrichten",
      "IT-Dokumentation pflegen",
    ],
    skills: ["Linux", "Netzwerkgrundlagen", "Skripting (Bash oder PowerShell)"],
    categories: ["it-systems"],
    languages: [["de", "B2"]],
    hosts: ["host-015", "host-012", "host-034"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "de-09", language: "de", kind: "non-dot",
    title: "Praktikum Rezeption & Gästeservice",
    description:
      "Sei das Gesicht unseres Hauses: An der Rezeption von {host} in {city} betreust du Gäste aus aller Welt.",
    tasks: [
      "Gäste an der Rezeption empfangen sowie Check-in und Check-out durchführen",
      "Telefonische Anfragen und Reservierungen entgegennehmen",
      "Beschwerden freundlich bearbeiten",
      "Ablage und Korrespondenz erledigen",
    ],
    skills: ["Freundliches Auftreten", "Deutsch und Englisch", "Erfahrung im Service"],
    categories: ["digital-marketing"],
    languages: [["de", "B2"], ["en", "B2"]],
    hosts: ["host-016"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "de-10", language: "de", kind: "non-dot",
    title: "Praktikum Büroorganisation und Datenerfassung",
    description:
      "Du bist organisiert und arbeitest gern genau? Bei {host} in {city} unterstützt du unser Sekretariat im " +
      "Tagesgeschäft.",
    tasks: [
      "Daten in Excel-Tabellen erfassen und pflegen",
      "Termine koordinieren und Besprechungen vorbereiten",
      "Post, Ablage und Archiv betreuen",
      "Schreiben in Word formatieren",
    ],
    skills: ["MS Office", "Sorgfalt", "Organisationstalent"],
    categories: [],
    languages: [["de", "B2"]],
    hosts: ["host-034", "host-013", "host-017"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
  {
    key: "de-11", language: "de", kind: "mixed",
    title: "Praktikum E-Commerce und Gästekommunikation",
    description:
      "Bei {host} in {city} kümmerst du dich um unseren Online-Auftritt und bist gleichzeitig Ansprechpartner für " +
      "Gäste und Kundschaft.",
    tasks: [
      "Die Website im CMS pflegen und für Suchmaschinen optimieren",
      "Buchungszahlen und Website-Statistiken mit Google Analytics auswerten",
      "Anfragen von Gästen per Telefon und E-Mail beantworten",
      "Reservierungen im Buchungssystem erfassen",
    ],
    skills: ["Deutsch und Englisch", "Interesse an Online-Marketing", "Kundenorientierung"],
    categories: ["digital-marketing"],
    languages: [["de", "B2"]],
    hosts: ["host-016", "host-012"],
    months: [3, 5],
  },
];

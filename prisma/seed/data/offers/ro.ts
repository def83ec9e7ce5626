import type { OfferText } from "./types";

// Romanian offers: a software company in Cluj-Napoca and a digital-marketing agency in Bucharest.
export const RO_OFFERS: readonly OfferText[] = [
  {
    key: "ro-01",
    language: "ro",
    kind: "dot",
    title: "Stagiu de practică – Dezvoltator Python (Django)",
    description:
      "La {host} din {city} construim produse cloud pentru clienți din Germania și țările nordice. În timpul " +
      "stagiului lucrezi pe proiecte reale, alături de un mentor cu experiență.",
    tasks: [
      "Dezvoltarea de funcționalități noi în Python și Django",
      "Implementarea și documentarea de API-uri REST",
      "Scrierea de teste unitare și corectarea bug-urilor",
      "Participarea la code review și la ședințele echipei",
    ],
    skills: ["Python", "Noțiuni de baze de date SQL", "Git", "Limba engleză"],
    categories: ["software-development"],
    languages: [
      ["ro", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-063"],
    months: [3, 6],
  },
  {
    key: "ro-02",
    language: "ro",
    kind: "dot",
    title: "Stagiu de practică – QA Automation",
    description:
      "Calitatea produselor noastre începe cu testarea. La {host} din {city} înveți să scrii teste automate " + "care rulează la fiecare modificare de cod.",
    tasks: [
      "Scrierea și rularea cazurilor de test",
      "Automatizarea testelor cu Cypress sau Selenium",
      "Testarea API-urilor cu Postman",
      "Raportarea și verificarea bug-urilor în Jira",
    ],
    skills: ["Noțiuni de programare (JavaScript, Java sau Python)", "Atenție la detalii", "Limba engleză"],
    categories: ["software-development"],
    languages: [
      ["ro", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-063"],
    months: [3, 6],
  },
  {
    key: "ro-03",
    language: "ro",
    kind: "dot",
    title: "Stagiu în Marketing Digital (Google Ads, Meta Ads)",
    description:
      "Vrei să afli ce se întâmplă în spatele unei campanii online de succes? La {host} din {city} lucrezi cu " +
      "echipa noastră de performance marketing pentru magazine online românești.",
    tasks: [
      "Crearea și optimizarea campaniilor în Google Ads și Meta Ads",
      "Cercetarea cuvintelor cheie și optimizarea SEO a site-urilor",
      "Crearea de conținut pentru rețelele sociale",
      "Analiza rezultatelor în Google Analytics 4 și realizarea de rapoarte",
    ],
    skills: ["Cunoașterea rețelelor sociale", "Excel sau Google Sheets", "Creativitate"],
    categories: ["digital-marketing"],
    languages: [["ro", "C1"]],
    hosts: ["host-064"],
    months: [3, 6],
  },
  {
    key: "ro-04",
    language: "ro",
    kind: "dot",
    title: "Stagiu de practică – DevOps și Cloud (AWS)",
    description:
      "Echipa de platformă de la {host} din {city} are grijă ca aplicațiile clienților să ruleze stabil în " +
      "cloud. Vino să înveți infrastructura modernă din interior.",
    tasks: [
      "Configurarea pipeline-urilor CI/CD în GitLab",
      "Administrarea serverelor Linux și a containerelor Docker",
      "Scrierea de infrastructură ca cod cu Terraform",
      "Configurarea monitorizării și a alertelor",
    ],
    skills: ["Linux", "Noțiuni de rețelistică", "Bash sau Python", "Interes pentru cloud"],
    categories: ["it-systems"],
    languages: [
      ["ro", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-063"],
    months: [4, 6],
  },
  {
    key: "ro-05",
    language: "ro",
    kind: "mixed",
    title: "Stagiu – magazin online și relații cu clienții",
    description:
      "La {host} din {city} ne ocupăm de magazinul online al unuia dintre clienții noștri. Te vei ocupa atât de " +
      "conținutul magazinului, cât și de comunicarea cu cumpărătorii.",
    tasks: [
      "Adăugarea și actualizarea produselor în magazinul online (Shopify)",
      "Pregătirea newsletterelor și analiza rezultatelor",
      "Răspunsul la întrebările clienților prin telefon și e-mail",
      "Gestionarea retururilor și a reclamațiilor",
    ],
    skills: ["Limba română la nivel foarte bun", "Abilități de comunicare", "Excel"],
    categories: ["digital-marketing"],
    languages: [["ro", "C1"]],
    hosts: ["host-064"],
    months: [3, 5],
  },
  {
    key: "ro-06",
    language: "ro",
    kind: "non-dot",
    title: "Stagiu – asistent administrativ",
    description: "Căutăm o persoană organizată care să ne ajute cu activitatea zilnică a biroului {host} din {city}.",
    tasks: [
      "Primirea vizitatorilor și preluarea apelurilor telefonice",
      "Gestionarea corespondenței și arhivarea documentelor",
      "Organizarea întâlnirilor și rezervarea sălilor",
      "Comandarea rechizitelor de birou",
    ],
    skills: ["Microsoft Office", "Seriozitate", "Spirit organizatoric"],
    categories: [],
    languages: [["ro", "C1"]],
    hosts: ["host-064", "host-063"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
];

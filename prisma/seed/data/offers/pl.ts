import type { OfferText } from "./types";

// Polish offers: a software house in Kraków, a marketing agency in Gdańsk and a robotics integrator
// in Wrocław.
export const PL_OFFERS: readonly OfferText[] = [
  {
    key: "pl-01",
    language: "pl",
    kind: "dot",
    title: "Staż – programista Java (Spring Boot)",
    description:
      "W firmie {host} dołączysz do zespołu, który rozwija platformy dla klientów z branży finansowej i " +
      "logistycznej. Od pierwszego tygodnia pracujesz na prawdziwym kodzie, a opiekę nad Tobą przejmie " +
      "doświadczony programista. Miejsce pracy: {city}.",
    tasks: [
      "Tworzenie nowych funkcjonalności w Javie z użyciem Spring Boot",
      "Projektowanie i dokumentowanie usług REST API",
      "Pisanie testów jednostkowych i integracyjnych",
      "Udział w code review i spotkaniach zespołu (Scrum)",
      "Analiza i naprawa błędów zgłoszonych przez klientów",
    ],
    skills: ["Java lub Kotlin", "Podstawy programowania obiektowego", "Git", "SQL"],
    categories: ["software-development"],
    languages: [
      ["pl", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-029", "host-049"],
    months: [3, 6],
  },
  {
    key: "pl-02",
    language: "pl",
    kind: "dot",
    title: "Praktyki w dziale marketingu internetowego (SEO, Google Ads)",
    description:
      "{host} prowadzi kampanie dla sklepów internetowych i firm usługowych. Szukamy osoby, która chce nauczyć " +
      "się marketingu w sieci od strony praktycznej – z danymi, a nie tylko z pomysłami. Biuro: {city}.",
    tasks: [
      "Przygotowywanie i optymalizacja kampanii Google Ads i Meta Ads",
      "Audyty SEO stron internetowych i dobór słów kluczowych",
      "Tworzenie treści na media społecznościowe klientów",
      "Analiza wyników kampanii w Google Analytics 4 i przygotowywanie raportów",
    ],
    skills: ["Znajomość mediów społecznościowych", "Excel lub Arkusze Google", "Lekkie pióro", "Mile widziana znajomość Canvy"],
    categories: ["digital-marketing"],
    languages: [["pl", "C1"]],
    hosts: ["host-048"],
    months: [3, 6],
  },
  {
    key: "pl-03",
    language: "pl",
    kind: "dot",
    title: "Praktyki – programowanie robotów i systemy wizyjne",
    description:
      "{host} buduje zrobotyzowane stanowiska i systemy kontroli jakości dla fabryk AGD i motoryzacji. Podczas " +
      "praktyk pracujesz w naszej hali testowej ({city}) razem z automatykami.",
    tasks: [
      "Programowanie robotów przemysłowych (FANUC, ABB) i uruchamianie stanowisk testowych",
      "Konfiguracja kamer i algorytmów wizyjnych do kontroli jakości",
      "Tworzenie programów PLC w TIA Portal",
      "Przygotowywanie dokumentacji technicznej i instrukcji dla operatorów",
    ],
    skills: ["Automatyka i robotyka lub mechatronika", "Podstawy PLC", "Python lub C++ mile widziane"],
    categories: ["robotics-ai"],
    languages: [
      ["pl", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-049"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "pl-04",
    language: "pl",
    kind: "dot",
    title: "Staż – tester oprogramowania (automatyzacja testów)",
    description:
      "Jakość to u nas wspólna odpowiedzialność. W firmie {host} poznasz testy manualne i automatyczne na " +
      "projektach dla naszych klientów. Miejsce pracy: {city}.",
    tasks: [
      "Projektowanie i wykonywanie przypadków testowych",
      "Automatyzacja testów w Selenium lub Playwright",
      "Zgłaszanie i weryfikacja błędów w Jirze",
      "Testowanie API w Postmanie",
    ],
    skills: ["Podstawy programowania (Java, Python lub JavaScript)", "Dokładność", "Angielski techniczny"],
    categories: ["software-development"],
    languages: [
      ["pl", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-029", "host-049"],
    months: [3, 6],
  },
  {
    key: "pl-05",
    language: "pl",
    kind: "mixed",
    title: "Staż – sklep internetowy i obsługa klienta",
    description:
      "Pomagasz nam prowadzić sklep internetowy jednego z naszych klientów i jesteś pierwszą osobą, z którą " +
      "kontaktują się kupujący. Praca w biurze firmy {host} ({city}).",
    tasks: [
      "Dodawanie i aktualizacja produktów w sklepie na WooCommerce",
      "Przygotowywanie newsletterów i analiza ich wyników",
      "Odpowiadanie na pytania klientów przez telefon i e-mail",
      "Obsługa zwrotów i reklamacji",
    ],
    skills: ["Komunikatywność", "Bardzo dobra znajomość języka polskiego", "Podstawy Excela"],
    categories: ["digital-marketing"],
    languages: [["pl", "C1"]],
    hosts: ["host-048"],
    months: [3, 5],
  },
  {
    key: "pl-06",
    language: "pl",
    kind: "non-dot",
    title: "Praktyki w dziale administracji biura",
    description: "Szukamy zorganizowanej osoby do wsparcia naszego biura ({city}). W firmie {host} zadbasz o to, żeby " + "wszystko działało jak w zegarku.",
    tasks: [
      "Przyjmowanie i rozsyłanie korespondencji",
      "Organizacja spotkań i rezerwacja sal",
      "Wprowadzanie faktur i dokumentów do systemu",
      "Zamawianie materiałów biurowych",
    ],
    skills: ["MS Office", "Dobra organizacja pracy", "Uprzejmość"],
    categories: [],
    languages: [["pl", "B2"]],
    hosts: ["host-049", "host-048"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
];

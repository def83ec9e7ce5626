import type { OfferText } from "./types";

// Italian offers: a computer-vision studio in Turin, a digital agency in Milan, a BIM engineering
// firm in Bologna and a family hotel in Florence.
export const IT_OFFERS: readonly OfferText[] = [
  {
    key: "it-01",
    language: "it",
    kind: "dot",
    title: "Tirocinio Sviluppatore Front-end (React)",
    description:
      "{host} cerca un/una tirocinante da inserire nel team di sviluppo a {city}. Lavorerai sulle interfacce " +
      "web dei nostri progetti, affiancato/a da uno sviluppatore senior.",
    tasks: [
      "Sviluppare interfacce web in React e TypeScript",
      "Realizzare componenti riutilizzabili a partire dai mockup in Figma",
      "Integrare le API REST del back-end",
      "Scrivere test e correggere bug segnalati dai clienti",
    ],
    skills: ["HTML, CSS e JavaScript", "Conoscenza base di React o Vue", "Git"],
    categories: ["software-development"],
    languages: [
      ["it", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-050", "host-033"],
    months: [4, 6],
  },
  {
    key: "it-02",
    language: "it",
    kind: "dot",
    title: "Tirocinio Progettazione BIM (Revit)",
    description:
      "Presso {host} a {city} entrerai in un gruppo di progettazione che lavora interamente in BIM, dal " +
      "rilievo dell'esistente al progetto esecutivo di scuole e ospedali.",
    tasks: [
      "Modellare edifici e impianti in Revit",
      "Estrarre tavole e abachi dal modello BIM",
      "Eseguire il controllo delle interferenze con Navisworks",
      "Elaborare rendering per presentazioni e concorsi",
    ],
    skills: ["Revit o ArchiCAD", "Laurea in Architettura o Ingegneria edile", "AutoCAD"],
    categories: ["digital-design"],
    languages: [["it", "B2"]],
    hosts: ["host-051"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "it-03",
    language: "it",
    kind: "dot",
    title: "Tirocinio Computer Vision e Machine Learning",
    description:
      "{host} sviluppa a {city} sistemi di visione artificiale per il controllo qualità nelle linee di " +
      "produzione. Cerchiamo una persona curiosa che voglia mettere le mani su dati e telecamere vere.",
    tasks: [
      "Addestrare e valutare reti neurali per il riconoscimento di difetti",
      "Sviluppare algoritmi di elaborazione delle immagini in Python con OpenCV",
      "Preparare ed etichettare dataset di immagini",
      "Documentare gli esperimenti e presentare i risultati al team",
    ],
    skills: ["Python", "Basi di machine learning", "PyTorch o TensorFlow"],
    categories: ["robotics-ai"],
    languages: [
      ["it", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-033"],
    months: [5, 6],
  },
  {
    key: "it-04",
    language: "it",
    kind: "dot",
    title: "Stage Digital Marketing e Social Media",
    description:
      "Ti piacciono i social e vuoi capire cosa c'è dietro una campagna che funziona? Da {host} a {city} " +
      "seguirai i nostri canali digitali insieme al team marketing.",
    tasks: [
      "Pianificare e pubblicare contenuti su Instagram, Facebook e LinkedIn",
      "Gestire campagne a pagamento su Meta e Google Ads",
      "Ottimizzare le pagine del sito in ottica SEO",
      "Analizzare i risultati con Google Analytics e preparare report mensili",
    ],
    skills: ["Ottima conoscenza dell'italiano scritto", "Canva o Adobe Photoshop", "Familiarità con i social network"],
    categories: ["digital-marketing"],
    languages: [
      ["it", "C1"],
      ["en", "B1"],
    ],
    hosts: ["host-050", "host-052"],
    months: [3, 6],
  },
  {
    key: "it-05",
    language: "it",
    kind: "non-dot",
    title: "Stage Receptionist d'albergo",
    description:
      "Il nostro albergo sul Lungarno accoglie ospiti da tutto il mondo. Da {host} a {city} imparerai il lavoro " +
      "di ricevimento a fianco del nostro capo ricevimento.",
    tasks: [
      "Accogliere gli ospiti e gestire check-in e check-out",
      "Rispondere al telefono e alle richieste di prenotazione",
      "Fornire informazioni turistiche su Firenze",
      "Collaborare con il servizio di portineria e il reparto piani",
    ],
    skills: ["Italiano e inglese fluenti", "Cordialità", "Disponibilità a turni nel fine settimana"],
    categories: [],
    languages: [
      ["it", "C1"],
      ["en", "B2"],
    ],
    hosts: ["host-052"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "it-06",
    language: "it",
    kind: "vague",
    title: "Stage Sviluppo Progetti e Comunicazione",
    description:
      "{host} sta crescendo e cerca una persona dinamica che ci aiuti a raccontare i nostri progetti. A {city} " +
      "lavorerai a stretto contatto con la direzione.",
    tasks: [
      "Supportare il team nello sviluppo di nuovi progetti",
      "Preparare presentazioni e materiali per i clienti",
      "Partecipare a riunioni e workshop interni",
      "Contribuire all'organizzazione di eventi e fiere",
    ],
    skills: ["Capacità di lavorare in team", "Spirito d'iniziativa", "Ottime doti comunicative"],
    categories: ["digital-marketing"],
    languages: [["it", "C1"]],
    hosts: ["host-051", "host-050"],
    workMode: "HYBRID",
    months: [3, 6],
  },
];

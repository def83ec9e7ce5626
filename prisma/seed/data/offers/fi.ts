import type { OfferText } from "./types";

// Finnish offers: a software house in Helsinki, an embedded-software company in Oulu and the
// analytics company in Tampere. Place names are not inflected: {city} only ever follows "Sijainti:".
export const FI_OFFERS: readonly OfferText[] = [
  {
    key: "fi-01",
    language: "fi",
    kind: "dot",
    title: "Harjoittelija, ohjelmistokehitys (React ja Node.js)",
    description:
      "{host} rakentaa verkkopalveluita, joita tuhannet ihmiset käyttävät päivittäin. Harjoittelijana pääset " +
      "mukaan kehitystiimiin, ja saat tueksesi kokeneen mentorin. Sijainti: {city}.",
    tasks: [
      "Uusien ominaisuuksien kehittäminen Reactilla ja TypeScriptillä",
      "REST-rajapintojen toteuttaminen Node.js:llä",
      "Automaattisten testien kirjoittaminen",
      "Osallistuminen koodikatselmointeihin ja sprinttipalavereihin",
    ],
    skills: ["JavaScript tai TypeScript", "HTML ja CSS", "Git"],
    categories: ["software-development"],
    languages: [
      ["fi", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-065", "host-031"],
    months: [3, 6],
  },
  {
    key: "fi-02",
    language: "fi",
    kind: "dot",
    title: "Harjoittelija, sulautetut järjestelmät",
    description:
      "{host} suunnittelee anturilaitteita ja 5G-testilaitteita. Harjoittelussa pääset ohjelmoimaan oikeaa " +
      "laitteistoa ja testaamaan sitä laboratoriossamme. Sijainti: {city}.",
    tasks: [
      "Sulautetun ohjelmiston kehittäminen C- ja C++-kielillä",
      "Laiteajurien ja sulautetun Linuxin konfigurointi",
      "Prototyyppien testaaminen ja vikojen etsiminen laboratoriossa",
      "Testitulosten dokumentointi",
    ],
    skills: ["C tai C++", "Elektroniikan perusteet", "Linux"],
    categories: ["software-development"],
    languages: [
      ["fi", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-066"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "fi-03",
    language: "fi",
    kind: "dot",
    title: "Harjoittelija, data-analytiikka ja koneoppiminen",
    description:
      "Ennustamme kysyntää pohjoismaisille kauppaketjuille ja energiayhtiöille. {host} etsii harjoittelijaa, " +
      "joka haluaa oppia tekemään analytiikkaa oikealla datalla. Sijainti: {city}.",
    tasks: [
      "Datan käsittely ja analysointi Pythonilla ja SQL:llä",
      "Ennustemallien rakentaminen ja arviointi",
      "Raporttien ja visualisointien tekeminen Power BI:llä",
      "Tulosten esittely asiakastiimeille",
    ],
    skills: ["Python", "SQL", "Tilastotieteen perusteet", "Koneoppimisen perusteet"],
    categories: ["data-analytics"],
    languages: [
      ["fi", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-031"],
    months: [4, 6],
  },
  {
    key: "fi-04",
    language: "fi",
    kind: "dot",
    title: "Harjoittelija, testiautomaatio",
    description:
      "Laatu on meille tärkeää. {host} etsii harjoittelijaa, joka haluaa oppia rakentamaan automaattisia " +
      "testejä osana jatkuvaa integraatiota. Sijainti: {city}.",
    tasks: [
      "Testitapausten suunnittelu ja toteutus",
      "Testien automatisointi Robot Frameworkilla",
      "Testien liittäminen CI/CD-putkeen",
      "Virheiden raportointi ja korjausten varmistaminen",
    ],
    skills: ["Python", "Ohjelmoinnin perusteet", "Huolellisuus"],
    categories: ["software-development"],
    languages: [
      ["fi", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-066", "host-065"],
    months: [3, 6],
  },
  {
    key: "fi-05",
    language: "fi",
    kind: "vague",
    title: "Harjoittelija, asiakasprojektit",
    description: "{host} kasvaa, ja etsimme aktiivista harjoittelijaa tukemaan tiimiämme erilaisissa asiakasprojekteissa. " + "Sijainti: {city}.",
    tasks: [
      "Tiimin tukeminen asiakasprojekteissa",
      "Esitysten ja materiaalien valmistelu asiakkaille",
      "Osallistuminen asiakastapaamisiin ja sisäisiin työpajoihin",
      "Tapahtumien järjestämiseen osallistuminen",
    ],
    skills: ["Hyvät vuorovaikutustaidot", "Oma-aloitteisuus", "Tiimityötaidot"],
    categories: ["software-development"],
    languages: [["fi", "C1"]],
    hosts: ["host-065"],
    workMode: "HYBRID",
    months: [3, 6],
  },
];

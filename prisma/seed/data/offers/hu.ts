import type { OfferText } from "./types";

// Hungarian offers: a software house in Budapest and a data-science company in Debrecen.
export const HU_OFFERS: readonly OfferText[] = [
  {
    key: "hu-01",
    language: "hu",
    kind: "dot",
    title: "Java fejlesztő gyakornok",
    description:
      "Cégünk, a {host} webes és mobilalkalmazásokat fejleszt logisztikai és kereskedelmi ügyfeleknek. " +
      "Gyakornokként valódi projekteken dolgozol, egy tapasztalt mentor segítségével. Munkavégzés helye: {city}.",
    tasks: [
      "Új funkciók fejlesztése Java nyelven, Spring Boot keretrendszerrel",
      "REST API-k tervezése és dokumentálása",
      "Unit tesztek írása és hibák javítása",
      "Részvétel a code review-kon és a sprinttervezéseken",
    ],
    skills: ["Java vagy C# alapok", "SQL", "Git", "Tanulási vágy"],
    categories: ["software-development"],
    languages: [
      ["hu", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-061"],
    months: [3, 6],
  },
  {
    key: "hu-02",
    language: "hu",
    kind: "dot",
    title: "Adatelemző gyakornok (Python, SQL)",
    description:
      "Szereted a számokat, és érdekel, mi rejlik az adatok mögött? A {host} csapatában gyártási és üzleti " +
      "adatokból készítesz elemzéseket. Munkavégzés helye: {city}.",
    tasks: [
      "Adatok tisztítása és elemzése Pythonban és SQL-ben",
      "Riportok és dashboardok készítése Power BI-ban",
      "Statisztikai elemzések készítése és az eredmények bemutatása",
      "Adatminőség ellenőrzése",
    ],
    skills: ["Python", "SQL", "Statisztikai alapismeretek", "Power BI előny"],
    categories: ["data-analytics"],
    languages: [
      ["hu", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-062", "host-061"],
    months: [4, 6],
  },
  {
    key: "hu-03",
    language: "hu",
    kind: "dot",
    title: "Mobilfejlesztő gyakornok (Flutter)",
    description:
      "Mobilalkalmazásainkat több tízezren használják nap mint nap. A {host} mobilcsapatában megtanulod, hogyan " + "lesz egy ötletből kiadott alkalmazás.",
    tasks: [
      "Új képernyők és funkciók fejlesztése Flutterben",
      "Backend API-k bekötése",
      "Automatizált tesztek írása",
      "Az alkalmazás kiadásának előkészítése az App Store-ba és a Google Playre",
    ],
    skills: ["Dart, Kotlin vagy Swift alapok", "Objektumorientált programozás", "Git"],
    categories: ["software-development"],
    languages: [
      ["hu", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-061"],
    months: [4, 6],
  },
  {
    key: "hu-04",
    language: "hu",
    kind: "dot",
    title: "Gyakornok – gépi tanulás és képfeldolgozás",
    description:
      "A {host} gépi látással segíti a régió autóipari és gyógyszeripari üzemeit a minőségellenőrzésben. " +
      "Gyakornokként valódi gyártósori adatokon dolgozol. Munkavégzés helye: {city}.",
    tasks: [
      "Neurális hálók tanítása és kiértékelése hibafelismerésre",
      "Képfeldolgozó algoritmusok fejlesztése Pythonban (OpenCV)",
      "Képadatbázisok előkészítése és címkézése",
      "Kísérletek dokumentálása és az eredmények bemutatása",
    ],
    skills: ["Python", "Gépi tanulási alapismeretek", "PyTorch vagy TensorFlow"],
    categories: ["robotics-ai"],
    languages: [
      ["hu", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-062"],
    months: [5, 6],
  },
  {
    key: "hu-05",
    language: "hu",
    kind: "non-dot",
    title: "Irodai asszisztens gyakornok",
    description: "Pontos, jól szervezett kollégát keresünk irodánk mindennapi működésének támogatására. Cég: {host}, " + "munkavégzés helye: {city}.",
    tasks: ["Telefonhívások és vendégek fogadása", "Postázás és iktatás", "Tárgyalók foglalása és megbeszélések szervezése", "Irodaszerek rendelése"],
    skills: ["MS Office", "Pontosság", "Jó kommunikációs készség"],
    categories: [],
    languages: [["hu", "C1"]],
    hosts: ["host-062", "host-061"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
];

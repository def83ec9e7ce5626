import { describe, expect, it } from "vitest";
import type { ActivityId } from "@/lib/domain/activities";
import { classifyActivities, evidenceForDeclared } from "@/lib/domain/classifier";

const ids = (text: string) => {
  const r = classifyActivities(text);
  return { categories: r.categories as ActivityId[], excluded: r.excluded as ActivityId[], qualifies: r.qualifies };
};

describe("tools alone prove nothing (docs/domain.md §1)", () => {
  it.each([
    // text, must include, must not include
    ["Using Excel to type in customer records.", ["data-entry-office", "office-software"], ["data-analytics"]],
    ["Building Power BI dashboards for the sales team.", ["data-analytics"], ["office-software"]],
    ["Answering customer e-mails via Zendesk.", ["customer-support"], ["software-development", "digital-marketing"]],
    ["Packing orders in the warehouse.", ["order-fulfilment"], []],
    ["Write Word documents and PowerPoint slides.", ["office-software"], ["software-development"]],
    ["Analysing sales data in Excel.", ["data-analytics"], ["office-software"]],
    ["Maintain the Excel macros (VBA) used by purchasing.", ["software-development"], []],
    ["You will use SAP every day to register incoming orders.", ["data-entry-office"], ["it-systems"]],
    ["Configuring SAP modules for the finance department.", ["it-systems"], ["data-entry-office"]],
    ["Use a computer to send e-mails.", ["office-software"], ["customer-support"]],
    ["Answering customer messages on Facebook and Instagram.", ["customer-support"], ["digital-marketing"]],
    ["Managing our Instagram account and growing our followers.", ["digital-marketing"], ["customer-support"]],
    ["Write SQL queries against our data warehouse.", ["data-analytics"], ["order-fulfilment"]],
    ["Program collaborative robots for pick-and-place tasks.", ["robotics-ai"], ["order-fulfilment", "software-development"]],
  ] as const)("%s", (text, included, excludedIds) => {
    const r = ids(text);
    const all = [...r.categories, ...r.excluded];
    for (const id of included) expect(all).toContain(id);
    for (const id of excludedIds) expect(all).not.toContain(id);
  });
});

describe("compounds and inflections", () => {
  it.each([
    ["de", "Mitarbeit in der Webentwicklung.", "software-development", "Webentwicklung"],
    ["de", "Softwareentwickler im Team unterstützen.", "software-development", "Softwareentwickler"],
    ["de", "Datenanalyse von Produktionsdaten.", "data-analytics", "Datenanalyse"],
    ["de", "Planung von Social-Media-Kampagnen.", "digital-marketing", "Social-Media-Kampagnen"],
    ["de", "Verwaltung von Benutzerkonten.", "it-systems", "Benutzerkonten"],
    ["nl", "Je werkt mee aan de softwareontwikkeling.", "software-development", "softwareontwikkeling"],
    ["nl", "Websiteontwikkeling in WordPress.", "software-development", "Websiteontwikkeling"],
    ["nl", "Beheer van onze socialemediakanalen.", "digital-marketing", "socialemediakanalen"],
    ["nl", "Uitvoeren van kwetsbaarheidsscans.", "cybersecurity", "kwetsbaarheidsscans"],
    ["da", "Du skal arbejde med webudvikling.", "software-development", "webudvikling"],
    ["da", "Dataanalyse af kundedata.", "data-analytics", "Dataanalyse"],
    ["da", "Netværksadministration og overvågning.", "it-systems", "Netværksadministration"],
    ["da", "Sårbarhedsscanning af vores systemer.", "cybersecurity", "Sårbarhedsscanning"],
    ["da", "Udvikling og træning af maskinlæringsmodeller.", "robotics-ai", "træning af maskinlæringsmodeller"],
    ["fr", "Développement de nouvelles fonctionnalités.", "software-development", "Développement de nouvelles fonctionnalités"],
    ["fr", "Réalisation de tests d'intrusion.", "cybersecurity", "tests d'intrusion"],
    ["fr", "Création de tableaux de bord.", "data-analytics", "tableaux de bord"],
    ["es", "Gestión de redes sociales.", "digital-marketing", "Gestión de redes sociales"],
    ["es", "Diseño de interfaces de usuario.", "digital-design", "Diseño de interfaces"],
    ["es", "Análisis de datos de ventas.", "data-analytics", "Análisis de datos"],
    ["en", "Our developers write automated tests.", "software-development", "automated tests"],
    ["it", "Sviluppo di applicazioni web.", "software-development", "Sviluppo di applicazioni web"],
    ["pl", "Analiza danych sprzedażowych.", "data-analytics", "Analiza danych"],
    ["pt", "Gestão das redes sociais.", "digital-marketing", "Gestão das redes sociais"],
  ] as const)("[%s] %s → %s (%s)", (_lang, text, id, phrase) => {
    const r = classifyActivities(text);
    expect(r.categories).toContain(id);
    expect(r.evidence.find((e) => e.id === id)?.phrase).toBe(phrase);
  });

  it("is case- and accent-insensitive", () => {
    for (const text of ["DATENANALYSE", "datenanalyse", "Daten-Analyse", "dätenanälyse"]) {
      expect(classifyActivities(text).categories).toEqual(["data-analytics"]);
    }
    expect(classifyActivities("SØGEMASKINEOPTIMERING").categories).toEqual(["digital-marketing"]);
    expect(classifyActivities("Größe der Datenbank; Suchmaschinenoptimierung").categories).toEqual(["digital-marketing"]);
  });

  it("does not match inside unrelated words", () => {
    expect(classifyActivities("An exciting role in a friendly team.").categories).toEqual([]);
    expect(classifyActivities("Mitarbeit im Lagerhaus der Region? Nein: Reisebüro.").categories).toEqual([]);
  });
});

describe("negation", () => {
  it.each([
    ["No programming required: you will welcome visitors.", "software-development"],
    ["Programming skills are not required.", "software-development"],
    ["Not a programming role.", "software-development"],
    ["Geen programmeerkennis vereist.", "software-development"],
    ["Ingen programmering.", "software-development"],
    ["Keine Programmierkenntnisse erforderlich.", "software-development"],
    ["Kenntnisse in Datenanalyse sind nicht erforderlich.", "data-analytics"],
    ["Aucune compétence en programmation n'est requise.", "software-development"],
    ["No se requieren conocimientos de programación.", "software-development"],
    ["Sin necesidad de programar; atención al cliente.", "software-development"],
    ["Work without SEO tools.", "digital-marketing"],
  ])("%s → no %s", (text, id) => {
    expect(classifyActivities(text).categories).not.toContain(id);
  });

  it.each([
    ["Not only SEO but also social media management.", "digital-marketing"],
    ["No experience needed, you will learn programming with us.", "software-development"], // the comma ends the cue's reach
    ["Keine Erfahrung nötig – Sie lernen bei uns, Dashboards in Power BI zu erstellen.", "data-analytics"],
    ["For a non-profit: manage our social media channels.", "digital-marketing"],
  ])("%s → still %s", (text, id) => {
    expect(classifyActivities(text).categories).toContain(id);
  });
});

describe("result and evidence", () => {
  it("qualifies on one DOT activity and reports excluded work alongside (mixed description)", () => {
    const r = classifyActivities(
      "Half of the time you answer customer calls at our help desk.\nThe rest of the time you develop new landing pages in HTML/CSS.",
    );
    expect(r.qualifies).toBe(true);
    expect(r.categories).toEqual(["software-development"]);
    expect(r.excluded).toEqual(["customer-support"]);
  });

  it("returns the phrase, its sentence, the sentence index and the language, quoted from the original", () => {
    const r = classifyActivities("Wir suchen Verstärkung.\n• Aufbau von Dashboards in Tableau\n• Netzwerkadministration für Kunden");
    const dashboards = r.evidence.find((e) => e.id === "data-analytics");
    // the longest evidence wins: the term "Dashboards" together with the tool "Tableau"
    expect(dashboards).toMatchObject({ kind: "category", phrase: "Dashboards in Tableau", sentence: "Aufbau von Dashboards in Tableau", sentenceIndex: 1 });
    const network = r.evidence.find((e) => e.id === "it-systems");
    expect(network).toMatchObject({ phrase: "Netzwerkadministration", sentence: "Netzwerkadministration für Kunden", sentenceIndex: 2 });
    expect(network?.language).toBeUndefined(); // a language-neutral entry
    const german = classifyActivities("Suchmaschinenoptimierung für unseren Shop.").evidence[0];
    expect(german).toMatchObject({ id: "digital-marketing", language: "de", phrase: "Suchmaschinenoptimierung" });
  });

  it("keeps original text with expanding letters (æ, ß) when quoting", () => {
    const r = classifyActivities("Großartig: Håndtering af sociale medier og nyhedsbreve for Ærø Æblemost.");
    const e = r.evidence.find((x) => x.id === "digital-marketing");
    expect(e?.sentence).toBe("Großartig: Håndtering af sociale medier og nyhedsbreve for Ærø Æblemost.");
    expect(["Håndtering af sociale medier", "nyhedsbreve"]).toContain(e?.phrase);
  });

  it("quotes Greek evidence with its accents (patterns are written without them)", () => {
    const r = classifyActivities("Καλωσορίζουμε ασκούμενους.\nΑΝΆΛΥΣΗ δεδομένων πωλήσεων με Python.");
    const e = r.evidence.find((x) => x.id === "data-analytics" && x.language === "el");
    expect(e).toMatchObject({ phrase: "ΑΝΆΛΥΣΗ δεδομένων", sentence: "ΑΝΆΛΥΣΗ δεδομένων πωλήσεων με Python.", sentenceIndex: 1 });
  });

  it("finds Bulgarian (Cyrillic) evidence and its negation", () => {
    const r = classifyActivities("Анализ на данните за продажбите. Не се изисква програмиране.");
    expect(r.categories).toEqual(["data-analytics"]);
    expect(r.evidence[0]).toMatchObject({ phrase: "Анализ на данните", language: "bg", sentenceIndex: 0 });
  });

  it("keeps exception phrases after a negation cue (Irish 'seo' = 'this', not SEO)", () => {
    expect(ids("Níl ríomhchlárú i gceist sa phost seo.").categories).toEqual([]);
    expect(ids("Optimise our website for SEO.").categories).toEqual(["digital-marketing"]);
  });

  it("does not split sentences at abbreviations followed by a lower-case word", () => {
    const r = classifyActivities("Digital marketing, e.g. social media management. Next sentence.");
    expect(r.evidence.every((e) => e.sentenceIndex === 0)).toBe(true);
  });

  it.each(["", "   ", "\n\n", "•", "Лорем ипсум долор сит амет", "😀🚀"])("handles %j without evidence", (text) => {
    const r = classifyActivities(text);
    expect(r).toEqual({ qualifies: false, categories: [], excluded: [], evidence: [] });
  });

  it("is deterministic", () => {
    const text = "Develop apps in Kotlin. Run Google Ads campaigns. Pack orders. Train machine learning models.";
    expect(classifyActivities(text)).toEqual(classifyActivities(text));
    expect(classifyActivities(text).categories).toEqual(["digital-marketing", "software-development", "robotics-ai"]);
  });

  it("copes with long texts", () => {
    const text = "Analyse customer data in Python and build dashboards. ".repeat(400);
    const r = classifyActivities(text);
    expect(r.categories).toEqual(["data-analytics"]);
    expect(r.evidence.at(-1)?.sentenceIndex).toBe(399);
  });
});

describe("evidenceForDeclared", () => {
  it("marks each declared category with or without evidence, once each", () => {
    const result = classifyActivities("Build Power BI dashboards.");
    expect(evidenceForDeclared(["data-analytics", "cybersecurity", "data-analytics"], result)).toEqual([
      { id: "data-analytics", hasEvidence: true },
      { id: "cybersecurity", hasEvidence: false },
    ]);
  });
});

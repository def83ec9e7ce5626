import { describe, expect, it } from "vitest";
import { detectTextLanguage } from "@/lib/domain/text-language";
import { OFFER_TEXTS } from "@/prisma/seed/data/offers";
import { HOLDOUT } from "@/tests/fixtures/classifier/holdout";
import { LABELLED } from "@/tests/fixtures/classifier/labelled";

describe("detectTextLanguage", () => {
  it.each([
    ["el", "Θα αναπτύξετε εφαρμογές για κινητά και θα συμμετέχετε στον σχεδιασμό της βάσης δεδομένων μας."],
    ["bg", "Ще разработвате уеб приложения и ще участвате в анализа на данните на нашите клиенти."],
    ["sr", "Развијаћете веб апликације и учествовати у анализи података наших клијената у Београду."],
    ["mk", "Ќе развивате веб апликации и ќе учествувате во анализата на податоците на нашите клиенти."],
    ["de", "Du entwickelst mit unserem Team neue Funktionen für die App und schreibst Tests für die Schnittstellen."],
    ["pl", "Będziesz tworzyć aplikacje internetowe w naszym zespole i analizować dane dla klientów oraz partnerów."],
    ["fi", "Kehität verkkosovelluksia tiimissämme ja analysoit asiakkaiden dataa yhdessä kehittäjien kanssa."],
    ["ga", "Beidh tú ag forbairt aipeanna agus ag obair leis an bhfoireann ar na córais nua sa chathair."],
  ])("%s: %s", (language, text) => {
    expect(detectTextLanguage(text)?.language).toBe(language);
  });

  it.each([[""], ["Python, SQL"], ["Java Spring Boot Docker Kubernetes"]])("too little to say: %j", (text) => {
    expect(detectTextLanguage(text)).toBeNull();
  });

  // The seed's offers (as hosts wrote them) and the classifier's labelled descriptions, in 24
  // languages: a wrong answer would send a host a false hint, so none is allowed; short one-line
  // descriptions may stay unanswered, whole offers mostly not.
  const seed = OFFER_TEXTS.map((o) => ({ language: o.language, text: [o.title, o.description, ...o.tasks].join("\n") }));
  const lines = [...LABELLED, ...HOLDOUT].map((d) => ({ language: d.lang, text: d.text }));

  it("never names the wrong language of a seeded offer, and answers for at least 90 % of them", () => {
    const answers = seed.map((o) => ({ ...o, got: detectTextLanguage(o.text)?.language }));
    expect(answers.filter((a) => a.got && a.got !== a.language).map((a) => `${a.language}→${a.got}: ${a.text.slice(0, 60)}`)).toEqual([]);
    expect(answers.filter((a) => a.got).length / answers.length).toBeGreaterThanOrEqual(0.9);
  });

  it("never names the wrong language of a labelled one-line description", () => {
    const wrong = lines.map((d) => ({ ...d, got: detectTextLanguage(d.text)?.language })).filter((d) => d.got && d.got !== d.language);
    expect(wrong.map((d) => `${d.language}→${d.got}: ${d.text.slice(0, 60)}`)).toEqual([]);
    expect(lines.length).toBeGreaterThan(300);
  });
});

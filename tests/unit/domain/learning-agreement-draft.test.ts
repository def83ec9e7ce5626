import { describe, expect, it } from "vitest";
import { classifyActivities, type Evidence } from "@/lib/domain";
import { digitalSkillsItem, draftLearningAgreement, workingLanguageFor } from "@/lib/domain/learning-agreement";

const ev = (id: string, phrase: string, kind: "category" | "excluded" = "category"): Evidence =>
  ({ id, kind, phrase, sentence: phrase, sentenceIndex: 0 }) as Evidence;

describe("workingLanguageFor (docs/domain.md §5: working language and CEFR level)", () => {
  it.each([
    // written in, required, expected
    ["en", [], "en", "B2"],
    ["nl", [{ language: "nl", level: "B2" }], "nl", "B2"],
    [
      "nl",
      [
        { language: "en", level: "C1" },
        { language: "nl", level: "B1" },
      ],
      "en",
      "C1",
    ], // the most demanding wins
    [
      "nl",
      [
        { language: "en", level: "B2" },
        { language: "nl", level: "B2" },
      ],
      "nl",
      "B2",
    ], // tie: the offer's own language
    [
      "da",
      [
        { language: "fr", level: "B2" },
        { language: "en", level: "B2" },
      ],
      "en",
      "B2",
    ], // tie, neither: alphabetical
    [
      "de",
      [
        { language: "de", level: "NATIVE" },
        { language: "en", level: "C2" },
      ],
      "de",
      "NATIVE",
    ],
    ["en", [{ language: "fr", level: "bogus" }], "en", "B2"], // unknown level: ignored
  ] as const)("offer in %s requiring %j → %s %s", (language, languages, expected, level) => {
    expect(workingLanguageFor({ title: "t", tasks: "t", language, languages })).toEqual({ language: expected, level });
  });
});

describe("digitalSkillsItem (docs/domain.md §1: activities with their evidence)", () => {
  it.each([
    [
      "one activity, phrases quoted in the order found",
      { categories: ["software-development"], evidence: [ev("software-development", "Python"), ev("software-development", "REST APIs")] },
      null,
      'Development of apps, software, scripts or websites: "Python", "REST APIs"',
    ],
    [
      "duplicates (any case) once, at most three phrases",
      { categories: ["data-analytics"], evidence: ["SQL", "sql", "dashboards", "Power BI", "Tableau"].map((p) => ev("data-analytics", p)) },
      null,
      'Data analytics, mining and visualisation: "SQL", "dashboards", "Power BI"',
    ],
    [
      "activities in the docs/domain.md §1 order, whatever the classifier's order",
      { categories: ["data-analytics", "digital-marketing"], evidence: [ev("data-analytics", "dashboards"), ev("digital-marketing", "SEO")] },
      null,
      'Digital marketing (e.g. social media management, web analytics): "SEO"\nData analytics, mining and visualisation: "dashboards"',
    ],
    [
      "an officer's confirmation without evidence carries the justification",
      { categories: [], evidence: [] },
      { categories: ["it-systems"], justification: "The host runs the campus network; the trainee administers it." },
      "Installation, maintenance and management of IT systems and networks: confirmed by the sending institution (The host runs the campus network; the trainee administers it.)",
    ],
    [
      "excluded work named alongside, never as a skill",
      {
        categories: ["cybersecurity"],
        excluded: ["customer-support", "office-software"],
        evidence: [ev("cybersecurity", "penetration testing"), ev("customer-support", "helpdesk", "excluded")],
      },
      null,
      'Cybersecurity: "penetration testing"\nAlso part of the tasks, not counted as digital skills: generic customer support, using office software',
    ],
    ["unknown ids ignored", { categories: ["basket-weaving"], evidence: [] }, { categories: ["nope"], justification: null }, ""],
  ] as const)("%s", (_name, classification, confirmed, expected) => {
    expect(digitalSkillsItem(classification as never, confirmed)).toBe(expected);
  });
});

describe("draftLearningAgreement", () => {
  it("fills Table A from the placement and the offer, with the classifier's real evidence", () => {
    const tasks = "You will develop a web application in TypeScript and build dashboards for our sales data.";
    const draft = draftLearningAgreement({
      start: "2027-03-01",
      end: "2027-07-31",
      offer: { title: "  Full-stack trainee ", tasks, language: "en", languages: [{ language: "en", level: "B2" }] },
      classification: classifyActivities(tasks),
      confirmed: { categories: [], justification: null },
      mentor: { name: "Sanne de Vries", email: "sanne@kanaal.example" },
    });
    expect(draft).toMatchObject({
      plannedStart: "2027-03-01",
      plannedEnd: "2027-07-31",
      title: "Full-stack trainee",
      hoursPerWeek: 38,
      programme: tasks,
      workingLanguage: "en",
      workingLanguageLevel: "B2",
      mentorName: "Sanne de Vries",
      mentorEmail: "sanne@kanaal.example",
    });
    expect(draft.digitalSkills).toMatch(/^Development of apps, software, scripts or websites: "/);
    expect(draft.digitalSkills).toMatch(/\nData analytics, mining and visualisation: "/);
  });

  it("leaves the mentor blank when the host has no contact", () => {
    const draft = draftLearningAgreement({
      start: "2027-03-01",
      end: "2027-05-31",
      offer: { title: "T", tasks: "x", language: "nl", languages: [] },
      classification: { categories: [], evidence: [] },
    });
    expect([draft.mentorName, draft.mentorEmail, draft.workingLanguage]).toEqual(["", "", "nl"]);
  });
});

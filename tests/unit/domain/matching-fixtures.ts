// Shared inputs of the matching tests: a Ghent software student and a Berlin back-end offer.
import { type CalendarDate, parseIsoDate } from "@/lib/domain/dates";
import type { MatchOffer, MatchParticipant } from "@/lib/domain/matching/score";

export const d = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(iso);
  return parsed;
};

export const TODAY = d("2026-05-01");

/** A Ghent software student; each test changes one thing. */
export const student: MatchParticipant = {
  category: "HE_STUDENT",
  fieldOfEducation: "0613",
  institutionCountry: "BE",
  skills: ["Python", "SQL", "React"],
  languages: [
    { language: "nl", level: "NATIVE" },
    { language: "en", level: "C1" },
    { language: "de", level: "B1" },
  ],
  graduationDate: d("2027-06-30"),
  selectedOn: d("2026-01-15"),
  previousMobilityMonths: 0,
  oneCycleProgramme: false,
};

/** A Berlin back-end traineeship, 3–6 months from September. */
export const offer: MatchOffer = {
  id: "o1",
  title: "Back-end developer trainee",
  tasks: "Build REST APIs in Python\nWrite SQL queries for reports",
  requiredSkills: ["Python", "SQL", "Docker"],
  categories: ["software-development"],
  country: "DE",
  hostType: "COMPANY",
  languages: [{ language: "en", level: "B2" }],
  durationMinMonths: 3,
  durationMaxMonths: 6,
  durationMinDays: null,
  durationMaxDays: null,
  // Open to every group, so each test of another factor may use any category; the audience gate
  // has its own table (matching.test.ts, "who the offer is for").
  forStudents: true,
  forStaff: true,
  forVetLearners: true,
  earliestStart: d("2026-09-01"),
  latestEnd: d("2027-03-31"),
  applicationDeadline: d("2026-07-15"),
};

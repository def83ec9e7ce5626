// Turns data/people.ts into STUDENT users, participant profiles and their languages, with seeded
// details (birth date, graduation/selection dates, skills) relative to the reference date.
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import type { CefrLevel, Prisma } from "@/generated/prisma/client";
import { participantData } from "../build/participant";
import { userData } from "../build/user";
import { addDays, monthStart } from "../dates";
import { DEMO_ACCOUNTS } from "../demo-accounts";
import { institutionByCode } from "../data/institutions";
import { PEOPLE, type PersonSeed } from "../data/people";
import { SKILLS_BY_FIELD } from "../data/skills";
import { rngFor } from "../prng";
import { asciiSlug } from "../slug";

export interface PlannedParticipant {
  readonly person: PersonSeed;
  readonly user: Prisma.UserCreateManyInput & { id: string };
  readonly profile: Prisma.ParticipantProfileCreateManyInput & { id: string; institutionId: string };
  readonly languages: { language: string; level: CefrLevel }[];
  readonly institutionCountry: string;
}

/** The demo student (see demo-accounts.ts) is this person. */
export const DEMO_STUDENT_KEY = "zoe-van-den-broeck";

export function participantIdFor(key: string): string {
  return key === DEMO_STUDENT_KEY ? "participant-student-demo" : `participant-${key}`;
}

/** @param people default data/people.ts PEOPLE; FORMAT_PEOPLE for the §3a formats' participants. */
export function planParticipants(reference: Date, passwordHash: string, people: readonly PersonSeed[] = PEOPLE): PlannedParticipant[] {
  const demo = DEMO_ACCOUNTS.find((a) => a.id === "user-student-demo");
  if (!demo) throw new Error("demo-accounts.ts lost the student account");
  const emails = new Set<string>();
  return people.map((person) => {
    const rng = rngFor(`participant-${person.key}`);
    const inst = institutionByCode(person.institution);
    const isDemo = person.key === DEMO_STUDENT_KEY;

    let email = isDemo ? demo.email : `${asciiSlug(person.firstName)}.${asciiSlug(person.lastName, "")}@${inst.mailDomain}`;
    for (let i = 2; emails.has(email); i++) email = email.replace(/(\d*)@/, `${i}@`);
    emails.add(email);

    const native = person.languages.find(([, level]) => level === "NATIVE")?.[0] ?? "en";
    const user = userData({
      id: isDemo ? demo.id : `user-${person.key}`,
      email,
      name: `${person.firstName} ${person.lastName}`,
      role: "STUDENT",
      locale: isLocale(native) ? native : DEFAULT_LOCALE,
      passwordHash,
    });

    const birthDate = addDays(monthStart(reference, -12 * person.age), -rng.int(0, 364));
    const recentGraduate = person.category === "HE_RECENT_GRADUATE" || person.category === "VET_RECENT_GRADUATE";
    const staff = person.category.endsWith("_STAFF");
    let graduationDate: Date | null = null;
    let selectedOn: Date | null = null;
    if (recentGraduate) {
      // Graduated 1–4 months ago, selected for the traineeship during the last year of study.
      graduationDate = addDays(monthStart(reference, -rng.int(1, 4)), rng.int(0, 27));
      selectedOn = addDays(graduationDate, -rng.int(30, 120));
    } else if (!staff) {
      // Expected graduation at the end of an academic year; most were selected this autumn.
      graduationDate = addDays(monthStart(reference, rng.int(7, 20)), -1);
      if (rng.chance(0.7)) selectedOn = addDays(reference, -rng.int(10, 70));
    } else {
      selectedOn = addDays(reference, -rng.int(10, 90));
    }

    const pool = SKILLS_BY_FIELD[person.field] ?? [];
    const skills = rng.shuffle(pool).slice(0, rng.int(3, Math.max(3, Math.min(5, pool.length))));
    const previousMobilityMonths =
      person.previousMonths ??
      (staff
        ? 0
        : rng.pickWeighted([
            [0, 7],
            [2, 1],
            [3, 1],
            [5, 1],
          ]));

    const rows = participantData({
      id: participantIdFor(person.key),
      userId: user.id ?? "",
      institutionId: inst.id,
      firstName: person.firstName,
      lastName: person.lastName,
      category: person.category,
      fieldOfEducation: person.field,
      eqfLevel: person.eqf,
      graduationDate,
      selectedOn,
      previousMobilityMonths: isDemo ? 0 : previousMobilityMonths,
      fewerOpportunities: person.fewerOpportunities ?? false,
      nationality: person.nationality,
      birthDate,
      gender: person.gender,
      skills: skills.join("\n"),
      languages: person.languages.map(([language, level]) => ({ language, level })),
    });
    return {
      person,
      user: { ...user, id: user.id ?? "" },
      profile: { ...rows.profile, id: participantIdFor(person.key), institutionId: inst.id },
      languages: rows.languages,
      institutionCountry: inst.country,
    };
  });
}

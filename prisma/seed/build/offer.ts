import type { CefrLevel, Prisma } from "@/generated/prisma/client";
import { addDays, firstOfCurrentMonthUtc, monthStart, periodEnd } from "../dates";
import { dotCheckFields } from "../dot-check";

export interface LanguageRequirement {
  readonly language: string;
  readonly level: CefrLevel;
}

export type OfferInput = Partial<Prisma.OfferCreateManyInput> & {
  /** Declared DOT categories (docs/domain.md §1 ids) → OfferCategory rows. */
  categories?: readonly string[];
  /** Required languages → OfferLanguage rows. */
  languages?: readonly LanguageRequirement[];
  /** Dates default relative to this (default: first day of the current month, UTC). */
  referenceDate?: Date;
};

export interface OfferRows {
  offer: Prisma.OfferCreateManyInput & { id?: string };
  categories: string[];
  languages: LanguageRequirement[];
}

const DEFAULT_TASKS = [
  "Develop new features for our customer portal in TypeScript and React",
  "Write automated tests and review pull requests with a senior developer",
  "Build and document REST APIs in Node.js",
  "Take part in sprint planning and stand-ups",
].join("\n");

/**
 * A published, paid, on-site software traineeship in Utrecht starting in two months. dotCheck and
 * dotQualifies are always computed from the final tasks (unless explicitly overridden), exactly
 * as the app does when a host saves an offer.
 */
export function offerData(overrides: OfferInput & { hostId: string }): OfferRows {
  const { categories, languages, referenceDate, ...fields } = overrides;
  const reference = referenceDate ?? firstOfCurrentMonthUtc();
  const earliestStart = monthStart(reference, 2);
  const base: Prisma.OfferCreateManyInput = {
    title: "Junior Software Developer Trainee (TypeScript)",
    description:
      "Join a small product team and help build the web applications our clients use every day. " +
      "You get a mentor, real tickets from the first week and a weekly feedback session.",
    tasks: DEFAULT_TASKS,
    language: "en",
    country: "NL",
    city: "Utrecht",
    workMode: "HYBRID",
    durationMinMonths: 3,
    durationMaxMonths: 6,
    earliestStart,
    latestEnd: periodEnd(earliestStart, 9),
    stipendCents: 60000,
    places: 1,
    applicationDeadline: addDays(earliestStart, -21),
    status: "PUBLISHED",
    requiredSkills: "JavaScript or TypeScript\nGit\nBasic SQL",
    publishedAt: addDays(reference, -7),
    ...fields,
  };
  const check = dotCheckFields(base.tasks);
  return {
    offer: {
      ...base,
      dotCheck: fields.dotCheck ?? check.dotCheck,
      dotQualifies: fields.dotQualifies ?? check.dotQualifies,
    },
    categories: [...(categories ?? ["software-development"])],
    languages: [...(languages ?? [{ language: "en", level: "B2" }])],
  };
}

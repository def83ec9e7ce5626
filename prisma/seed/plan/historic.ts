// Former trainees: approved DOT placements of past and current calls (KA103 2018–2020, KA107
// 2018–2020 to KA107 hosts, KA131 2021–2026), so the records list, the exports and the statistics
// have years of history. Each is a whole chain (alumnus → closed offer → accepted application →
// APPROVED placement) that passes lib/domain's checkPlacement; the record itself is written by
// plan/records.ts like every other approved placement's. Deterministic: one PRNG stream per draw.
import { isoDate } from "@/lib/domain/dates";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import type { CefrLevel, ParticipantCategory } from "@/generated/prisma/client";
import type { KeyAction } from "@/lib/domain/actions";
import { isEligibleHostCountry, isEligibleHostType } from "@/lib/domain/actions";
import { classifyActivities } from "@/lib/domain/classifier";
import { checkPlacement } from "@/lib/domain/placement-checks";
import { participantData } from "../build/participant";
import { offerData } from "../build/offer";
import { userData } from "../build/user";
import { addDays, periodEnd, utcDate } from "../dates";
import { KA107_INSTITUTIONS } from "../data/agreements";
import { NAMES_BY_COUNTRY } from "../data/alumni-names";
import { CATEGORIES_BY_FIELD } from "../data/field-affinity";
import { HOSTS, type HostSeed } from "../data/hosts";
import { INSTITUTIONS, type InstitutionSeed } from "../data/institutions";
import { MOTIVATIONS } from "../data/motivations";
import { OFFER_TEXTS, type OfferText } from "../data/offers";
import { SKILLS_BY_FIELD } from "../data/skills";
import { officerIdFor } from "../data/staff";
import { TYPICAL_STIPEND_EUR } from "../data/stipends";
import { type Rng, rngFor } from "../prng";
import { asciiSlug } from "../slug";
import type { SeedPlan } from "./types";

/** How many draws to make; a draw that would not be eligible (or not yet decided) is dropped. */
export const HISTORIC_DRAWS = 110;

export type PlannedHistoric = Pick<
  SeedPlan,
  "users" | "profiles" | "participantLanguages" | "offers" | "offerCategories" | "offerLanguages" | "applications" | "placements"
>;

// Calls and how busy they were (DOT started in 2018; 2020 was the pandemic year).
const CALLS: readonly (readonly [readonly [KeyAction, number], number])[] = [
  [["KA103", 2018], 4],
  [["KA103", 2019], 6],
  [["KA103", 2020], 3],
  [["KA107", 2018], 1],
  [["KA107", 2019], 1.5],
  [["KA107", 2020], 1],
  [["KA131", 2021], 3],
  [["KA131", 2022], 5],
  [["KA131", 2023], 6],
  [["KA131", 2024], 7],
  [["KA131", 2025], 7],
  [["KA131", 2026], 4],
];

// docs/domain.md §7: the pilot's main sending countries were Germany, Spain and Belgium.
const SENDING_WEIGHT: Readonly<Record<string, number>> = { DE: 3, ES: 3, BE: 3 };

// The demo companies' own lists stay as the company journeys expect them.
const DEMO_HOSTS: ReadonlySet<string> = new Set(["host-001", "host-012"]);
const LEVEL_RANK: Readonly<Record<CefrLevel, number>> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, NATIVE: 7 };

interface Pair {
  readonly text: OfferText;
  readonly host: HostSeed;
  readonly evidence: readonly string[];
}

/** Every (text, host) the offer data pairs up whose tasks show DOT evidence, at a host that may host. */
function dotPairs(): Pair[] {
  const byText = new Map(OFFER_TEXTS.map((t) => [t.key, classifyActivities(t.tasks.join("\n"))]));
  return OFFER_TEXTS.flatMap((text) => {
    const classification = byText.get(text.key);
    if (!classification?.qualifies) return [];
    return text.hosts.flatMap((hostId) => {
      const host = HOSTS.find((h) => h.id === hostId);
      return host && isEligibleHostType(host.type) && !DEMO_HOSTS.has(host.id) ? [{ text, host, evidence: classification.categories }] : [];
    });
  });
}

const pad = (n: number) => String(n).padStart(3, "0");

/** A field of education that usually leads to one of these activities (data/field-affinity). */
function fieldFor(rng: Rng, evidence: readonly string[]): string {
  const fields = Object.entries(CATEGORIES_BY_FIELD)
    .filter(([, categories]) => categories.some((c) => evidence.includes(c)))
    .map(([field]) => field);
  return fields.length ? rng.pick(fields) : "0613";
}

function languagesFor(native: string, text: OfferText): { language: string; level: CefrLevel }[] {
  const levels = new Map<string, CefrLevel>([[native, "NATIVE"]]);
  if (!levels.has("en")) levels.set("en", "C1");
  // They were accepted, so they spoke what the offer required.
  for (const [language, level] of text.languages) {
    const had = levels.get(language);
    if (!had || LEVEL_RANK[had] < LEVEL_RANK[level]) levels.set(language, level);
  }
  return [...levels].map(([language, level]) => ({ language, level }));
}

export function planHistoricPlacements(reference: Date, passwordHash: string, takenEmails: ReadonlySet<string>): PlannedHistoric {
  const out: PlannedHistoric = {
    users: [],
    profiles: [],
    participantLanguages: [],
    offers: [],
    offerCategories: [],
    offerLanguages: [],
    applications: [],
    placements: [],
  };
  const pairs = dotPairs();
  const calls = CALLS.filter(([[, year]]) => year <= reference.getUTCFullYear());
  const emails = new Set(takenEmails);
  const yesterday = addDays(reference, -1);

  for (let draw = 1; draw <= HISTORIC_DRAWS; draw++) {
    const rng = rngFor(`historic-${draw}`);
    const [action, callYear] = rng.pickWeighted(calls);
    const senders = INSTITUTIONS.filter((i) => action !== "KA107" || KA107_INSTITUTIONS.has(i.erasmusCode));
    const inst: InstitutionSeed = rng.pickWeighted(senders.map((i) => [i, SENDING_WEIGHT[i.country] ?? 1] as const));
    const fitting = pairs.filter((p) => isEligibleHostCountry(action, inst.country, p.host.country, callYear));
    if (fitting.length === 0) continue;
    const { text, host, evidence } = rng.pick(fitting);

    // Mobilities of a call start from its autumn to the next summer; 2 to 6 months.
    const start = utcDate(callYear, 9 + rng.int(0, 9), rng.pick([1, 1, 15]));
    const months = rng.int(2, 6);
    const planned = periodEnd(start, months);
    // docs/domain.md §3: at least 60 days, counted inclusively (1 Feb–31 Mar is only 59).
    const end = planned < addDays(start, 59) ? addDays(start, 59 + rng.int(0, 6)) : planned;

    // Decided before the start — and before today: a later mobility of the running call waits.
    const approvedAt = addDays(start, -rng.int(20, 60));
    if (approvedAt > yesterday) continue;
    const placementCreated = addDays(approvedAt, -rng.int(2, 10));
    const accepted = addDays(placementCreated, -rng.int(1, 3));
    const applied = addDays(accepted, -rng.int(7, 25));
    const publishedAt = addDays(applied, -rng.int(10, 40));

    const category: ParticipantCategory = action !== "KA107" && rng.chance(0.22) ? "HE_RECENT_GRADUATE" : "HE_STUDENT";
    // Recent graduates: selected during the last year of study, finishing within 12 months (§3).
    const graduationDate = category === "HE_RECENT_GRADUATE" ? addDays(start, -rng.int(20, 150)) : addDays(end, rng.int(60, 500));
    const selectedOn = category === "HE_RECENT_GRADUATE" ? addDays(graduationDate, -rng.int(20, 90)) : addDays(placementCreated, rng.int(0, 2));

    const check = checkPlacement({
      action,
      callYear,
      participant: { category, graduationDate: isoDate(graduationDate), selectedOn: isoDate(selectedOn), previousMonths: 0 },
      sendingCountry: inst.country,
      hostCountry: host.country,
      hostOrganisationType: host.type,
      start: isoDate(start),
      end: isoDate(end),
      activities: { categories: text.categories, tasks: text.tasks.join("\n") },
    });
    if (!check.approvable) continue;

    const n = pad(out.placements.length + 1);
    const names = NAMES_BY_COUNTRY[inst.country] ?? NAMES_BY_COUNTRY.IE!;
    const female = rng.chance(0.52);
    const firstName = rng.pick(female ? names.female : names.male);
    const lastName = rng.pick(names.last);
    let email = `${asciiSlug(firstName, ".")}.${asciiSlug(lastName, "")}@${inst.mailDomain}`;
    for (let i = 2; emails.has(email); i++) email = email.replace(/(\d*)@/, `${i}@`);
    emails.add(email);
    const joined = addDays(applied, -rng.int(14, 120));

    const userId = `user-alumni-h${n}`;
    out.users.push({
      ...userData({
        id: userId,
        email,
        name: `${firstName} ${lastName}`,
        role: "STUDENT",
        locale: isLocale(names.language) ? names.language : DEFAULT_LOCALE,
        passwordHash,
      }),
      id: userId,
      createdAt: joined,
    });

    const field = fieldFor(rng, evidence);
    const pool = SKILLS_BY_FIELD[field] ?? [];
    const profileId = `participant-alumni-h${n}`;
    const rows = participantData({
      id: profileId,
      userId,
      institutionId: inst.id,
      firstName,
      lastName,
      category,
      fieldOfEducation: field,
      eqfLevel: rng.pick([6, 6, 7]),
      graduationDate,
      selectedOn,
      previousMobilityMonths: 0,
      fewerOpportunities: rng.chance(0.12),
      nationality: inst.country,
      birthDate: addDays(utcDate(start.getUTCFullYear() - rng.int(21, 26), 1, 1), rng.int(0, 364)),
      gender: female ? "female" : "male",
      skills: rng.shuffle(pool).slice(0, 4).join("\n"),
      languages: languagesFor(names.language, text),
      createdAt: joined,
    });
    out.profiles.push({ ...rows.profile, id: profileId });
    out.participantLanguages.push(...rows.languages.map((l) => ({ id: `${profileId}-${l.language}`, participantId: profileId, ...l })));

    // The past posting the alumnus applied to: the same text at the same host, long closed.
    const offerId = `offer-h${n}`;
    const [minMonths, maxMonths] = text.months ?? [3, 6];
    const typical = TYPICAL_STIPEND_EUR[host.country] ?? 500;
    const offer = offerData({
      id: offerId,
      hostId: host.id,
      title: text.title,
      description: text.description.replaceAll("{host}", host.legalName).replaceAll("{city}", host.city),
      tasks: text.tasks.join("\n"),
      language: text.language,
      country: host.country,
      city: host.city,
      workMode: text.workMode ?? "ON_SITE",
      durationMinMonths: Math.min(minMonths, months),
      durationMaxMonths: Math.max(maxMonths, months),
      earliestStart: start,
      latestEnd: periodEnd(start, Math.max(maxMonths, months) + 3),
      stipendCents: Math.round(typical / 50) * 50 * 100,
      places: 1,
      applicationDeadline: addDays(accepted, -1),
      status: "CLOSED",
      requiredSkills: text.skills.join("\n"),
      publishedAt,
      createdAt: addDays(publishedAt, -rng.int(0, 7)),
      categories: text.categories,
      languages: text.languages.map(([language, level]) => ({ language, level })),
    });
    out.offers.push({ ...offer.offer, id: offerId });
    out.offerCategories.push(...offer.categories.map((c) => ({ offerId, category: c })));
    out.offerLanguages.push(...offer.languages.map((l) => ({ offerId, ...l })));

    const applicationId = `app-h${n}`;
    const templates = MOTIVATIONS[text.language] ?? MOTIVATIONS.en ?? [];
    out.applications.push({
      id: applicationId,
      offerId,
      participantId: profileId,
      motivation: rng
        .pick(templates)
        .replaceAll("{title}", text.title)
        .replaceAll("{host}", host.legalName)
        .replaceAll("{skill}", pool[0] ?? "data tools"),
      status: "ACCEPTED",
      decidedAt: accepted,
      createdAt: applied,
    });
    out.placements.push({
      id: `placement-h${n}`,
      applicationId,
      institutionId: inst.id,
      action,
      callYear,
      startDate: start,
      endDate: end,
      status: "APPROVED",
      decidedById: officerIdFor(inst.id),
      decidedAt: approvedAt,
      decisionReason: "All eligibility checks passed.",
      createdAt: placementCreated,
    });
  }
  return out;
}

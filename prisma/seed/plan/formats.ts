// docs/domain.md §3a: the mobilities of every format other than the long-term traineeship — staff
// of all sectors, VET learners, short-term blended HE traineeships — from data/scenarios.ts
// FORMAT_SCENARIOS. Each scenario is one offer in days, one ACCEPTED application and one
// placement, with ids of their own (offer-f01, app-f01, placement-f01) so the rows of the main plan
// keep theirs. Every placement is checked here by lib/domain checkPlacement, fed as the office's
// review feeds it (lib/server/services/placement/review.ts proposalCheckInput): a scenario whose checks do not come
// out as written is a warning, like the main scenarios'.
import { isoDate } from "@/lib/domain/dates";
import type { Prisma } from "@/generated/prisma/client";
import { type CheckId, checkPlacement } from "@/lib/domain/placement-checks";
import { isShortTermOffer } from "@/lib/domain/formats";
import { offerData } from "../build/offer";
import { addDays, monthStart } from "../dates";
import { hostById } from "../data/hosts";
import { institutionByCode } from "../data/institutions";
import { FORMAT_SCENARIOS, type FormatScenario } from "../data/scenarios";
import { officerIdFor } from "../data/staff";
import { rngFor } from "../prng";
import { currentCallYear } from "./applications";
import type { PlannedParticipant } from "./participants";

type WithId<T> = T & { id: string };

export interface PlannedFormats {
  offers: WithId<Prisma.OfferCreateManyInput>[];
  offerCategories: Prisma.OfferCategoryCreateManyInput[];
  offerLanguages: Prisma.OfferLanguageCreateManyInput[];
  applications: WithId<Prisma.ApplicationCreateManyInput>[];
  placements: WithId<Prisma.PlacementCreateManyInput>[];
  warnings: string[];
}

const DAY_MONTHS = 30;

/** The checks that fail, as the office's review would list them. */
function failingChecks(
  s: FormatScenario,
  p: PlannedParticipant,
  offer: Prisma.OfferCreateManyInput,
  categories: readonly string[],
  placement: Prisma.PlacementCreateManyInput,
): CheckId[] {
  const inst = institutionByCode(p.person.institution);
  const date = (d: Date | string | null | undefined) => (d ? isoDate(new Date(d)) : undefined);
  const result = checkPlacement({
    action: s.action,
    callYear: placement.callYear,
    format: s.format,
    participant: {
      category: p.profile.category,
      graduationDate: date(p.profile.graduationDate),
      selectedOn: date(p.profile.selectedOn),
      previousMonths: p.profile.previousMobilityMonths ?? 0,
      eqfLevel: p.profile.eqfLevel,
    },
    sendingOrganisationType: inst.type,
    shortTermOffer: isShortTermOffer(offer),
    virtualComponent:
      placement.virtualStart && placement.virtualEnd
        ? { start: date(placement.virtualStart)!, end: date(placement.virtualEnd)!, description: placement.virtualDescription ?? "" }
        : null,
    sendingCountry: inst.country,
    hostCountry: offer.country,
    hostOrganisationType: hostById(offer.hostId).type,
    start: date(placement.startDate)!,
    end: date(placement.endDate)!,
    activities: { categories, tasks: offer.tasks },
  });
  return result.checks.filter((c) => !c.ok).map((c) => c.id);
}

export function planFormatMobilities(reference: Date, participants: readonly PlannedParticipant[]): PlannedFormats {
  const byKey = new Map(participants.map((p) => [p.person.key, p]));
  const out: PlannedFormats = { offers: [], offerCategories: [], offerLanguages: [], applications: [], placements: [], warnings: [] };
  const callYear = currentCallYear(reference);
  const yesterday = addDays(reference, -1);

  FORMAT_SCENARIOS.forEach((s, i) => {
    const n = String(i + 1).padStart(2, "0");
    const p = byKey.get(s.person);
    if (!p) throw new Error(`Seed format scenario ${n}: unknown person ${s.person}`);
    const host = hostById(s.host);
    const rng = rngFor(`format-${n}`);

    // The offer: open to the scenario's participants, its range in days (months only as a rough
    // equivalent for lists that still read months).
    const earliestStart = addDays(monthStart(reference, s.startMonths ?? 2), rng.int(0, 9));
    const [minDays, maxDays] = s.offer.days;
    const months = (d: number) => Math.max(1, Math.min(12, Math.ceil(d / DAY_MONTHS)));
    const publishedAt = addDays(reference, -rng.int(30, 60));
    const rows = offerData({
      id: `offer-f${n}`,
      hostId: host.id,
      referenceDate: reference,
      title: s.offer.title,
      description: `${host.legalName} (${host.city}) welcomes ${s.offer.for === "staff" ? "teachers and staff" : s.offer.for === "vet-learners" ? "VET learners" : "students"} from partner organisations abroad for ${minDays === maxDays ? `${minDays} days` : `${minDays} to ${maxDays} days`}. ${host.description}`,
      tasks: s.offer.tasks,
      language: "en",
      country: host.country,
      city: host.city,
      workMode: "ON_SITE",
      durationMinMonths: months(minDays),
      durationMaxMonths: months(maxDays),
      durationMinDays: minDays,
      durationMaxDays: maxDays,
      forStudents: s.offer.for === "students",
      forStaff: s.offer.for === "staff",
      forVetLearners: s.offer.for === "vet-learners",
      earliestStart,
      latestEnd: addDays(earliestStart, Math.max(maxDays, s.days) + 60),
      stipendCents: null,
      places: 1,
      applicationDeadline: addDays(earliestStart, -21),
      status: "PUBLISHED",
      requiredSkills: "",
      publishedAt,
      createdAt: addDays(publishedAt, -rng.int(1, 10)),
      categories: s.offer.categories,
      languages: [{ language: "en", level: "B1" }],
    });
    const offer = { ...rows.offer, id: `offer-f${n}` };
    out.offers.push(offer);
    out.offerCategories.push(...rows.categories.map((category) => ({ offerId: offer.id, category })));
    out.offerLanguages.push(...rows.languages.map((l) => ({ offerId: offer.id, language: l.language, level: l.level })));

    const appliedAt = addDays(publishedAt, rng.int(2, 12));
    const acceptedAt = new Date(Math.min(addDays(appliedAt, rng.int(3, 10)).getTime(), yesterday.getTime()));
    const app = {
      id: `app-f${n}`,
      offerId: offer.id,
      participantId: p.profile.id,
      motivation: `I would like to take part in "${s.offer.title}" to bring what I learn back to my organisation.`,
      status: "ACCEPTED" as const,
      reason: null,
      decidedAt: acceptedAt,
      createdAt: appliedAt,
    };
    out.applications.push(app);

    const start = earliestStart;
    const end = addDays(start, s.days - 1);
    const createdAt = addDays(acceptedAt, rng.int(0, 2));
    const decided = s.status !== "PROPOSED";
    const decidedAt = decided ? new Date(Math.min(addDays(createdAt, rng.int(2, 7)).getTime(), yesterday.getTime())) : null;
    const placement = {
      id: `placement-f${n}`,
      applicationId: app.id,
      institutionId: p.profile.institutionId,
      action: s.action,
      callYear,
      format: s.format,
      startDate: start,
      endDate: end,
      // §3a: the virtual part of a blended traineeship, here the two weeks before the stay.
      virtualStart: s.virtual ? addDays(start, -14) : null,
      virtualEnd: s.virtual ? addDays(start, -1) : null,
      virtualDescription: s.virtual ?? null,
      status: s.status,
      decidedById: decided ? officerIdFor(p.profile.institutionId) : null,
      decidedAt,
      decisionReason: decided ? (s.decisionReason ?? null) : null,
      createdAt,
    };
    out.placements.push(placement);

    const fails = failingChecks(s, p, offer, rows.categories, placement);
    const expected = s.status === "APPROVED" ? [] : s.fails;
    if (expected && fails.join() !== [...expected].join()) {
      out.warnings.push(`${placement.id} (${s.person}, ${s.format}) should fail [${expected.join(", ")}] but fails [${fails.join(", ")}]`);
    }
  });
  return out;
}

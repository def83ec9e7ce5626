// The whole seed as plain rows, computed in memory from the data files and the reference date.
// Pure apart from the password hash it is given, so it is cheap to inspect and test.
import { hostData } from "../build/host";
import { institutionData } from "../build/institution";
import { addDays } from "../dates";
import { agreementsFor } from "../data/agreements";
import { grantRatesFor } from "../data/grant-rates";
import { HOSTS } from "../data/hosts";
import { ALL_SENDING_ORGANISATIONS } from "../data/institutions";
import { FORMAT_PEOPLE } from "../data/people";
import { staffUsers } from "../data/staff";
import { rngFor } from "../prng";
import { PUBLISH_LEAD_DAYS, historicWindows, planApplications } from "./applications";
import { planHistoricPlacements } from "./historic";
import { planLearningAgreements } from "./learning-agreements";
import { planOffers } from "./offers";
import { planFormatMobilities } from "./formats";
import { planParticipants } from "./participants";
import { planMobilityRecords } from "./records";
import type { SeedPlan } from "./types";

export type { SeedPlan } from "./types";

type RowLists = { [K in keyof SeedPlan as SeedPlan[K] extends unknown[] ? K : never]: SeedPlan[K] };

/** Adds a part planned on its own (alumni, §3a formats) to the plan's row lists. */
function append(plan: SeedPlan, part: Partial<RowLists>): void {
  for (const key of Object.keys(part) as (keyof RowLists)[]) {
    const rows = part[key];
    if (rows && key in plan) (plan[key] as unknown[]).push(...rows);
  }
}

export function buildSeedPlan(reference: Date, passwordHash: string): SeedPlan {
  const plannedOffers = planOffers(reference, historicWindows(reference));
  const participants = planParticipants(reference, passwordHash);
  const planned = planApplications(reference, plannedOffers, participants);

  // An offer never has more accepted trainees than places (the portal refuses that on accept).
  const acceptedPerOffer = new Map<string, number>();
  for (const a of planned.applications) if (a.status === "ACCEPTED") acceptedPerOffer.set(a.offerId, (acceptedPerOffer.get(a.offerId) ?? 0) + 1);
  const withRoom = plannedOffers.map(({ row }) => ({ ...row, places: Math.max(row.places ?? 1, acceptedPerOffer.get(row.id) ?? 0) }));

  // Offers drawn as DRAFT that the scenarios apply to are published, before their first application.
  const offers = withRoom.map((row) => {
    if (!planned.offersToPublish.has(row.id)) return row;
    const publishedAt = addDays(reference, -PUBLISH_LEAD_DAYS);
    return { ...row, status: "PUBLISHED" as const, publishedAt, createdAt: addDays(publishedAt, -rngFor(`${row.id}-publish`).int(1, 10)) };
  });

  // Timestamps are content too (lists sort by them), so they are seeded, never "now": the
  // registry two years back, hosts and accounts a few months back, and every participant's account
  // before their first application (some date from an older call).
  const registeredAt = addDays(reference, -730);
  const firstApplication = new Map<string, number>();
  for (const a of planned.applications) {
    const t = new Date(a.createdAt ?? reference).getTime();
    firstApplication.set(a.participantId, Math.min(t, firstApplication.get(a.participantId) ?? t));
  }
  const joinedAt = (key: string, before?: number) => {
    const usual = addDays(reference, -rngFor(`${key}-joined`).int(60, 240));
    return before !== undefined && before < usual.getTime() ? addDays(new Date(before), -14) : usual;
  };

  const plan: SeedPlan = {
    institutions: ALL_SENDING_ORGANISATIONS.map((i) => ({
      ...institutionData({
        id: i.id,
        type: i.type,
        erasmusCode: i.erasmusCode,
        name: i.name,
        country: i.country,
        city: i.city,
        pic: i.pic,
        oid: i.oid,
        website: i.website,
        createdAt: registeredAt,
      }),
      id: i.id,
    })),
    hosts: HOSTS.map((h) => {
      const { contact, ...fields } = h;
      void contact; // becomes a user, not a host column
      return { ...hostData({ ...fields, createdAt: joinedAt(h.id) }), id: h.id };
    }),
    users: [
      ...staffUsers(passwordHash).map((u) => ({ ...u, id: u.id ?? "", createdAt: u.hostOrganisationId ? joinedAt(u.hostOrganisationId) : registeredAt })),
      ...participants.map((p) => ({ ...p.user, createdAt: joinedAt(p.user.id, firstApplication.get(p.profile.id)) })),
    ],
    profiles: participants.map((p) => ({ ...p.profile, createdAt: joinedAt(p.user.id, firstApplication.get(p.profile.id)) })),
    participantLanguages: participants.flatMap((p) =>
      p.languages.map((l) => ({ id: `${p.profile.id}-${l.language}`, participantId: p.profile.id, language: l.language, level: l.level })),
    ),
    offers,
    offerCategories: plannedOffers.flatMap((o) => o.categories.map((category) => ({ offerId: o.row.id, category }))),
    offerLanguages: plannedOffers.flatMap((o) => o.languages.map((l) => ({ offerId: o.row.id, language: l.language, level: l.level }))),
    applications: planned.applications,
    placements: planned.placements,
    agreements: ALL_SENDING_ORGANISATIONS.flatMap(agreementsFor).map((a) => ({ ...a, createdAt: registeredAt })),
    grantRates: ALL_SENDING_ORGANISATIONS.flatMap((i) => grantRatesFor(i.id, i.type)).map((r) => ({ ...r, id: r.id ?? "" })),
    warnings: planned.warnings,
    learningAgreements: [],
    mobilityRecords: [],
  };
  // docs/domain.md §3a: staff, VET learners and short-term traineeships (data/scenarios.ts FORMAT_SCENARIOS).
  const formatPeople = planParticipants(reference, passwordHash, FORMAT_PEOPLE);
  const formats = planFormatMobilities(reference, formatPeople);
  const appliedAt = new Map(formats.applications.map((a) => [a.participantId, new Date(a.createdAt ?? reference).getTime()]));
  append(plan, {
    ...formats,
    users: formatPeople.map((p) => ({ ...p.user, createdAt: joinedAt(p.user.id, appliedAt.get(p.profile.id)) })),
    profiles: formatPeople.map((p) => ({ ...p.profile, createdAt: joinedAt(p.user.id, appliedAt.get(p.profile.id)) })),
    participantLanguages: formatPeople.flatMap((p) =>
      p.languages.map((l) => ({ id: `${p.profile.id}-${l.language}`, participantId: p.profile.id, language: l.language, level: l.level })),
    ),
  });
  // (Before the alumni: their invented e-mail addresses avoid every address above.)
  // Former trainees with approved placements of earlier calls, so records and statistics have history.
  const historic = planHistoricPlacements(reference, passwordHash, new Set(plan.users.map((u) => u.email)));
  append(plan, historic);
  // Every APPROVED placement has its mobility record, as an approval would have written it.
  plan.mobilityRecords = planMobilityRecords(plan);
  // Every approved placement's Learning Agreement, from the final rows (with the hosts' signers).
  const las = planLearningAgreements({ reference, ...plan });
  return { ...plan, users: [...plan.users, ...las.hostUsers], learningAgreements: las.learningAgreements };
}

// Applications and placements: the hand-written scenarios (data/scenarios.ts) first, then seeded
// applications for everyone else. Placements come only from ACCEPTED applications; a seeded one is
// APPROVED only when plan/eligibility.ts finds nothing wrong with it.
import type { ApplicationStatus, CefrLevel, PlacementStatus, Prisma } from "@/generated/prisma/client";
import { asKeyAction, isEligibleHostCountry } from "@/lib/domain/actions";
import { addDays, monthStart, periodEnd } from "../dates";
import { CATEGORIES_BY_FIELD } from "../data/field-affinity";
import { hostById } from "../data/hosts";
import { ACCEPTED_ELSEWHERE, APPLICATION_REJECTION_REASONS, CANCELLATION_REASONS, MOTIVATIONS, WITHDRAWAL_REASONS } from "../data/motivations";
import { SCENARIOS, type ScenarioApplication, type ScenarioPurpose } from "../data/scenarios";
import { officerIdFor } from "../data/staff";
import { type Rng, rngFor } from "../prng";
import { type Problem, REFUSAL_REASON, placementProblems } from "./eligibility";
import type { HistoricWindow, PlannedOffer } from "./offers";
import type { PlannedParticipant } from "./participants";

type ApplicationRow = Prisma.ApplicationCreateManyInput & { id: string };
type PlacementRow = Prisma.PlacementCreateManyInput & { id: string };

export interface PlannedApplications {
  readonly applications: ApplicationRow[];
  readonly placements: PlacementRow[];
  /** Offers that received applications, so they must not stay DRAFT. */
  readonly offersToPublish: Set<string>;
  /** Scenario premises that did not hold (e.g. the classifier now finds evidence in the "vague" offer). */
  readonly warnings: string[];
}

const LEVEL_RANK: Readonly<Record<CefrLevel, number>> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, NATIVE: 7 };
const DAY = 86_400_000;
export const PUBLISH_LEAD_DAYS = 40;

/** KA131 call used for current placements: the reference year, within the seeded agreements (2024–2026). */
export function currentCallYear(reference: Date): number {
  return Math.min(2026, Math.max(2024, reference.getUTCFullYear()));
}

/** Offers whose window the scenarios move into the past (older calls, placements already running). */
export function historicWindows(reference: Date): Map<string, HistoricWindow> {
  const windows = new Map<string, HistoricWindow>();
  for (const s of SCENARIOS) {
    const start = s.placement?.start;
    if (start instanceof Date) windows.set(s.offer, { start });
    else if (typeof start === "number" && start <= 0) windows.set(s.offer, { start: monthStart(reference, start) });
  }
  return windows;
}

const EXPECTED: Readonly<Record<ScenarioPurpose, (p: Problem[]) => boolean>> = {
  clean: (p) => p.length === 0,
  decided: () => true,
  historic: (p) => p.length === 0,
  "ineligible-country": (p) => p.includes("host-country"),
  "no-dot-evidence": (p) => p.length === 1 && p[0] === "no-dot-evidence",
  "ineligible-host-type": (p) => p.includes("host-type"),
};

export function planApplications(reference: Date, offers: readonly PlannedOffer[], participants: readonly PlannedParticipant[]): PlannedApplications {
  const offerByKey = new Map(offers.map((o) => [`${o.text.key}@${o.hostId}`, o]));
  const participantByKey = new Map(participants.map((p) => [p.person.key, p]));
  const applications: ApplicationRow[] = [];
  const placements: PlacementRow[] = [];
  const offersToPublish = new Set<string>();
  const warnings: string[] = [];
  const applied = new Set<string>();
  const callYear = currentCallYear(reference);
  const yesterday = addDays(reference, -1);

  const motivationFor = (rng: Rng, p: PlannedParticipant, o: PlannedOffer): string => {
    const level = p.languages.find((l) => l.language === o.text.language)?.level;
    const language = level && LEVEL_RANK[level] >= LEVEL_RANK.B2 ? o.text.language : "en";
    const templates = MOTIVATIONS[language] ?? MOTIVATIONS.en ?? [];
    const skills = String(p.profile.skills ?? "")
      .split("\n")
      .filter(Boolean);
    return rng
      .pick(templates)
      .replaceAll("{title}", o.text.title)
      .replaceAll("{host}", hostById(o.hostId).legalName)
      .replaceAll("{skill}", skills.length ? rng.pick(skills) : "data and digital tools");
  };

  const addApplication = (p: PlannedParticipant, o: PlannedOffer, status: ApplicationStatus, reason: string | undefined): ApplicationRow => {
    const pair = `${o.row.id}|${p.profile.id}`;
    if (applied.has(pair)) throw new Error(`Seed data: ${p.person.key} applies twice to ${o.row.id}`);
    const id = `app-${String(applications.length + 1).padStart(4, "0")}`;
    const rng = rngFor(id);
    // A DRAFT offer that receives applications gets published PUBLISH_LEAD_DAYS before the reference.
    const opened = o.row.status === "DRAFT" ? addDays(reference, -PUBLISH_LEAD_DAYS) : new Date(o.row.publishedAt ?? reference);
    const closes = new Date(Math.min(new Date(o.row.applicationDeadline).getTime(), yesterday.getTime()));
    const span = Math.max(1, Math.floor((closes.getTime() - opened.getTime()) / DAY));
    const createdAt = addDays(opened, rng.int(1, span));
    const decided = status === "ACCEPTED" || status === "REJECTED" || status === "WITHDRAWN";
    const decidedAt = decided ? new Date(Math.min(addDays(createdAt, rng.int(3, 21)).getTime(), yesterday.getTime())) : null;
    const row: ApplicationRow = {
      id,
      offerId: o.row.id,
      participantId: p.profile.id,
      motivation: motivationFor(rng, p, o),
      status,
      reason: reason ?? null,
      decidedAt,
      createdAt,
    };
    applications.push(row);
    applied.add(pair);
    if (o.row.status === "DRAFT") offersToPublish.add(o.row.id);
    return row;
  };

  const addPlacement = (
    app: ApplicationRow,
    p: PlannedParticipant,
    o: PlannedOffer,
    fields: { status: PlacementStatus; action: PlacementRow["action"]; callYear: number; start: Date; end: Date; reason: string | null },
  ) => {
    const id = `placement-${String(placements.length + 1).padStart(3, "0")}`;
    const rng = rngFor(id);
    const createdAt = addDays(new Date(app.decidedAt ?? app.createdAt ?? reference), rng.int(1, 5));
    const decided = fields.status !== "PROPOSED";
    placements.push({
      id,
      applicationId: app.id,
      institutionId: p.profile.institutionId,
      action: fields.action,
      callYear: fields.callYear,
      startDate: fields.start,
      endDate: fields.end,
      status: fields.status,
      decidedById: decided ? officerIdFor(p.profile.institutionId) : null,
      decidedAt: decided ? addDays(createdAt, rng.int(3, 14)) : null,
      decisionReason: decided ? fields.reason : null,
      createdAt,
    });
  };

  const facts = (p: PlannedParticipant, o: PlannedOffer, action: PlacementRow["action"], year: number, start: Date, end: Date) => {
    const host = hostById(o.hostId);
    return placementProblems({
      action: asKeyAction(action),
      callYear: year,
      start,
      end,
      sendingCountry: p.institutionCountry,
      hostCountry: host.country,
      hostType: host.type,
      dotQualifies: o.row.dotQualifies,
      category: p.profile.category,
      graduationDate: p.profile.graduationDate ? new Date(p.profile.graduationDate) : null,
      selectedOn: p.profile.selectedOn ? new Date(p.profile.selectedOn) : null,
      previousMobilityMonths: p.profile.previousMobilityMonths ?? 0,
    });
  };

  // 1. Scenarios.
  const scenarioPeople = new Set<string>();
  for (const s of SCENARIOS) {
    const p = participantByKey.get(s.person);
    const o = offerByKey.get(s.offer);
    if (!p || !o) throw new Error(`Seed scenario: unknown ${p ? "offer" : "person"} in ${describe(s)}`);
    scenarioPeople.add(s.person);
    const app = addApplication(p, o, s.status, s.reason);
    const planned = s.placement;
    if (!planned) continue;
    if (s.status !== "ACCEPTED") throw new Error(`Seed scenario: placement without ACCEPTED application: ${describe(s)}`);
    const earliest = new Date(o.row.earliestStart);
    const requested = planned.start instanceof Date ? planned.start : monthStart(reference, planned.start ?? 2);
    const start = requested < earliest ? earliest : requested;
    const end = periodEnd(start, planned.months);
    const action = planned.action ?? "KA131";
    // Already running: from last year's call (the seeded agreements start at 2024).
    const year = planned.callYear ?? (start < reference ? Math.max(2024, callYear - 1) : callYear);
    const problems = facts(p, o, action, year, start, end);
    if (!EXPECTED[planned.purpose](problems)) {
      warnings.push(`${describe(s)} is meant to be "${planned.purpose}" but the checks say [${problems.join(", ")}]`);
    }
    addPlacement(app, p, o, { status: planned.status, action, callYear: year, start, end, reason: planned.decisionReason ?? null });
  }

  // 2. Seeded applications for everyone else, mostly to offers that fit their field and languages.
  let cycle = 0;
  const BULK_PLACEMENT_STATUS: readonly PlacementStatus[] = ["APPROVED", "PROPOSED", "APPROVED", "CANCELLED", "PROPOSED"];
  for (const p of participants) {
    if (scenarioPeople.has(p.person.key)) continue;
    const rng = rngFor(`applications-${p.person.key}`);
    const speaks = (language: string) => {
      const level = p.languages.find((l) => l.language === language)?.level;
      return level !== undefined && LEVEL_RANK[level] >= LEVEL_RANK.B1;
    };
    const affinity = new Set(CATEGORIES_BY_FIELD[p.profile.fieldOfEducation] ?? []);
    const candidates = offers.filter((o) => {
      const host = hostById(o.hostId);
      return (
        o.row.status !== "DRAFT" &&
        new Date(o.row.earliestStart) >= reference &&
        host.type !== "EU_INSTITUTION" &&
        host.type !== "NATIONAL_AGENCY" &&
        isEligibleHostCountry("KA131", p.institutionCountry, host.country, callYear) &&
        speaks(o.text.language) &&
        !applied.has(`${o.row.id}|${p.profile.id}`)
      );
    });
    const weighted = candidates.map((o) => [o, o.categories.some((c) => affinity.has(c)) ? 6 : o.row.dotQualifies ? 1.2 : 0.6] as const);
    const count = rng.pickWeighted([
      [0, 1],
      [1, 3],
      [2, 4],
      [3, 3],
      [4, 1],
    ]);
    let accepted = false;
    for (let i = 0; i < count && weighted.length > 0; i++) {
      const o = rng.pickWeighted(weighted);
      weighted.splice(
        weighted.findIndex(([w]) => w === o),
        1,
      );
      let status = rng.pickWeighted<ApplicationStatus>([
        ["SUBMITTED", 4],
        ["SHORTLISTED", 2],
        ["ACCEPTED", 1.6],
        ["REJECTED", 2],
        ["WITHDRAWN", 1],
      ]);
      let reason: string | undefined;
      if (status === "ACCEPTED" && accepted) {
        status = "WITHDRAWN";
        reason = ACCEPTED_ELSEWHERE;
      } else if (status === "REJECTED") reason = rng.pick(APPLICATION_REJECTION_REASONS);
      else if (status === "WITHDRAWN") reason = rng.pick(WITHDRAWAL_REASONS);
      const app = addApplication(p, o, status, reason);
      if (status !== "ACCEPTED") continue;
      accepted = true;

      const roomLeft = 12 - (p.profile.previousMobilityMonths ?? 0);
      const months = Math.max(2, Math.min(rng.int(o.row.durationMinMonths, o.row.durationMaxMonths), roomLeft));
      const start = new Date(o.row.earliestStart);
      const latestEnd = new Date(o.row.latestEnd);
      const planned = periodEnd(start, months);
      const end = planned > latestEnd ? latestEnd : planned;
      const problems = facts(p, o, "KA131", callYear, start, end);
      const first = problems[0];
      let placementStatus: PlacementStatus;
      let decisionReason: string | null = null;
      if (first) {
        placementStatus = "REJECTED";
        decisionReason = REFUSAL_REASON[first];
      } else {
        placementStatus = BULK_PLACEMENT_STATUS[cycle++ % BULK_PLACEMENT_STATUS.length] ?? "PROPOSED";
        if (placementStatus === "APPROVED") decisionReason = "All eligibility checks passed.";
        if (placementStatus === "CANCELLED") decisionReason = rng.pick(CANCELLATION_REASONS);
      }
      addPlacement(app, p, o, { status: placementStatus, action: "KA131", callYear, start, end, reason: decisionReason });
    }
  }
  return { applications, placements, offersToPublish, warnings };
}

function describe(s: ScenarioApplication): string {
  return `${s.person} → ${s.offer}`;
}

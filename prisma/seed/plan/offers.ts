// Derives the seeded offers from the base texts: one variant per host listed on a text, with
// dates relative to the reference date and seeded variation (one PRNG stream per offer id).
import type { OfferStatus, Prisma, WorkMode } from "@/generated/prisma/client";
import { isEligibleHostType } from "@/lib/domain/actions";
import { offerData } from "../build/offer";
import { addDays, monthStart, periodEnd } from "../dates";
import { hostById } from "../data/hosts";
import { OFFER_TEXTS, type OfferText } from "../data/offers";
import { TYPICAL_STIPEND_EUR } from "../data/stipends";
import { rngFor } from "../prng";

export interface PlannedOffer {
  readonly row: Prisma.OfferCreateManyInput & { id: string; dotQualifies: boolean };
  readonly categories: string[];
  readonly languages: { language: string; level: Prisma.OfferLanguageCreateManyInput["level"] }[];
  readonly text: OfferText;
  readonly hostId: string;
}

/** Seeds the offer's window in the past instead (for placements of older calls, e.g. KA107 2020). */
export interface HistoricWindow {
  readonly start: Date;
}

export function offerId(n: number): string {
  return `offer-${String(n).padStart(4, "0")}`;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function fill(template: string, host: { legalName: string; city: string }): string {
  return template.replaceAll("{host}", host.legalName).replaceAll("{city}", host.city);
}

export function planOffers(reference: Date, historic: ReadonlyMap<string, HistoricWindow>): PlannedOffer[] {
  const planned: PlannedOffer[] = [];
  const titlesAtHost = new Set<string>();
  let n = 0;
  for (const text of OFFER_TEXTS) {
    text.hosts.forEach((hostId, variant) => {
      n += 1;
      const id = offerId(n);
      const host = hostById(hostId);
      const rng = rngFor(id);

      // The acceptance rule "no identical titles at the same host", enforced on the data.
      const titleKey = `${hostId}|${text.title}`;
      if (titlesAtHost.has(titleKey)) throw new Error(`Seed data: "${text.title}" twice at ${hostId}`);
      titlesAtHost.add(titleKey);

      const [typicalMin, typicalMax] = text.months ?? [3, 6];
      const durationMinMonths = clamp(typicalMin - rng.int(0, 1), 2, 12);
      const durationMaxMonths = clamp(typicalMax + rng.int(0, 2), durationMinMonths, 12);

      // The first variant of every text is live, so each text can be found on /offers.
      const status: OfferStatus =
        variant === 0
          ? "PUBLISHED"
          : rng.pickWeighted<OfferStatus>([
              ["PUBLISHED", 8],
              ["DRAFT", 1],
              ["CLOSED", 1],
            ]);
      const workMode: WorkMode =
        text.workMode ??
        rng.pickWeighted<WorkMode>([
          ["ON_SITE", 4],
          ["HYBRID", 5],
          ["REMOTE", 1],
        ]);

      let earliestStart: Date;
      let applicationDeadline: Date;
      let publishedAt: Date | null;
      const window = historic.get(`${text.key}@${hostId}`);
      if (window) {
        earliestStart = window.start;
        applicationDeadline = addDays(earliestStart, -45);
        publishedAt = addDays(applicationDeadline, -60);
      } else if (status === "CLOSED") {
        // Deadline passed recently; the traineeship starts soon.
        earliestStart = monthStart(reference, rng.int(0, 2));
        applicationDeadline = addDays(reference, -rng.int(7, 45));
        publishedAt = addDays(applicationDeadline, -rng.int(30, 60));
      } else {
        // Starts 2–5 months out; the deadline is 1–3 weeks before the start, so it stays ahead
        // for the whole reference month (≥ 38 days after the reference date).
        earliestStart = monthStart(reference, rng.int(2, 5));
        applicationDeadline = addDays(earliestStart, -rng.int(7, 21));
        publishedAt = status === "PUBLISHED" ? addDays(reference, -rng.int(1, 45)) : null;
      }
      const latestEnd = periodEnd(earliestStart, durationMaxMonths + rng.int(0, 4));
      const createdAt = addDays(publishedAt ?? reference, -rng.int(0, 10));

      const typical = TYPICAL_STIPEND_EUR[host.country] ?? 500;
      const unpaid = host.type !== "COMPANY" ? rng.chance(0.35) : rng.chance(0.1);
      const stipendCents = unpaid ? null : Math.round((typical * (0.85 + rng.next() * 0.4)) / 50) * 50 * 100;

      const built = offerData({
        id,
        hostId,
        title: text.title,
        description: fill(text.description, host),
        tasks: text.tasks.join("\n"),
        language: text.language,
        country: host.country,
        city: host.city,
        workMode,
        durationMinMonths,
        durationMaxMonths,
        earliestStart,
        latestEnd,
        stipendCents,
        places: rng.pickWeighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ]),
        applicationDeadline,
        status: window ? "CLOSED" : status,
        requiredSkills: text.skills.join("\n"),
        publishedAt,
        createdAt,
        categories: text.categories,
        languages: text.languages.map(([language, level]) => ({ language, level })),
      });
      const dotQualifies = built.offer.dotQualifies ?? false;
      // The portal refuses to publish an offer without DOT evidence or from a host that cannot
      // host (docs/domain.md §1, §3), so such offers never appear as live: they were closed.
      const publishable = dotQualifies && isEligibleHostType(host.type);
      planned.push({
        row: { ...built.offer, id, dotQualifies, status: built.offer.status === "PUBLISHED" && !publishable ? "CLOSED" : built.offer.status },
        categories: built.categories,
        languages: built.languages,
        text,
        hostId,
      });
    });
  }
  return planned;
}

import "server-only";
import {
  capFactor,
  datesFactor,
  eligibilityFactor,
  fieldFactor,
  formatIsoDate,
  graduationFactor,
  languageFactor,
  matchScore,
  skillsFactor,
  type CalendarDate,
  type FactorOutcome,
  type MatchOffer,
  type MatchParticipant,
} from "@/lib/domain";
import { topK } from "@/lib/domain/top-k";
import type { PrismaClient } from "../../db";
import { calendarDateOf, MATCH_OFFER_SELECT, toMatchOffer } from "../matching";
import type { OfferIndex } from "./offer-index";

// Sort by match over EVERY candidate (docs/decisions/0006-search-index-in-process.md). Scoring
// 100k offers with lib/domain/matching one by one is far too slow for a search, but each factor
// reads only a few of the offer's fields, and many offers share them (one country and host type,
// one duration, one set of languages…). So each offer gets, per factor, the id of its distinct
// input ("key"), and the factor runs once per key and participant: the very same domain
// function, so the fits — and matchScore over them — are exactly matchOffer's.

type Factor = (participant: MatchParticipant, offer: MatchOffer, today: CalendarDate) => FactorOutcome;

const day = (d: CalendarDate) => formatIsoDate(d);

/** The factors, each with the fields it reads (its key). Order: the arguments of matchScore, then eligibility. */
const FACTORS: { run: Factor; key: (o: MatchOffer) => string }[] = [
  { run: skillsFactor, key: (o) => `${o.requiredSkills.join("\n")}\u0001${o.title}\u0001${o.tasks}` },
  { run: languageFactor, key: (o) => o.languages.map((l) => `${l.language}:${l.level}`).join(",") },
  { run: fieldFactor, key: (o) => o.categories.join(",") },
  { run: (_, o, today) => datesFactor(o, today), key: (o) => `${day(o.earliestStart)}|${day(o.latestEnd)}|${day(o.applicationDeadline)}|${o.durationMinMonths}|${o.durationMaxMonths}` },
  { run: graduationFactor, key: (o) => `${day(o.earliestStart)}|${o.durationMinMonths}|${o.durationMaxMonths}` },
  { run: capFactor, key: (o) => `${o.durationMinMonths}|${o.durationMaxMonths}` },
  { run: eligibilityFactor, key: (o) => `${o.country}|${o.hostType}` },
];
const F = FACTORS.length;

/** Per factor: key → id, and one offer having that key (the factor's input). */
class Keys {
  private readonly ids = FACTORS.map(() => new Map<string, number>());
  readonly offers: MatchOffer[][] = FACTORS.map(() => []);
  of(offer: MatchOffer): Int32Array {
    const out = new Int32Array(F);
    FACTORS.forEach((factor, f) => {
      const key = factor.key(offer);
      let id = this.ids[f]!.get(key);
      if (id === undefined) {
        id = this.offers[f]!.length;
        this.offers[f]!.push(offer);
        this.ids[f]!.set(key, id);
      }
      out[f] = id;
    });
    return out;
  }
}

/** One participant's fits per factor key, on one day (NaN = not computed yet; fit −1 marks a block). */
class Memo {
  readonly fits = FACTORS.map(() => [] as number[]);
  readonly blocks = FACTORS.map(() => [] as boolean[]);
  constructor(
    readonly participant: MatchParticipant,
    readonly today: CalendarDate,
  ) {}
}

const MEMOS = 16;

export class MatchRanking {
  private keys = new Keys();
  /** Per index slot: the offer id it was computed for and its factor keys. */
  private entries: ({ id: string; keys: Int32Array } | undefined)[] = [];
  private memos = new Map<string, Memo>();

  constructor(
    private readonly index: OfferIndex,
    private readonly db: PrismaClient,
  ) {
    index.onChange = (ids) => {
      if (ids === "*" || ids.length > 1000) {
        this.keys = new Keys();
        this.entries = [];
      } else {
        for (const id of ids) {
          const slot = index.slotOf(id);
          if (slot !== undefined) this.entries[slot] = undefined;
        }
      }
      // Keys changed meaning (or an offer's inputs did): every memo starts over.
      this.memos.clear();
    };
  }

  private async ensureEntries(slots: Int32Array) {
    const missing: string[] = [];
    for (const s of slots) if (this.entries[s]?.id !== this.index.idOf(s)) missing.push(this.index.idOf(s));
    for (let i = 0; i < missing.length; i += 5000) {
      const rows = await this.db.offer.findMany({ where: { id: { in: missing.slice(i, i + 5000) } }, select: MATCH_OFFER_SELECT });
      for (const row of rows) {
        const slot = this.index.slotOf(row.id);
        if (slot !== undefined) this.entries[slot] = { id: row.id, keys: this.keys.of(toMatchOffer(row)) };
      }
    }
  }

  private memoFor(participant: MatchParticipant, today: CalendarDate): Memo {
    const key = `${JSON.stringify(participant)}|${day(today)}`;
    let memo = this.memos.get(key);
    if (memo) this.memos.delete(key);
    else memo = new Memo(participant, today);
    this.memos.set(key, memo); // most recently used last
    if (this.memos.size > MEMOS) this.memos.delete(this.memos.keys().next().value!);
    return memo;
  }

  /**
   * The ids of one page of `slots` by match, best first: eligible before ineligible, then higher
   * score, earlier deadline, id (as rankOffers in ../matching.ts). Every slot is scored.
   */
  async page(participant: MatchParticipant, today: Date, slots: Int32Array, offset: number, limit: number): Promise<string[]> {
    await this.ensureEntries(slots);
    const memo = this.memoFor(participant, calendarDateOf(today));
    const fit = (f: number, keyId: number): number => {
      let value = memo.fits[f]![keyId];
      if (value === undefined) {
        const outcome = FACTORS[f]!.run(participant, this.keys.offers[f]![keyId]!, memo.today);
        value = outcome.fit;
        memo.fits[f]![keyId] = value;
        memo.blocks[f]![keyId] = outcome.blocks;
      }
      return value;
    };
    const n = slots.length;
    const score = new Int16Array(n);
    const eligible = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = this.entries[slots[i]!]!.keys;
      score[i] = matchScore(fit(0, k[0]!), fit(1, k[1]!), fit(2, k[2]!), fit(3, k[3]!), fit(4, k[4]!), fit(5, k[5]!));
      fit(6, k[6]!);
      let ok = 1;
      for (let f = 0; f < F; f++) if (memo.blocks[f]![k[f]!]) ok = 0;
      eligible[i] = ok;
    }
    const index = this.index;
    const positions = Array.from({ length: n }, (_, i) => i);
    const compare = (a: number, b: number) => {
      if (eligible[a] !== eligible[b]) return eligible[b]! - eligible[a]!;
      const sa = slots[a]!;
      const sb = slots[b]!;
      if (score[a] !== score[b]) return score[b]! - score[a]!;
      const d = index.deadlineOf(sa) - index.deadlineOf(sb);
      if (d) return d;
      const ia = index.idOf(sa);
      const ib = index.idOf(sb);
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    };
    return topK(positions, offset + limit, compare)
      .slice(offset)
      .map((i) => index.idOf(slots[i]!));
  }
}

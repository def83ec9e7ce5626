import "server-only";
import { calendarDateOf } from "@/lib/domain/dates";
import { Prisma } from "@/generated/prisma/client";
import {
  capFactor,
  datesFactor,
  eligibilityFactor,
  fieldFactor,
  formatIsoDate,
  graduationFactor,
  languageFactor,
  matchScore,
  skillsFitOfWords,
  skillWords,
  type CalendarDate,
  type FactorOutcome,
  type MatchOffer,
  type MatchParticipant,
} from "@/lib/domain";
import { topK } from "@/lib/domain/top-k";
import type { PrismaClient } from "../../db";
import { toMatchOffer, type MatchOfferRow } from "../matching";
import type { OfferIndex } from "./offer-index";

// Sort by match over EVERY candidate (docs/decisions/0006-search-index-in-process.md). Scoring
// 100k offers with lib/domain/matching one by one is far too slow for a search, but each factor
// reads only a few of the offer's fields, and many offers share them (one country and host type,
// one duration, one set of languages…). So each offer gets, per factor, the id of its distinct
// input ("key"), and the factor runs once per key and participant: the very same domain
// functions, so the fits — and matchScore over them — are exactly matchOffer's. The skills,
// nearly one key per offer, compare word numbers prepared once per offer (skillsMeet/skillsFit,
// the functions skillsFactor itself uses).

type Factor = (participant: MatchParticipant, offer: MatchOffer, today: CalendarDate) => FactorOutcome;

const day = (d: CalendarDate) => formatIsoDate(d);
/** The range as the factors read it: in days when the offer gives days (lib/domain/offer-terms.ts). */
const durationKey = (o: MatchOffer) => `${o.durationMinMonths}|${o.durationMaxMonths}|${o.durationMinDays ?? ""}|${o.durationMaxDays ?? ""}`;

/** Factors 1–6 with the fields each reads (its key); 0 is the skills (below). Order: matchScore's arguments, then eligibility. */
const FACTORS: { run: Factor; key: (o: MatchOffer) => string }[] = [
  { run: () => ({ reasons: [], fit: 0, blocks: false }), key: (o) => `${o.requiredSkills.join("\n")}\u0001${o.title}\u0001${o.tasks}` },
  { run: languageFactor, key: (o) => o.languages.map((l) => `${l.language}:${l.level}`).join(",") },
  { run: fieldFactor, key: (o) => o.categories.join(",") },
  { run: (_, o, today) => datesFactor(o, today), key: (o) => `${day(o.earliestStart)}|${day(o.latestEnd)}|${day(o.applicationDeadline)}|${durationKey(o)}` },
  { run: graduationFactor, key: (o) => `${day(o.earliestStart)}|${durationKey(o)}` },
  { run: capFactor, key: (o) => `${o.durationMinMonths}|${o.durationMaxMonths}` },
  {
    run: eligibilityFactor,
    key: (o) => `${o.country}|${o.hostType}|${Number(o.forStudents)}${Number(o.forStaff)}${Number(o.forVetLearners)}|${durationKey(o)}`,
  },
];
const F = FACTORS.length;
const SKILLS = 0;
/** The dates factor reads no participant: its fits are shared by every participant's memo of the day. */
const DATES = 3;

/** Words as numbers, so an offer's words cost 4 bytes each and compare as integers. */
class Words {
  private readonly ids = new Map<string, number>();
  of(text: string): Int32Array {
    return Int32Array.from(skillWords(text), (w) => {
      let id = this.ids.get(w);
      if (id === undefined) this.ids.set(w, (id = this.ids.size));
      return id;
    });
  }
}

/** Per factor: key → id, one offer having that key (the factor's input), and for the skills their words. */
class Keys {
  private readonly ids = FACTORS.map(() => new Map<string, number>());
  readonly offers: MatchOffer[][] = FACTORS.map(() => []);
  readonly words = new Words();
  readonly skills: { required: Int32Array[]; text: Int32Array }[] = [];
  of(offer: MatchOffer, out: Int32Array, at: number) {
    for (let f = 0; f < F; f++) {
      const key = FACTORS[f]!.key(offer);
      let id = this.ids[f]!.get(key);
      if (id === undefined) {
        id = this.offers[f]!.length;
        this.ids[f]!.set(key, id);
        // The skills keep only their words; the other factors run on the offer itself.
        this.offers[f]!.push(f === SKILLS ? (undefined as unknown as MatchOffer) : offer);
        if (f === SKILLS)
          this.skills.push({ required: offer.requiredSkills.map((r) => this.words.of(r)), text: this.words.of(`${offer.title}\n${offer.tasks}`) });
      }
      out[at + f] = id;
    }
  }
}

/** One participant's fits per factor key, on one day (NaN = not computed yet). */
class Memo {
  fits = FACTORS.map(() => new Float64Array(0));
  blocks = FACTORS.map(() => new Uint8Array(0));
  /** Per index slot, the offer's rank bucket (see page); 255 = not computed. Valid until the index changes (memos are dropped then). */
  bucket = new Uint8Array(0);
  constructor(
    readonly participant: MatchParticipant,
    readonly today: CalendarDate,
    readonly skillWords: Int32Array[],
  ) {}
}

const MEMOS = 16;
/** More changed offers than this reload every offer's inputs at once. */
const RELOAD_ALL = 1000;

type RawOffer = Omit<MatchOfferRow, "host" | "categories" | "languages" | "earliestStart" | "latestEnd" | "applicationDeadline"> & {
  hostType: MatchOfferRow["host"]["type"];
  earliestStart: Date | string;
  latestEnd: Date | string;
  applicationDeadline: Date | string;
};

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

export class MatchRanking {
  private keys = new Keys();
  /** Per index slot: the offer it was computed for, and its F factor keys at slot × F. */
  private entryId: (string | undefined)[] = [];
  private entryKeys = new Int32Array(0);
  private memos = new Map<string, Memo>();
  private dayMemo: Memo | null = null;

  constructor(
    private readonly index: OfferIndex,
    private readonly db: PrismaClient,
  ) {
    index.onChange = (ids) => {
      if (ids === "*") {
        this.keys = new Keys();
        this.entryId = [];
      } else {
        for (const id of ids) {
          const slot = index.slotOf(id);
          if (slot !== undefined) this.entryId[slot] = undefined;
        }
      }
      // An offer's inputs changed (or every key did): memos start over.
      this.memos.clear();
      this.dayMemo = null;
    };
  }

  /** Every input matching reads, for the offers given (all published ones when null), in a few plain queries. */
  private async loadOffers(ids: string[] | null): Promise<MatchOffer[]> {
    const where = ids ? Prisma.sql`o."id" IN (${Prisma.join(ids)})` : Prisma.sql`o."status" = 'PUBLISHED'`;
    const [offers, categories, languages] = await Promise.all([
      this.db.$queryRaw<RawOffer[]>`SELECT o."id", o."title", o."tasks", o."requiredSkills", o."country", o."durationMinMonths", o."durationMaxMonths",
          o."durationMinDays", o."durationMaxDays", o."forStudents", o."forStaff", o."forVetLearners", o."earliestStart", o."latestEnd", o."applicationDeadline", h."type" AS "hostType"
        FROM "Offer" o JOIN "HostOrganisation" h ON h."id" = o."hostId" WHERE ${where}`,
      this.db.$queryRaw<
        { offerId: string; category: string }[]
      >`SELECT c."offerId", c."category" FROM "OfferCategory" c JOIN "Offer" o ON o."id" = c."offerId" WHERE ${where}`,
      this.db.$queryRaw<{ offerId: string; language: string; level: MatchOfferRow["languages"][number]["level"] }[]>`
        SELECT l."offerId", l."language", l."level" FROM "OfferLanguage" l JOIN "Offer" o ON o."id" = l."offerId" WHERE ${where}`,
    ]);
    const byOffer = <T extends { offerId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.offerId, [...(map.get(row.offerId) ?? []), row]);
      return map;
    };
    const cats = byOffer(categories);
    const langs = byOffer(languages);
    // The orders of MATCH_OFFER_SELECT (category, language ascending), as the page's own match sees them.
    const asc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return offers.map((o) =>
      toMatchOffer({
        ...o,
        earliestStart: asDate(o.earliestStart),
        latestEnd: asDate(o.latestEnd),
        applicationDeadline: asDate(o.applicationDeadline),
        host: { type: o.hostType },
        categories: (cats.get(o.id) ?? []).map(({ category }) => ({ category })).sort((a, b) => asc(a.category, b.category)),
        languages: (langs.get(o.id) ?? []).map(({ language, level }) => ({ language, level })).sort((a, b) => asc(a.language, b.language)),
      }),
    );
  }

  private async ensureEntries(slots: Int32Array) {
    const missing: string[] = [];
    for (const s of slots) if (this.entryId[s] !== this.index.idOf(s)) missing.push(this.index.idOf(s));
    if (!missing.length) return;
    const offers: MatchOffer[] = [];
    if (missing.length > RELOAD_ALL) offers.push(...(await this.loadOffers(null)));
    else for (let i = 0; i < missing.length; i += 500) offers.push(...(await this.loadOffers(missing.slice(i, i + 500))));
    for (const offer of offers) {
      const slot = this.index.slotOf(offer.id);
      if (slot === undefined) continue;
      if ((slot + 1) * F > this.entryKeys.length) {
        const grown = new Int32Array(Math.max((slot + 1) * F, this.entryKeys.length * 2));
        grown.set(this.entryKeys);
        this.entryKeys = grown;
      }
      this.keys.of(offer, this.entryKeys, slot * F);
      this.entryId[slot] = offer.id;
    }
  }

  private memoFor(participant: MatchParticipant, today: CalendarDate): Memo {
    const key = `${JSON.stringify(participant)}|${day(today)}`;
    let memo = this.memos.get(key);
    if (memo) this.memos.delete(key);
    else
      memo = new Memo(
        participant,
        today,
        participant.skills.map((s) => this.keys.words.of(s)),
      );
    this.memos.set(key, memo); // most recently used last
    if (this.memos.size > MEMOS) this.memos.delete(this.memos.keys().next().value!);
    return memo;
  }

  /** Room in the memo for every key and slot known now (keys are added as offers load). */
  private fitMemo(memo: Memo) {
    const slots = this.entryId.length;
    if (memo.bucket.length < slots) {
      const bucket = new Uint8Array(Math.max(slots, memo.bucket.length * 2)).fill(255);
      bucket.set(memo.bucket);
      memo.bucket = bucket;
    }
    for (let f = 0; f < F; f++) {
      const size = this.keys.offers[f]!.length;
      if (memo.fits[f]!.length >= size) continue;
      const fits = new Float64Array(Math.max(size, memo.fits[f]!.length * 2)).fill(Number.NaN);
      fits.set(memo.fits[f]!);
      const blocks = new Uint8Array(fits.length);
      blocks.set(memo.blocks[f]!);
      memo.fits[f] = fits;
      memo.blocks[f] = blocks;
    }
  }

  private fit(participantMemo: Memo, f: number, keyId: number): number {
    const memo = f === DATES ? this.dayMemo! : participantMemo;
    const known = memo.fits[f]![keyId]!;
    if (known === known) return known; // not NaN
    let fit: number;
    let blocks = false;
    if (f === SKILLS) {
      const { required, text } = this.keys.skills[keyId]!;
      fit = skillsFitOfWords(memo.skillWords, required, text);
    } else {
      const outcome = FACTORS[f]!.run(memo.participant, this.keys.offers[f]![keyId]!, memo.today);
      fit = outcome.fit;
      blocks = outcome.blocks;
    }
    memo.fits[f]![keyId] = fit;
    memo.blocks[f]![keyId] = blocks ? 1 : 0;
    return fit;
  }

  /**
   * The ids of one page of `slots` by match, best first: eligible before ineligible, then higher
   * score, earlier deadline, id (as rankOffers in ../matching.ts). Every slot is scored.
   */
  async page(participant: MatchParticipant, today: Date, slots: Int32Array, offset: number, limit: number): Promise<string[]> {
    await this.ensureEntries(slots);
    const memo = this.memoFor(participant, calendarDateOf(today));
    if (!this.dayMemo || day(this.dayMemo.today) !== day(memo.today)) this.dayMemo = new Memo(participant, memo.today, []);
    this.fitMemo(memo);
    const dayMemo = this.dayMemo!;
    this.fitMemo(dayMemo);
    const n = slots.length;
    // One number per candidate: 0 = eligible with 100 points … 201 = ineligible with 0.
    const bucket = new Uint8Array(n);
    const perBucket = new Int32Array(202);
    const keys = this.entryKeys;
    const known = memo.bucket;
    for (let i = 0; i < n; i++) {
      const slot = slots[i]!;
      let b = known[slot]!;
      if (b === 255) {
        const at = slot * F;
        const score = matchScore(
          this.fit(memo, 0, keys[at]!),
          this.fit(memo, 1, keys[at + 1]!),
          this.fit(memo, 2, keys[at + 2]!),
          this.fit(memo, 3, keys[at + 3]!),
          this.fit(memo, 4, keys[at + 4]!),
          this.fit(memo, 5, keys[at + 5]!),
        );
        this.fit(memo, 6, keys[at + 6]!);
        let eligible = true;
        for (let f = 0; f < F; f++) if ((f === DATES ? dayMemo : memo).blocks[f]![keys[at + f]!]) eligible = false;
        b = (eligible ? 0 : 101) + 100 - score;
        known[slot] = b;
      }
      bucket[i] = b;
      perBucket[b] = perBucket[b]! + 1;
    }
    // Only the buckets that can reach the page are ordered further.
    const k = offset + limit;
    let last = 0;
    for (let seen = 0; last < 202; last++) if ((seen += perBucket[last]!) >= k) break;
    const kept: number[] = [];
    for (let i = 0; i < n; i++) if (bucket[i]! <= last) kept.push(i);
    const index = this.index;
    const compare = (a: number, b: number) => {
      if (bucket[a] !== bucket[b]) return bucket[a]! - bucket[b]!;
      const sa = slots[a]!;
      const sb = slots[b]!;
      const d = index.deadlineOf(sa) - index.deadlineOf(sb);
      if (d) return d;
      const ia = index.idOf(sa);
      const ib = index.idOf(sb);
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    };
    return topK(kept, k, compare)
      .slice(offset)
      .map((i) => index.idOf(slots[i]!));
  }
}

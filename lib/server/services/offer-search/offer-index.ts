import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { topK } from "@/lib/domain/top-k";
import { DURATION_BUCKETS, PAID_VALUES, REMOTE_VALUES, type FacetKey, type OfferSearchParams } from "@/lib/validation/offer-search";
import { AUDIENCE_BIT, OFFER_AUDIENCES } from "@/lib/domain/offer-terms";
import type { PrismaClient } from "../../db";
import { dialect } from "./dialect";
import type { EffectiveSort } from "./sql";

// The offer search's per-process index (docs/decisions/0006-search-index-in-process.md): the
// facet columns of every published offer in typed arrays, one slot per offer, so that filters,
// every facet count and the page's order are one pass over the candidates in memory. The
// full-text index (FTS5 / tsvector) only says which offers match the words (and how well).
// It is kept fresh by the change feed "OfferSearchChange" (migrations *_offer_search_changes):
// every search first compares the feed's last sequence number with the last one applied here,
// and reloads only the offers that changed since (all of them when the feed has moved on too far).

/** What one slot holds (and what loading an offer's row reads). */
type LoadedRow = {
  key: number | bigint | string;
  offerId: string;
  applicationDeadline: Date | string | number;
  publishedAt: Date | string | number | null;
  country: string;
  workMode: string;
  durationMinMonths: number;
  durationMaxMonths: number;
  stipendCents: number | bigint;
  startMonth: string;
  categories: string;
  languages: string;
  /** Who the offer is for, as bits (lib/domain/offer-terms.ts AUDIENCE_BIT). */
  audience: number | bigint;
};

const ms = (value: Date | string | number | null): number =>
  value === null ? Number.NaN : value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);

/** Strings ↔ small integers (countries, months, work modes), or ↔ bits (categories, languages: at most 32). */
class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly max = 65535) {}
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.values.length >= this.max) throw new Error(`offer index: more than ${this.max} distinct values`);
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  /** The id, or -1 when no offer has the value (a filter on it then matches nothing). */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }
  mask(list: string): number {
    let mask = 0;
    for (const value of list.split(" ")) if (value) mask |= 1 << this.id(value);
    return mask >>> 0;
  }
}

const REMOTE_KEYS = Object.keys(REMOTE_VALUES) as (keyof typeof REMOTE_VALUES)[];
const DURATION_KEYS = Object.keys(DURATION_BUCKETS) as (keyof typeof DURATION_BUCKETS)[];
// Bits of the filters a candidate fails (query): country 1, category 2, language 4, remote 8, duration 16, start 32, paid 64, for 128.

/** The words' matches: slots, and the rank of each (smaller = more relevant) when asked for. */
export interface TextHits {
  slots: Int32Array;
  ranks: Float64Array | null;
}

export interface IndexQuery {
  params: OfferSearchParams;
  /** Calendar date (00:00 UTC) as epoch ms: offers whose deadline is before it are not listed. */
  today: number;
  publishedAfter?: number;
  /** null: no words, every published offer is a candidate. */
  hits: TextHits | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface IndexResult {
  total: number;
  /** The slots passing every filter (the first `total` entries). */
  passing: Int32Array;
  facets: Record<FacetKey, FacetCount[]>;
  /** Rank by slot, for sort=relevance (valid for the passing slots). */
  rankOf: Float64Array | null;
}

/** Most first, then by value (the order the SQL implementation gave). */
const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);

const inc = (counts: Float64Array, i: number) => {
  counts[i] = counts[i]! + 1;
};

const CHANGE_BATCH = 2000;
/** The cached matches of all queries together, in slots (12 bytes each with the rank): about 24 MB. */
const HIT_CACHE_SLOTS = 2_000_000;

export class OfferIndex {
  private size = 0; // slots in use (live or free)
  private capacity = 0;
  private alive = new Uint8Array(0);
  private deadline = new Float64Array(0);
  private published = new Float64Array(0);
  private country = new Uint16Array(0);
  private start = new Uint16Array(0);
  private workMode = new Uint8Array(0);
  private durMin = new Uint8Array(0);
  private durMax = new Uint8Array(0);
  private stipend = new Float64Array(0);
  private cats = new Uint32Array(0);
  private langs = new Uint32Array(0);
  private audience = new Uint8Array(0);
  private ids: string[] = [];
  private keys: (number | string)[] = [];
  private readonly free: number[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly slotByKey = new Map<number | string, number>();
  private readonly countries = new Dictionary();
  private readonly months = new Dictionary();
  private readonly modes = new Dictionary(255);
  private readonly categories = new Dictionary(32);
  private readonly languages = new Dictionary(32);
  /** Last change of the feed applied; -1 = never loaded. */
  private seq = -1;
  /** Bumped on every change applied: anything derived from the contents (caches) keys on it. */
  version = 0;
  /** The catch-up under way, shared by every search that found the index behind the feed. */
  private catching: Promise<void> | null = null;
  private readonly hitCache = new Map<string, TextHits>();
  private hitCacheVersion = -1;
  private hitCacheSlots = 0;
  /** Called with the offer ids whose slot changed (e.g. to drop derived data); "*" = all. */
  onChange: ((ids: readonly string[] | "*") => void) | null = null;
  /** Timing of the last full load, for the benchmark and the decision record. */
  lastLoad = { ms: 0, offers: 0 };

  constructor(private readonly db: PrismaClient) {}

  get loaded(): boolean {
    return this.seq >= 0;
  }

  /** Offer id of a slot. */
  idOf(slot: number): string {
    return this.ids[slot]!;
  }
  deadlineOf(slot: number): number {
    return this.deadline[slot]!;
  }
  slotOf(offerId: string): number | undefined {
    return this.slotById.get(offerId);
  }
  get liveCount(): number {
    return this.slotById.size;
  }

  /** Brings the index up to the change feed (one indexed MAX() when nothing changed). */
  async refresh(): Promise<void> {
    // Each search reads the feed's position itself, after it was called: a write that committed
    // before the search is seen (read-your-writes). Searches never queue behind each other's reads;
    // only one that finds the index behind waits, for the one shared catch-up.
    const top = await this.feedTop();
    if (this.loaded && top === this.seq) return;
    if (this.catching) await this.catching;
    if (this.loaded && this.seq === top) return;
    this.catching ??= this.catchUp().finally(() => (this.catching = null));
    await this.catching;
  }

  private async feedTop(): Promise<number> {
    const [row] = await this.db.$queryRaw<{ top: number | bigint | null }[]>`SELECT MAX("seq") AS "top" FROM "OfferSearchChange"`;
    return Number(row?.top ?? 0);
  }

  private async catchUp(): Promise<void> {
    const last = await this.feedTop();
    if (last === this.seq) return;
    // A feed behind us (database recreated or restored): start over.
    if (!this.loaded || last < this.seq) return this.loadAll(last);
    const changes = await this.db.$queryRaw<{ seq: number | bigint; offerId: string }[]>`
      SELECT "seq", "offerId" FROM "OfferSearchChange" WHERE "seq" > ${this.seq} ORDER BY "seq" LIMIT ${CHANGE_BATCH + 1}`;
    // A gap after our last change means pruned entries we never saw; many changes reload faster whole.
    if (changes.length === 0 || Number(changes[0]!.seq) !== this.seq + 1 || changes.length > CHANGE_BATCH || changes.some((c) => c.offerId === "*")) {
      return this.loadAll(last);
    }
    const ids = [...new Set(changes.map((c) => c.offerId))];
    const rows: LoadedRow[] = [];
    for (let i = 0; i < ids.length; i += 500) rows.push(...(await this.selectRows(Prisma.sql`r."offerId" IN (${Prisma.join(ids.slice(i, i + 500))})`)));
    for (const id of ids) this.remove(id);
    for (const row of rows) this.put(row);
    this.seq = Number(changes[changes.length - 1]!.seq);
    this.version++;
    this.onChange?.(ids);
  }

  private selectRows(where: Prisma.Sql): Promise<LoadedRow[]> {
    return this.db.$queryRaw<LoadedRow[]>`
      SELECT ${dialect.rowKey} AS "key", r."offerId", r."applicationDeadline", r."publishedAt", r."country", r."workMode",
        r."durationMinMonths", r."durationMaxMonths", r."stipendCents", r."startMonth", r."categories", r."languages", r."audience"
      FROM "OfferSearchRow" r WHERE r."status" = 'PUBLISHED' AND ${where}`;
  }

  private async loadAll(last: number): Promise<void> {
    const started = performance.now();
    // The feed position is read before the rows: a change committed in between is applied again next time.
    const rows = await this.selectRows(Prisma.sql`1 = 1`);
    this.size = 0;
    this.free.length = 0;
    this.slotById.clear();
    this.slotByKey.clear();
    this.ids = [];
    this.keys = [];
    this.grow(rows.length);
    this.alive.fill(0);
    for (const row of rows) this.put(row);
    this.seq = last;
    this.version++;
    this.lastLoad = { ms: performance.now() - started, offers: rows.length };
    this.onChange?.("*");
  }

  private grow(min: number) {
    if (min <= this.capacity) return;
    const capacity = Math.max(min, Math.ceil(this.capacity * 1.5), 1024);
    const resize = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.alive = resize(this.alive, (n) => new Uint8Array(n));
    this.deadline = resize(this.deadline, (n) => new Float64Array(n));
    this.published = resize(this.published, (n) => new Float64Array(n));
    this.country = resize(this.country, (n) => new Uint16Array(n));
    this.start = resize(this.start, (n) => new Uint16Array(n));
    this.workMode = resize(this.workMode, (n) => new Uint8Array(n));
    this.durMin = resize(this.durMin, (n) => new Uint8Array(n));
    this.durMax = resize(this.durMax, (n) => new Uint8Array(n));
    this.stipend = resize(this.stipend, (n) => new Float64Array(n));
    this.cats = resize(this.cats, (n) => new Uint32Array(n));
    this.langs = resize(this.langs, (n) => new Uint32Array(n));
    this.audience = resize(this.audience, (n) => new Uint8Array(n));
    this.capacity = capacity;
  }

  private put(row: LoadedRow) {
    const slot = this.free.pop() ?? this.size++;
    this.grow(this.size);
    this.alive[slot] = 1;
    this.deadline[slot] = ms(row.applicationDeadline);
    this.published[slot] = ms(row.publishedAt);
    this.country[slot] = this.countries.id(row.country);
    this.start[slot] = this.months.id(row.startMonth);
    this.workMode[slot] = this.modes.id(row.workMode);
    this.durMin[slot] = row.durationMinMonths;
    this.durMax[slot] = row.durationMaxMonths;
    this.stipend[slot] = Number(row.stipendCents);
    this.cats[slot] = this.categories.mask(row.categories);
    this.langs[slot] = this.languages.mask(row.languages);
    this.audience[slot] = Number(row.audience);
    this.ids[slot] = row.offerId;
    this.slotById.set(row.offerId, slot);
    const key = typeof row.key === "bigint" ? Number(row.key) : row.key;
    this.keys[slot] = key;
    this.slotByKey.set(key, slot);
  }

  private remove(offerId: string) {
    const slot = this.slotById.get(offerId);
    if (slot === undefined) return;
    this.alive[slot] = 0;
    this.slotById.delete(offerId);
    this.slotByKey.delete(this.keys[slot]!);
    this.free.push(slot);
  }

  /**
   * The offers matching the words, as slots (offers not in the index — unpublished — left out),
   * with their rank when asked. Cached per query until the index changes: the ranks depend on
   * the whole collection (bm25 / ts_rank statistics), so any change drops them all.
   */
  async textHits(terms: readonly string[], withRank: boolean): Promise<TextHits> {
    if (this.hitCacheVersion !== this.version) {
      this.hitCache.clear();
      this.hitCacheSlots = 0;
      this.hitCacheVersion = this.version;
    }
    const cacheKey = `${withRank ? "r" : "-"}${terms.join(" ")}`;
    const cached = this.hitCache.get(cacheKey);
    if (cached) {
      this.hitCache.delete(cacheKey); // most recently used last
      this.hitCache.set(cacheKey, cached);
      return cached;
    }
    const version = this.version;
    const [row] = await this.db.$queryRaw<{ hits: string | null }[]>(dialect.hits(terms, withRank));
    const parts = row?.hits ? row.hits.split(",") : [];
    const slots = new Int32Array(parts.length);
    const ranks = withRank ? new Float64Array(parts.length) : null;
    const numericKeys = typeof this.slotByKey.keys().next().value === "number";
    let n = 0;
    for (const part of parts) {
      const colon = withRank ? part.lastIndexOf(":") : -1;
      const raw = colon >= 0 ? part.slice(0, colon) : part;
      const slot = this.slotByKey.get(numericKeys ? Number(raw) : raw);
      if (slot === undefined) continue;
      slots[n] = slot;
      if (ranks) ranks[n] = Number(part.slice(colon + 1));
      n++;
    }
    const hits = { slots: slots.subarray(0, n), ranks: ranks ? ranks.subarray(0, n) : null };
    // The index changed while the full-text index answered: use the answer, but do not keep it.
    if (version !== this.version || this.hitCacheVersion !== version) return hits;
    this.hitCache.set(cacheKey, hits);
    this.hitCacheSlots += n;
    // Least recently used out first, until the budget holds (the newest entry always stays).
    for (const [key, old] of this.hitCache) {
      if (this.hitCacheSlots <= HIT_CACHE_SLOTS || old === hits) break;
      this.hitCache.delete(key);
      this.hitCacheSlots -= old.slots.length;
    }
    return hits;
  }

  /**
   * Filters and every facet count in one pass over the candidates. A candidate failing no
   * filter counts in every facet and is a result; failing exactly one, it counts only in that
   * filter's facet (each facet's counts leave its own filter out); failing more, nowhere.
   */
  query(q: IndexQuery): IndexResult {
    const p = q.params;
    const want = {
      country: p.country ? this.countries.find(p.country) : -2,
      category: p.category ? this.categories.find(p.category) : -2,
      language: p.language ? this.languages.find(p.language) : -2,
      mode: p.remote ? this.modes.find(REMOTE_VALUES[p.remote]) : -2,
      start: p.start ? this.months.find(p.start) : -2,
    };
    const duration = p.duration ? DURATION_BUCKETS[p.duration] : null;
    const paid = p.paid ?? null;
    const countryN = new Float64Array(this.countries.values.length);
    const startN = new Float64Array(this.months.values.length);
    const catN = new Float64Array(32);
    const langN = new Float64Array(32);
    const modeN = new Float64Array(this.modes.values.length);
    const durN = new Float64Array(DURATION_KEYS.length);
    const paidN = new Float64Array(2);
    const forN = new Float64Array(OFFER_AUDIENCES.length);
    const forBits = OFFER_AUDIENCES.map((a) => AUDIENCE_BIT[a]);
    const wantFor = p.for ? AUDIENCE_BIT[p.for] : 0;
    const hits = q.hits;
    const n = hits ? hits.slots.length : this.size;
    const passing = new Int32Array(n);
    const rankOf = hits?.ranks ? new Float64Array(this.size) : null;
    let total = 0;
    const { today } = q;
    const after = q.publishedAfter ?? Number.NaN;
    const hasAfter = q.publishedAfter !== undefined;
    // Locals, not this.*, in the loop that runs over every candidate.
    const { alive, deadline, published, country, start, workMode, durMin, durMax, stipend, cats, langs, audience } = this;
    const slotsOfHits = hits ? hits.slots : null;
    const ranksOfHits = hits?.ranks ?? null;
    const wantCountry = want.country;
    const wantCategory = want.category;
    const wantLanguage = want.language;
    const wantMode = want.mode;
    const wantStart = want.start;
    const categoryBit = wantCategory >= 0 ? 1 << wantCategory : 0;
    const languageBit = wantLanguage >= 0 ? 1 << wantLanguage : 0;
    const durLo = duration ? duration[0] : 0;
    const durHi = duration ? duration[1] : 0;
    const wantPaid = paid === null ? -1 : paid === "yes" ? 1 : 0;
    const buckets = DURATION_KEYS.map((key) => DURATION_BUCKETS[key]);
    for (let i = 0; i < n; i++) {
      const s = slotsOfHits ? slotsOfHits[i]! : i;
      if (!alive[s] || deadline[s]! < today || (hasAfter && !(published[s]! > after))) continue;
      let fails = 0;
      if (wantCountry !== -2 && country[s] !== wantCountry) fails |= 1;
      if (wantCategory !== -2 && !(cats[s]! & categoryBit)) fails |= 2;
      if (wantLanguage !== -2 && !(langs[s]! & languageBit)) fails |= 4;
      if (wantMode !== -2 && workMode[s] !== wantMode) fails |= 8;
      if (duration && !(durMin[s]! <= durHi && durMax[s]! >= durLo)) fails |= 16;
      if (wantStart !== -2 && start[s] !== wantStart) fails |= 32;
      if (wantPaid >= 0 && (wantPaid === 1) !== stipend[s]! > 0) fails |= 64;
      if (wantFor && !(audience[s]! & wantFor)) fails |= 128;
      if (fails & (fails - 1)) continue; // two or more filters fail
      if (fails === 0) {
        passing[total++] = s;
        if (rankOf) rankOf[s] = ranksOfHits![i]!;
      }
      if (!fails || fails === 1) inc(countryN, country[s]!);
      if (!fails || fails === 32) inc(startN, start[s]!);
      if (!fails || fails === 8) inc(modeN, workMode[s]!);
      if (!fails || fails === 64) inc(paidN, stipend[s]! > 0 ? 0 : 1);
      if (!fails || fails === 128) for (let b = 0; b < forBits.length; b++) if (audience[s]! & forBits[b]!) inc(forN, b);
      if (!fails || fails === 16) {
        for (let b = 0; b < buckets.length; b++) if (durMin[s]! <= buckets[b]![1] && durMax[s]! >= buckets[b]![0]) inc(durN, b);
      }
      if (!fails || fails === 2) for (let m = cats[s]!; m; m &= m - 1) inc(catN, 31 - Math.clz32(m & -m));
      if (!fails || fails === 4) for (let m = langs[s]!; m; m &= m - 1) inc(langN, 31 - Math.clz32(m & -m));
    }
    const listed = (dict: Dictionary, counts: Float64Array) =>
      dict.values
        .map((value, i) => ({ value, count: counts[i]! }))
        .filter((c) => c.count > 0)
        .sort(byCount);
    const modeCount = (mode: string) => {
      const id = this.modes.find(mode);
      return id < 0 ? 0 : modeN[id]!;
    };
    return {
      total,
      passing: passing.subarray(0, total),
      rankOf,
      facets: {
        country: listed(this.countries, countryN),
        category: listed(this.categories, catN),
        language: listed(this.languages, langN),
        for: OFFER_AUDIENCES.map((value, b) => ({ value, count: forN[b]! })),
        remote: REMOTE_KEYS.map((value) => ({ value, count: modeCount(REMOTE_VALUES[value]) })),
        duration: DURATION_KEYS.map((value, b) => ({ value, count: durN[b]! })),
        start: listed(this.months, startN).sort((a, b) => a.value.localeCompare(b.value)),
        paid: PAID_VALUES.map((value, i) => ({ value, count: paidN[i]! })),
      },
    };
  }

  /** The comparator of a sort over slots; the offer id last makes it total (as in sql.ts). */
  comparator(sort: EffectiveSort, rankOf: Float64Array | null): (a: number, b: number) => number {
    const { ids, published, deadline, stipend, durMin, durMax } = this;
    const id = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
    // publishedAt DESC; a missing date (never for a published offer) last, as SQLite orders NULL.
    const newest = (a: number, b: number) => {
      const x = published[a]!;
      const y = published[b]!;
      return x === y || (Number.isNaN(x) && Number.isNaN(y)) ? 0 : Number.isNaN(x) ? 1 : Number.isNaN(y) ? -1 : y - x;
    };
    switch (sort) {
      case "relevance":
        if (!rankOf) return (a, b) => newest(a, b) || id(a, b);
        return (a, b) => rankOf[a]! - rankOf[b]! || newest(a, b) || id(a, b);
      case "newest":
        return (a, b) => newest(a, b) || id(a, b);
      case "deadline":
        return (a, b) => deadline[a]! - deadline[b]! || id(a, b);
      case "stipend":
        return (a, b) => stipend[b]! - stipend[a]! || id(a, b);
      case "duration":
        return (a, b) => durMin[a]! - durMin[b]! || durMax[a]! - durMax[b]! || id(a, b);
    }
  }

  /**
   * The offer ids of one page in `sort` order. Few candidates: a bounded heap keeps the best
   * offset + limit. Many (the landing page, a broad facet, a deep page): the walk of every live
   * slot in that order — sorted once and kept until the index changes, like the index-ordered
   * scan SQL would do — stops after offset + limit candidates. Relevance always takes the heap.
   */
  page(result: IndexResult, sort: EffectiveSort, offset: number, limit: number): string[] {
    const compare = this.comparator(sort, result.rankOf);
    const k = offset + limit;
    const { passing } = result;
    if (result.rankOf || passing.length * 8 < this.size) {
      const best = k * 4 > passing.length ? Int32Array.from(passing).sort(compare).subarray(0, k) : topK(passing, k, compare);
      return Array.from(best.slice(offset), (s) => this.ids[s]!);
    }
    const marked = new Uint8Array(this.size);
    for (const s of passing) marked[s] = 1;
    const out: string[] = [];
    let seen = 0;
    for (const s of this.order(sort)) {
      if (!marked[s]) continue;
      if (seen++ >= offset) out.push(this.ids[s]!);
      if (seen >= k) break;
    }
    return out;
  }

  private readonly orders = new Map<EffectiveSort, { version: number; slots: Int32Array }>();

  /** Every live slot in `sort` order (without ranks), cached until the index changes. */
  private order(sort: EffectiveSort): Int32Array {
    const cached = this.orders.get(sort);
    if (cached?.version === this.version) return cached.slots;
    const live = new Int32Array(this.slotById.size);
    let n = 0;
    for (let s = 0; s < this.size; s++) if (this.alive[s]) live[n++] = s;
    const slots = live.subarray(0, n).sort(this.comparator(sort, null));
    this.orders.set(sort, { version: this.version, slots });
    return slots;
  }

  /** Approximate bytes held by the typed arrays and the id maps (for the decision record). */
  approximateBytes(): number {
    const arrays = [
      this.alive,
      this.deadline,
      this.published,
      this.country,
      this.start,
      this.workMode,
      this.durMin,
      this.durMax,
      this.stipend,
      this.cats,
      this.langs,
      this.audience,
    ];
    return arrays.reduce((sum, a) => sum + a.byteLength, 0);
  }
}

const globalForIndex = globalThis as unknown as { offerIndex?: OfferIndex };

/** The process's index (one per process; dev reloads reuse it). */
export function defaultOfferIndex(db: PrismaClient): OfferIndex {
  return (globalForIndex.offerIndex ??= new OfferIndex(db));
}

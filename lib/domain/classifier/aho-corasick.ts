// Multi-string search: finds where any of a few thousand literal anchors occur in a text in one
// pass, so only the patterns whose anchors are present run their regular expression. Anchors can
// require a word boundary before/after them; hits that violate it are never reported.
import { isWordCode } from "./text-structure";

export interface AnchorSpec {
  readonly text: string;
  readonly atWordStart: boolean;
  readonly atWordEnd: boolean;
}
// Transitions on the characters anchors use live in a small dense table (kept cache-friendly by
// numbering only those characters); any other character leads back to the root. The table covers
// ASCII, Greek and Cyrillic (codes below 0x460); other codes take the slow path.

const TABLE_CODES = 0x460;

export class AnchorIndex {
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly outputs: number[][] = [[]];
  /** Character code → column in `next` (0 = a character no anchor uses). */
  private readonly column = new Uint16Array(TABLE_CODES);
  private readonly columns: number;
  private readonly next: Uint16Array | Uint32Array;
  /** Outputs flattened for cache-friendly reads: ids of state s are outIds[outStart[s] … outStart[s+1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  readonly lengths: Int32Array;
  private readonly needsStart: Uint8Array;
  private readonly needsEnd: Uint8Array;

  constructor(specs: readonly AnchorSpec[]) {
    const anchors = specs.map((s) => s.text);
    this.lengths = Int32Array.from(specs, (s) => s.text.length);
    this.needsStart = Uint8Array.from(specs, (s) => (s.atWordStart ? 1 : 0));
    this.needsEnd = Uint8Array.from(specs, (s) => (s.atWordEnd ? 1 : 0));
    anchors.forEach((anchor, id) => this.insert(anchor, id));
    let columns = 1;
    for (const anchor of anchors) {
      for (let i = 0; i < anchor.length; i++) {
        const code = anchor.charCodeAt(i);
        if (code < TABLE_CODES && this.column[code] === 0) this.column[code] = columns++;
      }
    }
    this.columns = columns;
    const order = this.linkFailures();
    this.next = this.buildTable(order);
    this.outStart = new Int32Array(this.outputs.length + 1);
    this.outputs.forEach((out, state) => (this.outStart[state + 1] = (this.outStart[state] as number) + out.length));
    this.outIds = Int32Array.from(this.outputs.flat());
  }

  private insert(anchor: string, id: number): void {
    let state = 0;
    for (let i = 0; i < anchor.length; i++) {
      const code = anchor.charCodeAt(i);
      let target = this.goto[state]?.get(code);
      if (target === undefined) {
        target = this.goto.length;
        this.goto.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.goto[state]?.set(code, target);
      }
      state = target;
    }
    this.outputs[state]?.push(id);
  }

  /** Breadth-first failure links; returns the states in that order. */
  private linkFailures(): number[] {
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head] ?? 0;
      for (const [code, child] of this.goto[state] ?? []) {
        order.push(child);
        if (state === 0) continue;
        let f = this.fail[state] ?? 0;
        while (f !== 0 && !this.goto[f]?.has(code)) f = this.fail[f] ?? 0;
        this.fail[child] = this.goto[f]?.get(code) ?? 0;
        this.outputs[child]?.push(...(this.outputs[this.fail[child] ?? 0] ?? []));
      }
    }
    return order;
  }

  private buildTable(order: readonly number[]): Uint16Array | Uint32Array {
    const size = this.goto.length * this.columns;
    const table = this.goto.length < 65_536 ? new Uint16Array(size) : new Uint32Array(size);
    for (const state of order) {
      const failRow = (this.fail[state] ?? 0) * this.columns;
      for (let code = 0; code < TABLE_CODES; code++) {
        const col = this.column[code] ?? 0;
        if (col === 0) continue;
        const direct = this.goto[state]?.get(code);
        table[state * this.columns + col] = direct ?? (state === 0 ? 0 : (table[failRow + col] ?? 0));
      }
    }
    return table;
  }

  private slowStep(state: number, code: number): number {
    for (let s = state; ; s = this.fail[s] ?? 0) {
      const target = this.goto[s]?.get(code);
      if (target !== undefined) return target;
      if (s === 0) return 0;
    }
  }

  /** Hits of the last scan: anchor ids and the index of each hit's last character. */
  hitAnchors = new Int32Array(512);
  hitLasts = new Int32Array(512);

  /**
   * Finds every occurrence of every anchor in `text`, in text order, leaving out occurrences that
   * break the anchor's word-boundary requirement. Returns how many hits hitAnchors/hitLasts hold.
   */
  scan(text: string): number {
    const { next, column, columns, outStart, outIds, lengths, needsStart, needsEnd } = this;
    const length = text.length;
    let count = 0;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      state = code < TABLE_CODES ? (next[state * columns + (column[code] as number)] as number) : this.slowStep(state, code);
      const outEnd = outStart[state + 1] as number;
      let k = outStart[state] as number;
      if (k === outEnd) continue;
      const wordAfter = i + 1 < length && isWordCode(text.charCodeAt(i + 1));
      for (; k < outEnd; k++) {
        const id = outIds[k] as number;
        if (needsEnd[id] === 1 && wordAfter) continue;
        const before = i - (lengths[id] as number);
        if (needsStart[id] === 1 && before >= 0 && isWordCode(text.charCodeAt(before))) continue;
        if (count === this.hitAnchors.length) this.growHits();
        this.hitAnchors[count] = id;
        this.hitLasts[count++] = i;
      }
    }
    return count;
  }

  private growHits(): void {
    const anchors = new Int32Array(this.hitAnchors.length * 2);
    anchors.set(this.hitAnchors);
    this.hitAnchors = anchors;
    const lasts = new Int32Array(this.hitLasts.length * 2);
    lasts.set(this.hitLasts);
    this.hitLasts = lasts;
  }
}

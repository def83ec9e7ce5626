import "server-only";

export const SWEEP_BATCH = 500;

/**
 * Walks candidate rows in id order, a batch at a time, and removes the due ones. `find` reads a
 * batch after the cursor with a coarse SQL filter; `isDue` is the exact rule
 * (lib/domain/retention.ts); `remove` deletes (compare-and-set) and says how many went. Rows that
 * pass the filter but are kept never stall the walk: the cursor moves past them.
 */
export async function sweep<T>(
  key: (row: T) => string,
  find: (after: string | undefined) => Promise<T[]>,
  isDue: (row: T) => boolean,
  remove: (due: T[]) => Promise<number>,
): Promise<number> {
  let removed = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await find(after);
    const due = rows.filter(isDue);
    if (due.length > 0) removed += await remove(due);
    if (rows.length < SWEEP_BATCH) return removed;
    after = key(rows[rows.length - 1]!);
  }
}

/** The cursor condition for `find`: ids after the last one read. */
export const afterCursor = (after: string | undefined) => (after === undefined ? {} : { gt: after });

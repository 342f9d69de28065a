import type { Db } from '../db/connection.ts';

interface Kept<T> {
  changes: number;
  value: Promise<T>;
}

/**
 * Answers computed from a project's rows, shared by the readers who read the same change count
 * of the project: the first computes, the others (also those arriving meanwhile) take its answer.
 * An answer read after the count stands for it (migration 011), so a reader who read the same
 * count may have it. Keeps the last `size` answers per database.
 */
export class SharedReads<T> {
  private readonly kept = new WeakMap<Db, Map<string, Kept<T>>>();

  constructor(private readonly size: number) {}

  read(db: Db, key: string, changes: number, compute: () => Promise<T>): Promise<T> {
    let kept = this.kept.get(db);
    if (!kept) this.kept.set(db, (kept = new Map()));
    const known = kept.get(key);
    if (known?.changes === changes) return known.value;
    const entry = { changes, value: compute() };
    // Most recently computed last: the first one is the one to forget.
    kept.delete(key);
    kept.set(key, entry);
    if (kept.size > this.size) kept.delete(kept.keys().next().value!);
    entry.value.catch(() => kept.get(key) === entry && kept.delete(key));
    return entry.value;
  }
}

import { describe, expect, it } from 'vitest';
import type { Db } from '../db/connection.ts';
import { SharedReads } from './sharedReads.ts';

const db = {} as Db;
const otherDb = {} as Db;

describe('reads shared by change count', () => {
  it('computes once for the readers of one count, again when the count moves', async () => {
    const shared = new SharedReads<string>(10);
    let computed = 0;
    const read = (changes: number, d = db) => shared.read(d, 'p1', changes, async () => `answer ${++computed}`);
    expect(await Promise.all([read(5), read(5), read(5)])).toEqual(['answer 1', 'answer 1', 'answer 1']);
    expect(await read(6)).toBe('answer 2');
    expect(await read(6, otherDb)).toBe('answer 3');
    expect(computed).toBe(3);
  });

  it('forgets a failed reading, so the next reader tries again', async () => {
    const shared = new SharedReads<string>(10);
    await expect(shared.read(db, 'p1', 1, () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await shared.read(db, 'p1', 1, async () => 'fine')).toBe('fine');
  });

  it('keeps only the most recent answers', async () => {
    const shared = new SharedReads<number>(2);
    let computed = 0;
    const read = (key: string) => shared.read(db, key, 1, async () => ++computed);
    await read('a');
    await read('b');
    await read('c');
    expect(await read('c')).toBe(3);
    expect(await read('a')).toBe(4);
  });
});

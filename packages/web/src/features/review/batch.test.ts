import { describe, expect, it } from 'vitest';
import { summarizeBatch } from './batch.ts';

describe('summarizeBatch', () => {
  it('counts the approved units and the skipped ones by reason, checks first', () => {
    expect(
      summarizeBatch({
        approved: [4, 5],
        skipped: [
          { unitId: 6, reason: 'nothing-to-review' },
          { unitId: 7, reason: 'qa' },
          { unitId: 8, reason: 'own-translation' },
          { unitId: 9, reason: 'qa' },
        ],
      }),
    ).toEqual({
      approved: 2,
      skipped: [
        { reason: 'qa', count: 2 },
        { reason: 'own-translation', count: 1 },
        { reason: 'nothing-to-review', count: 1 },
      ],
    });
  });

  it('reports a paragraph with nothing to do', () => {
    expect(summarizeBatch({ approved: [], skipped: [] })).toEqual({ approved: 0, skipped: [] });
  });
});

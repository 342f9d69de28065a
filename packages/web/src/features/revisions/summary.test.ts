import { describe, expect, it } from 'vitest';
import type { RevisionSummaryView } from '@tessera/core/contract';
import { changesNothing, countLines, groupChanges, languageLines, OPEN_GROUP_LIMIT } from './summary.ts';

const summary = (overrides: Partial<RevisionSummaryView> = {}): RevisionSummaryView => ({
  revision: 2,
  kept: 20,
  retouched: 0,
  edited: 1,
  added: 1,
  retired: 0,
  translationsKept: { ja: 2, fr: 0, es: 0 },
  translationsToReview: { ja: 1, fr: 0, es: 0 },
  translationsRetired: { ja: 0, fr: 0, es: 0 },
  changes: [
    { kind: 'edited', before: 'A law that breaks encryption for some breaks it for all.', after: 'A law that weakens encryption for some weakens it for all.' },
    { kind: 'added', after: 'Digital Rights Watch' },
  ],
  applied: false,
  normalized: { removed: 0, formFeeds: 0 },
  ...overrides,
});

describe('revision summary layout', () => {
  it('lists the kinds of change that happen, and always the sentences kept', () => {
    expect(countLines(summary())).toEqual([
      { kind: 'edited', count: 1 },
      { kind: 'added', count: 1 },
      { kind: 'kept', count: 20 },
    ]);
    expect(countLines(summary({ kept: 0, edited: 0, added: 0, retired: 3 }))).toEqual([
      { kind: 'retired', count: 3 },
      { kind: 'kept', count: 0 },
    ]);
  });

  it('groups changes with rewordings first, each group in document order', () => {
    const changes: RevisionSummaryView['changes'] = [
      { kind: 'added', after: 'New one' },
      { kind: 'retouched', before: 'Its “quoted”', after: 'Its "quoted"' },
      { kind: 'edited', before: 'Old wording', after: 'New wording' },
      { kind: 'added', after: 'New two' },
      { kind: 'retired', before: 'Gone' },
    ];
    const groups = groupChanges(changes);
    expect(groups.map((g) => g.kind)).toEqual(['edited', 'added', 'retired', 'retouched']);
    expect(groups[1]!.changes.map((c) => c.after)).toEqual(['New one', 'New two']);
  });

  it('starts long groups closed', () => {
    const many = Array.from({ length: OPEN_GROUP_LIMIT + 1 }, (_, i) => ({ kind: 'added' as const, after: `Signatory ${i}` }));
    const groups = groupChanges([...many, { kind: 'edited', before: 'a b', after: 'a c' }]);
    expect(groups.find((g) => g.kind === 'added')?.startsOpen).toBe(false);
    expect(groups.find((g) => g.kind === 'edited')?.startsOpen).toBe(true);
  });

  it('gives every target language a line, in the project’s order', () => {
    expect(languageLines(summary(), ['fr', 'ja', 'es'])).toEqual([
      { lang: 'fr', kept: 0, toReview: 0, retired: 0 },
      { lang: 'ja', kept: 2, toReview: 1, retired: 0 },
      { lang: 'es', kept: 0, toReview: 0, retired: 0 },
    ]);
    expect(languageLines(summary({ translationsKept: { de: 4 } }), ['ja', 'fr', 'es']).map((l) => l.lang)).toEqual(['ja', 'fr', 'es', 'de']);
  });

  it('knows when a version changes nothing', () => {
    expect(changesNothing(summary())).toBe(false);
    expect(changesNothing(summary({ edited: 0, added: 0, changes: [] }))).toBe(true);
  });
});

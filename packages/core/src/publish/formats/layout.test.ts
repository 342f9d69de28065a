import { describe, expect, it } from 'vitest';
import { layOutPublication } from './layout.ts';
import { publicationDocument } from './testDocument.ts';

describe('layOutPublication', () => {
  it('lays the body out as it is read, the same each time it is read, consecutive items of a list as one list', () => {
    const laid = layOutPublication(publicationDocument({ lang: 'fr' }));
    const first = [...laid.sections];
    expect([...laid.sections]).toEqual(first);
    expect(first.map((section) => (section.type === 'block' ? section.block.kind : `${section.signatories ? 'signatories' : 'list'} of ${section.items.length}`))).toEqual([
      'date',
      'title',
      'paragraph',
      'heading',
      'list of 2',
      'paragraph',
      'signatories of 2',
    ]);
  });
});

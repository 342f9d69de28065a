/** Publication documents for the format tests: a source, its "translation" and the strings of a page. */
import { contentText, type Content, type SourceDocument } from '../../model/document.ts';
import { assemblePublication, type PublicationBlockInput, type PublicationInput } from '../assemble.ts';
import type { PublicationDocument, PublicationStrings } from './types.ts';

/** Strings that show their key and values, so a test sees which one was used. */
export const keyStrings: PublicationStrings = (key, values) => `${key}${values ? ` ${JSON.stringify(values)}` : ''}`;

/** The source's blocks with every unit approved and translated by `translate` (the source itself by default). */
export function approvedBlocks(source: SourceDocument, translate: (content: Content) => Content = (content) => content): PublicationBlockInput[] {
  return source.blocks.map((block) => ({
    kind: block.kind,
    level: block.level ?? null,
    list: block.list ?? null,
    date: block.date ?? null,
    units: block.units.map((unit) => ({ ...unit, target: unit.translate ? translate(unit.source) : [], state: 'approved' as const })),
  }));
}

const o = (id: string, name: string, attrs?: Record<string, string>) => ({ kind: 'open' as const, id, name, ...(attrs ? { attrs } : {}) });
const c = (id: string, name: string) => ({ kind: 'close' as const, id, name });

/** A small source with every kind of block and the inline codes the formats write. */
export const sampleSource: SourceDocument = {
  lang: 'en',
  blocks: [
    { kind: 'date', date: '2024-01-23', units: [] },
    { kind: 'title', units: [{ source: ['A joint statement on the draft convention'], spaceAfter: '', translate: true }] },
    {
      kind: 'paragraph',
      units: [
        { source: ['We, the ', o('1', 'b'), 'undersigned', c('1', 'b'), ' groups, write to you.'], spaceAfter: ' ', translate: true },
        { source: ['Read ', o('2', 'a', { href: 'https://example.org/draft?a=1&b=2' }), 'the draft', c('2', 'a'), ' and ', o('3', 'i'), 'our notes', c('3', 'i'), '.'], spaceAfter: '', translate: true },
      ],
    },
    { kind: 'heading', level: 2, units: [{ source: ['What we ask'], spaceAfter: '', translate: true }] },
    { kind: 'list-item', list: 1, units: [{ source: ['Protect human rights;'], spaceAfter: '', translate: true }] },
    { kind: 'list-item', list: 1, units: [{ source: ['Narrow the scope.'], spaceAfter: '', translate: true }] },
    { kind: 'paragraph', units: [{ source: ['Signed by:'], spaceAfter: '', translate: true }] },
    { kind: 'signatory', list: 2, units: [{ source: ['Open Wires Collective'], spaceAfter: '', translate: false }] },
    { kind: 'signatory', list: 2, units: [{ source: ['7amleh – The Arab Center for the Advancement of Social Media'], spaceAfter: '', translate: false }] },
  ],
};

export interface DocumentOptions {
  lang?: string;
  blocks?: PublicationBlockInput[];
  mode?: PublicationInput['mode'];
  allowFallback?: boolean;
  showDrafts?: boolean;
  signatoryOrder?: PublicationInput['signatoryOrder'];
}

/** A publication document of `blocks` (by default the sample, approved as it is) in `lang`. */
export function publicationDocument(options: DocumentOptions = {}): PublicationDocument {
  const lang = options.lang ?? 'en';
  const publication = assemblePublication({
    sourceLang: 'en',
    lang,
    blocks: options.blocks ?? approvedBlocks(sampleSource),
    mode: options.mode ?? 'publish',
    allowFallback: options.allowFallback ?? false,
    showDrafts: options.showDrafts,
    signatoryOrder: options.signatoryOrder,
  });
  return {
    publication,
    sourceRevision: 4,
    version: options.mode === 'preview' ? null : 3,
    publishedAt: options.mode === 'preview' ? null : '2024-02-01T09:30:00Z',
    alternates: [
      { lang: 'en', label: 'English', href: '../en/index.html' },
      { lang: 'ar', label: 'العربية', href: '../ar/index.html' },
      { lang: 'fr', label: 'Français', href: '../fr/index.html' },
      { lang: 'ja', label: '日本語', href: '../ja/index.html' },
    ],
    credits: [
      { role: 'translator', name: 'Camille D.' },
      { role: 'reviewer', name: 'nightjar' },
    ],
    strings: keyStrings,
  };
}

/** The plain text of a source block, units joined with their spacing. */
export function sourceBlockText(units: readonly { source: Content; spaceAfter: string }[]): string {
  return units.map((unit) => contentText(unit.source) + unit.spaceAfter).join('');
}

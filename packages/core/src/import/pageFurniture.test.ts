import { readFileSync, readdirSync } from 'node:fs';
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentText, type Block, type SourceDocument } from '../model/document.ts';
import { assemblePublication } from '../publish/assemble.ts';
import { decodeText } from './decodeText.ts';
import { isPageNumber, pageFurnitureLines } from './pageFurniture.ts';
import { importPlainText } from './plainText.ts';
import { isByline } from './textShape.ts';

const folder = new URL('../../../../../shared/statement/', import.meta.url);
const statement = (name: string): string => decodeText(readFileSync(new URL(name, folder)));
const textOf = (block: Block): string => block.units.map((unit) => contentText(unit.source) + unit.spaceAfter).join('').trim();
const outline = (doc: SourceDocument): string[] => doc.blocks.map((block) => `${block.kind}${block.list ? ` ${block.list}` : ''}: ${textOf(block)}`);
/** What a reader of the published version sees, in the source language. */
const published = (doc: SourceDocument): string[] =>
  assemblePublication({
    sourceLang: 'en',
    lang: 'en',
    mode: 'publish',
    allowFallback: true,
    blocks: doc.blocks.map((block) => ({ ...block, units: block.units.map((unit) => ({ ...unit, target: unit.source, state: 'approved' as const })) })),
  }).blocks.map((block) => `${block.kind}: ${block.runs.map((run) => contentText(run.content)).join('')}`);

describe('isPageNumber', () => {
  it.each([
    ['3', true],
    ['  12  ', true],
    ['- 3 -', true],
    ['— 14 —', true],
    ['Page 3', true],
    ['Page 3 of 12', true],
    ['page 3 sur 12', true],
    ['Página 3 de 12', true],
    ['3/12', true],
    ['- 3', false],
    ['3. Narrow the scope', false],
    ['Article 19', false],
    ['2024 was a year of change', false],
  ])('%j → %s', (line, expected) => {
    expect(isPageNumber(line)).toBe(expected);
  });
});

describe('isByline', () => {
  it.each([
    ['Submitted by NGOS participating under operative paragraphs 8 or 9', true],
    ['Drafted by the coalition secretariat', true],
    ['Written by Ana Pérez', true],
    ['Soumis par les organisations participantes', true],
    ['Presentado por las organizaciones participantes', true],
    ['Signed by:', false],
    ['Submitted by the following organisations:', false],
    ['Recommendations to the delegations', false],
    ['Background', false],
  ])('%j → %s', (line, expected) => {
    expect(isByline(line)).toBe(expected);
  });
});

/** Two pages of a statement as a PDF extraction gives them: running header and footer, page numbers, cut sentences. */
const TWO_PAGES = [
  'Coalition statement on the draft convention',
  '',
  'Joint Statement on the Draft Convention',
  '',
  'We, the undersigned groups, call on the delegations to narrow the',
  'scope of the convention.',
  '',
  'We ask the delegations to:',
  '',
  '● Narrow the scope of the convention to crimes defined in its',
  '',
  'https://example.org/statement',
  '',
  'Page 1 of 2',
  '',
  'Coalition statement on the draft convention',
  '',
  'text, and nothing else;',
  '',
  '● Protect the people who find security flaws.',
  '',
  'Submitted by the organisations participating in the session',
  '',
  'https://example.org/statement',
  '',
  'Page 2 of 2',
].join('\n');

describe('page furniture in text extracted from a PDF', () => {
  it('finds running headers, footers and page numbers', () => {
    const lines = TWO_PAGES.split('\n');
    expect([...pageFurnitureLines(lines)].sort((a, b) => a - b).map((index) => lines[index])).toEqual([
      'Coalition statement on the draft convention',
      'https://example.org/statement',
      'Page 1 of 2',
      'Coalition statement on the draft convention',
      'https://example.org/statement',
      'Page 2 of 2',
    ]);
  });

  it('keeps them out of the flow: a list item cut by a page break goes on, and nothing of them is published', () => {
    const doc = importPlainText(TWO_PAGES, 'en');
    expect(doc.blocks.filter((block) => block.kind !== 'aside').map((block) => `${block.kind}: ${textOf(block)}`)).toEqual([
      'title: Joint Statement on the Draft Convention',
      'paragraph: We, the undersigned groups, call on the delegations to narrow the scope of the convention.',
      'paragraph: We ask the delegations to:',
      'list-item: Narrow the scope of the convention to crimes defined in its text, and nothing else;',
      'list-item: Protect the people who find security flaws.',
      'paragraph: Submitted by the organisations participating in the session',
    ]);
    expect(doc.blocks.filter((block) => block.kind === 'aside').every((block) => block.units.every((unit) => !unit.translate))).toBe(true);
    const page = published(doc).join('\n');
    expect(page).not.toMatch(/Coalition statement|Page \d|example\.org/);
  });

  it('leaves the footer URL of 004 out of its list and out of the publication, and "Submitted by" a paragraph', () => {
    const doc = importPlainText(statement('004_8a8e2a0996246479.txt'), 'en');
    const lines = outline(doc);
    const footer = lines.findIndex((line) => line.includes('unodc.org'));
    expect(lines[footer]).toMatch(/^aside: https:\/\/www\.unodc\.org\//);
    // The item the page break cut keeps its second half.
    expect(lines[footer - 1]).toMatch(/^list-item 1: Contains .* procedural chapter, and fails to explicitly incorporate robust safeguards/);
    const page = published(doc);
    expect(page.filter((line) => line.includes('unodc.org'))).toEqual([]);
    expect(page.filter((line) => line.startsWith('list-item'))).toHaveLength(12);
    expect(page).toContain('paragraph: Submitted by NGOS participating under operative paragraphs 8 or 9');
    expect(page.some((line) => line.startsWith('heading'))).toBe(false);
  });

  it('finds none in the other statements, apart from the repeated lines around a news article', () => {
    const found = Object.fromEntries(
      readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => {
          const lines = statement(name).replace(/\r\n?/g, '\n').split('\n');
          return [name.slice(0, 3), [...new Set([...pageFurnitureLines(lines)].map((index) => lines[index]!.trim()))]];
        }),
    );
    expect(found).toEqual({
      '000': [],
      '001': [],
      '002': ['Jessica Corbett ·', 'Subscribe to our newsletter.', 'Subscribe to our Newsletter.'],
      '003': [],
      '004': [],
    });
  });
});

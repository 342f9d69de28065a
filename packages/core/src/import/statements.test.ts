import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentText, type Block, type SourceDocument } from '../model/document.ts';
import { decodeText, importPlainText } from './index.ts';

/** The real statements, kept in /work/shared beside the repository (CI has the same layout). */
const statement = (name: string): string =>
  decodeText(readFileSync(new URL(`../../../../../shared/statement/${name}`, import.meta.url)));

const textOf = (block: Block): string => block.units.map((unit) => contentText(unit.source) + unit.spaceAfter).join('');
const ofKind = (doc: SourceDocument, kind: Block['kind']): Block[] => doc.blocks.filter((block) => block.kind === kind);
const words = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '');

/** Every word of the input is in some unit, in order, apart from the bullets and the date line. */
function expectNothingLost(input: string, doc: SourceDocument, dropped: string[]): void {
  const expected = words(input).filter((word) => !['●', '•'].includes(word));
  for (const word of dropped) expected.splice(expected.indexOf(word), 1);
  const found = doc.blocks.flatMap((block) => block.units.flatMap((unit) => words(contentText(unit.source))));
  expect(found.sort()).toEqual(expected.sort());
}

describe('004: the statement as extracted from its PDF', () => {
  const input = statement('004_8a8e2a0996246479.txt');
  const doc = importPlainText(input, 'en');

  it('has the structure a reader sees', () => {
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'date', 'title',
      'paragraph', 'paragraph', 'paragraph', 'paragraph',
      'list-item', 'list-item', 'list-item', 'aside', 'list-item', 'list-item', 'list-item',
      'paragraph', 'paragraph',
      'list-item', 'list-item', 'list-item', 'list-item', 'list-item', 'list-item',
      'paragraph', 'paragraph',
      // "Submitted by …" is a line of the text, not a heading.
      'paragraph', 'paragraph',
    ]);
    expect(ofKind(doc, 'signatory')).toHaveLength(0);
  });

  it('reads the date line as a date, formatted per language on publication', () => {
    expect(doc.blocks[0]).toEqual({ kind: 'date', date: '2024-01-23', units: [] });
  });

  it('joins the title wrapped over two lines', () => {
    expect(ofKind(doc, 'title').map(textOf)).toEqual([
      'Joint Statement on the Proposed Cybercrime Treaty Ahead of the Concluding Session',
    ]);
  });

  it('reflows the hard-wrapped paragraphs and splits them into sentences', () => {
    const paragraphs = ofKind(doc, 'paragraph');
    expect(paragraphs.map((block) => block.units.length)).toEqual([2, 3, 5, 1, 2, 1, 3, 1, 1, 1]);
    expect(contentText(paragraphs[0]?.units[0]?.source ?? [])).toBe(
      'We, the undersigned organizations and individual experts call on the state delegations participating in the ' +
        'concluding session of the United Nations (UN) Ad Hoc Committee to ensure that the proposed Cybercrime ' +
        'Convention (the Convention) is narrowly focused on tackling cybercrime, and not used as a tool to undermine human rights.',
    );
    expect(paragraphs[0]?.units[0]?.spaceAfter).toBe(' ');
    expect(paragraphs.every((block) => block.units.every((unit) => unit.translate))).toBe(true);
    expect(textOf(paragraphs[8] as Block)).toBe('Submitted by NGOS participating under operative paragraphs 8 or 9');
    expect(textOf(paragraphs[9] as Block)).toBe('The full list of signatories supporting the letter is available on this link.');
  });

  it('has two lists of six bullet items', () => {
    const items = ofKind(doc, 'list-item');
    expect(items.map((block) => block.list)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(items.map((block) => words(textOf(block))[0])).toEqual([
      'Remains', 'Fails', 'Contains', 'Lacks', 'Proposes', 'Permits',
      'Narrow', 'Make', 'Guarantee', 'Mainstream', 'Limit', 'Avoid',
    ]);
  });

  it('keeps the third bullet whole across the page break, with the footer URL as an aside after it', () => {
    const third = ofKind(doc, 'list-item')[2] as Block;
    expect(textOf(third)).toBe(
      'Contains insufficient references to states’ obligations under international human rights law, includes weak ' +
        'domestic human rights safeguards in its criminal procedural chapter, and fails to explicitly incorporate robust ' +
        'safeguards applicable to the whole treaty to ensure that cybercrime efforts provide adequate protection for human ' +
        'rights and are in accordance with the principles of legality, non-discrimination, legitimate purpose, necessity, ' +
        'and proportionality;',
    );
    expect(doc.blocks[doc.blocks.indexOf(third) + 1]).toEqual({
      kind: 'aside',
      units: [
        {
          source: ['https://www.unodc.org/documents/Cybercrime/AdHocCommittee/Concluding_session/Documents/A_AC.291_22_Rev.1_E.pdf'],
          spaceAfter: '',
          translate: false,
        },
      ],
    });
  });

  it('reads "Submitted by …" as a paragraph of the text, not a heading', () => {
    expect(ofKind(doc, 'heading')).toEqual([]);
    expect(ofKind(doc, 'paragraph').map(textOf)).toContain('Submitted by NGOS participating under operative paragraphs 8 or 9');
  });

  it('loses no text', () => {
    expectNothingLost(input, doc, ['23', 'January,', '2024']);
  });
});

describe('001: the statement as published on a web page', () => {
  const input = statement('001_e6857291a9728c98.txt');
  const doc = importPlainText(input, 'en');

  it('keeps the stray Japanese first line as an aside that is not translated', () => {
    expect(doc.blocks[0]).toEqual({
      kind: 'aside',
      units: [{ source: ['ヨルダン国王への公開書簡'], spaceAfter: '', translate: false }],
    });
  });

  it('finds the title, the paragraphs and the two lists of six bullets', () => {
    expect(ofKind(doc, 'title').map(textOf)).toEqual(['Amend or reject: Joint statement on the UN Cybercrime Treaty']);
    expect(doc.blocks[1]?.kind).toBe('title');
    expect(ofKind(doc, 'paragraph').map((block) => block.units.length)).toEqual([2, 3, 5, 1, 2, 1, 3, 1]);
    const items = ofKind(doc, 'list-item');
    expect(items.map((block) => block.list)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(textOf(items[11] as Block)).toBe(
      'Avoid endorsing any surveillance provision that can be abused to undermine cybersecurity and encryption.',
    );
  });

  it('finds the three headings of the signatories section', () => {
    expect(ofKind(doc, 'heading').map((block) => [block.level, textOf(block)])).toEqual([
      [2, 'Signatories'],
      [2, 'NGOs participating under operative paragraphs 8 or 9'],
      [2, 'Additional signatories supporting the statement'],
    ]);
  });

  it('makes each signatory line one untranslated unit, in two lists of 20 and 90', () => {
    const signatories = ofKind(doc, 'signatory');
    expect(signatories).toHaveLength(110);
    expect(signatories.filter((block) => block.list === 3)).toHaveLength(20);
    expect(signatories.filter((block) => block.list === 4)).toHaveLength(90);
    expect(signatories.every((block) => block.units.length === 1 && block.units[0]?.translate === false)).toBe(true);
    const names = signatories.map(textOf);
    expect(names[0]).toBe('Access Now');
    expect(names[19]).toBe('Temple University, Institute for Law, Innovation & Technology (iLIT)');
    expect(names[20]).toBe('7amleh – The Arab Center for the Advancement of Social Media');
    expect(names).toContain('Epicenter.works – for digital rights');
    expect(names).toContain('Instituto de Pesquisa em Direito e Tecnologia do Recife – IP.rec');
    expect(names.at(-1)).toBe('Wolfgang Kleinwaechter, Professor Emeritus, University of Aarhus, former ICANN Board Member');
  });

  it('still finds the signatories, by their look, without the "Signatories" heading', () => {
    const withoutHeading = importPlainText(input.replace('\nSignatories\n', '\n'), 'en');
    expect(ofKind(withoutHeading, 'signatory')).toHaveLength(110);
    expect(ofKind(withoutHeading, 'heading')).toHaveLength(2);
  });

  it('has these blocks in all', () => {
    expect(doc.blocks).toHaveLength(1 + 1 + 8 + 12 + 3 + 110);
  });

  it('loses no text', () => {
    expectNothingLost(input, doc, []);
  });
});

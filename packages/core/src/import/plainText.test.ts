import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentText, type Block, type SourceDocument } from '../model/document.ts';
import { MAX_TEXT_LENGTH } from '../limits.ts';
import { importPlainText } from './index.ts';
import { refusal } from './testRefusal.ts';

const textOf = (block: Block): string => block.units.map((unit) => contentText(unit.source) + unit.spaceAfter).join('');

/** One line per block: its kind, its list number, its text (or its date). */
const outline = (doc: SourceDocument): string[] =>
  doc.blocks.map((block) => `${block.kind}${block.list ? `#${block.list}` : ''}: ${block.date ?? textOf(block)}`);

const lines = (...text: string[]): string => text.join('\n');
const importEn = (text: string): string[] => outline(importPlainText(text, 'en'));

describe('importPlainText: paragraphs', () => {
  it('reflows hard-wrapped lines into paragraphs, removing trailing spaces', () => {
    expect(importEn(lines('We ask the delegations  ', 'to act now.  ', '', '', 'They must   ', 'listen.'))).toEqual([
      'paragraph: We ask the delegations to act now.',
      'paragraph: They must listen.',
    ]);
  });

  it('accepts CRLF and CR line ends', () => {
    expect(importEn('We ask the delegations\r\nto act now.\r\n\r\nThey must\rlisten.')).toEqual([
      'paragraph: We ask the delegations to act now.',
      'paragraph: They must listen.',
    ]);
  });

  it('joins a compound word cut at a hyphen', () => {
    expect(importEn(lines('It covers cross-', 'border requests.'))).toEqual(['paragraph: It covers cross-border requests.']);
  });

  it('continues a paragraph cut by a page break when the text goes on in lowercase', () => {
    expect(importEn(lines('The draft fails to address many', '', '', 'of our concerns.', '', 'lowercase after a full stop starts a paragraph.'))).toEqual([
      'paragraph: The draft fails to address many of our concerns.',
      'paragraph: lowercase after a full stop starts a paragraph.',
    ]);
  });

  it('starts a paragraph at an indented line', () => {
    expect(importEn(lines('First paragraph ends here.', '  Second paragraph starts indented', 'and goes on.'))).toEqual([
      'paragraph: First paragraph ends here.',
      'paragraph: Second paragraph starts indented and goes on.',
    ]);
  });

  it('splits paragraphs into sentence units that rejoin to the text', () => {
    const doc = importPlainText('The U.S. delegation spoke. Mr. Smith agreed, e.g. on data.  Others did not!', 'en');
    expect(doc.blocks).toEqual([
      {
        kind: 'paragraph',
        units: [
          { source: ['The U.S. delegation spoke.'], spaceAfter: ' ', translate: true },
          { source: ['Mr. Smith agreed, e.g. on data.'], spaceAfter: '  ', translate: true },
          { source: ['Others did not!'], spaceAfter: '', translate: true },
        ],
      },
    ]);
    expect(doc.lang).toBe('en');
  });
});

describe('importPlainText: lists', () => {
  it('makes a list item of each bullet line, continuation lines included', () => {
    expect(importEn(lines('We call on states to:', '', '● Narrow the scope of the', 'Convention;', '', '●  Protect researchers;', '- Reject it.'))).toEqual([
      'paragraph: We call on states to:',
      'list-item#1: Narrow the scope of the Convention;',
      'list-item#1: Protect researchers;',
      'list-item#1: Reject it.',
    ]);
  });

  it('numbers lists: a paragraph between items starts a new list', () => {
    expect(importEn(lines('1. First point.', '2) Second point.', '', 'A paragraph between.', '', '* Another list.'))).toEqual([
      'list-item#1: First point.',
      'list-item#1: Second point.',
      'paragraph: A paragraph between.',
      'list-item#2: Another list.',
    ]);
  });

  it('takes the text after a bullet alone on its line', () => {
    expect(importEn(lines('●', '', 'Remains over-broad.', '●', 'Fails to protect.'))).toEqual([
      'list-item#1: Remains over-broad.',
      'list-item#1: Fails to protect.',
    ]);
  });

  it('continues an item across a page-footer URL, which becomes an untranslated aside', () => {
    const doc = importPlainText(
      lines('● Contains weak safeguards in its criminal', '', 'https://example.org/doc.pdf', '', '', 'procedural chapter;', '', '● Lacks gender mainstreaming.'),
      'en',
    );
    expect(outline(doc)).toEqual([
      'list-item#1: Contains weak safeguards in its criminal procedural chapter;',
      'aside: https://example.org/doc.pdf',
      'list-item#1: Lacks gender mainstreaming.',
    ]);
    expect(doc.blocks[1]?.units).toEqual([{ source: ['https://example.org/doc.pdf'], spaceAfter: '', translate: false }]);
  });
});

describe('importPlainText: the top of a statement', () => {
  it.each([['23 January, 2024'], ['January 23, 2024'], ['2024-01-23']])('reads the date line %j as a date without units', (date) => {
    const doc = importPlainText(lines(date, '', 'A Title', '', 'The text.'), 'en');
    expect(doc.blocks[0]).toEqual({ kind: 'date', date: '2024-01-23', units: [] });
    expect(outline(doc)).toEqual(['date: 2024-01-23', 'title: A Title', 'paragraph: The text.']);
  });

  it('finds a date line right under the title, and only near the top', () => {
    expect(importEn(lines('A Joint Statement', '23 January 2024', '', 'The text.', '', '24 January 2024'))).toEqual([
      'title: A Joint Statement',
      'date: 2024-01-23',
      'paragraph: The text.',
      'heading: 24 January 2024',
    ]);
  });

  it('joins a title wrapped over two lines', () => {
    expect(importEn(lines('Joint Statement on the Treaty Ahead of the  ', 'Concluding Session  ', '', 'We ask.'))).toEqual([
      'title: Joint Statement on the Treaty Ahead of the Concluding Session',
      'paragraph: We ask.',
    ]);
  });

  it('finds no title when the statement starts with a paragraph', () => {
    expect(importEn(lines('We, the undersigned, ask the delegations to act.', '', 'Short line'))).toEqual([
      'paragraph: We, the undersigned, ask the delegations to act.',
      'heading: Short line',
    ]);
  });

  it('keeps a leading line in another script as an untranslated aside', () => {
    const doc = importPlainText(lines('ヨルダン国王への公開書簡', '', 'Amend or reject', '', 'The text.'), 'en');
    expect(outline(doc)).toEqual(['aside: ヨルダン国王への公開書簡', 'title: Amend or reject', 'paragraph: The text.']);
    expect(doc.blocks[0]?.units[0]?.translate).toBe(false);
  });

  it('judges the script by the document language', () => {
    expect(outline(importPlainText(lines('Stray heading', '', 'بيان مشترك', '', 'نص البيان.'), 'ar'))).toEqual([
      'aside: Stray heading',
      'title: بيان مشترك',
      'paragraph: نص البيان.',
    ]);
    expect(outline(importPlainText(lines('共同声明', '', '条約を拒否する。人権を守れ。'), 'ja'))).toEqual([
      'title: 共同声明',
      'paragraph: 条約を拒否する。人権を守れ。',
    ]);
  });

  it('only looks for stray lines before the text begins', () => {
    expect(importEn(lines('Title', '', 'Text.', '', 'ヨルダン国王への公開書簡'))).toEqual([
      'title: Title',
      'paragraph: Text.',
      'heading: ヨルダン国王への公開書簡',
    ]);
  });
});

describe('importPlainText: headings and signatories', () => {
  it('makes short lines without final punctuation headings, level 2', () => {
    const doc = importPlainText(lines('Title', '', 'Text.', '', 'Our demands', '', 'We demand this:', '', 'More text.'), 'en');
    expect(outline(doc)).toEqual(['title: Title', 'paragraph: Text.', 'heading: Our demands', 'paragraph: We demand this:', 'paragraph: More text.']);
    expect(doc.blocks[2]?.level).toBe(2);
  });

  it('makes the items under a signatories heading signatories, one untranslated unit each', () => {
    const doc = importPlainText(
      lines('Text.', '', 'Signatories', '', 'Organisations', '', '• Access Now', '• IP.rec. Recife', '', 'Individuals', '', '• Dr. A. Person, Univ. of X'),
      'en',
    );
    expect(outline(doc)).toEqual([
      'paragraph: Text.',
      'heading: Signatories',
      'heading: Organisations',
      'signatory#1: Access Now',
      'signatory#1: IP.rec. Recife',
      'heading: Individuals',
      'signatory#2: Dr. A. Person, Univ. of X',
    ]);
    expect(doc.blocks[4]?.units).toEqual([{ source: ['IP.rec. Recife'], spaceAfter: '', translate: false }]);
  });

  it('makes each line of names under a "Signed by:" heading a signatory', () => {
    expect(importEn(lines('Text.', '', 'Signed by:', 'Access Now', 'ARTICLE 19', 'Epicenter.works', '', 'Privacy International', '', 'The full list is online.'))).toEqual([
      'paragraph: Text.',
      'heading: Signed by:',
      'signatory#1: Access Now',
      'signatory#1: ARTICLE 19',
      'signatory#1: Epicenter.works',
      'signatory#1: Privacy International',
      'paragraph: The full list is online.',
    ]);
  });

  it('makes a list of five or more names a list of signatories, even without a heading', () => {
    const names = ['Access Now', 'ARTICLE 19', 'Human Rights Watch', 'Privacy International', 'Derechos Digitales'];
    expect(importEn(lines('We endorse it.', '', ...names.map((name) => `- ${name}`)))).toEqual([
      'paragraph: We endorse it.',
      ...names.map((name) => `signatory#1: ${name}`),
    ]);
    expect(importEn(lines('We endorse it.', '', ...names.slice(0, 4).map((name) => `- ${name}`)))).toEqual([
      'paragraph: We endorse it.',
      ...names.slice(0, 4).map((name) => `list-item#1: ${name}`),
    ]);
  });

  it('does not take a paragraph starting with "Signatures" for a signatories heading', () => {
    expect(importEn(lines('Text.', '', 'Signatures are needed to ratify the', 'treaty in each state.'))).toEqual([
      'paragraph: Text.',
      'paragraph: Signatures are needed to ratify the treaty in each state.',
    ]);
  });

  it('keeps a list of short topics translatable', () => {
    const topics = ['Freedom of expression', 'Right to privacy', 'Protection of journalists', 'Access to information', 'Due process'];
    expect(importEn(lines('It threatens:', '', ...topics.map((topic) => `• ${topic}`)))).toEqual([
      'paragraph: It threatens:',
      ...topics.map((topic) => `list-item#1: ${topic}`),
    ]);
  });
});

describe('importPlainText: refusals and limits', () => {
  it('refuses empty text', () => {
    expect(refusal(() => importPlainText(' \n\n\t', 'en')).code).toBe('input.empty');
  });

  it('refuses text over the limit and says what the limit is', () => {
    const error = refusal(() => importPlainText('a'.repeat(MAX_TEXT_LENGTH + 1), 'en'));
    expect(error.code).toBe('input.too-large');
    expect(error.message).toContain('5,000,000 characters');
  });

  it('imports a single 5 MB line quickly', () => {
    const text = 'We call on the delegations to reject the draft, which is not fit for purpose. '.repeat(60_000);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    const start = Date.now();
    const doc = importPlainText(text.trim(), 'en');
    expect(Date.now() - start).toBeLessThan(3000);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]?.units).toHaveLength(60_000);
  });

  it('imports 5 MB of short lines quickly', () => {
    const text = 'Name of an organisation\n\n'.repeat(190_000);
    const start = Date.now();
    expect(importPlainText(text, 'en').blocks.length).toBeGreaterThan(0);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe('importPlainText loses nothing', () => {
  const word = fc.constantFrom(
    'we', 'call', 'on', 'States', 'Signatories', 'Mr.', 'e.g.', 'IP.rec', 'end.', 'this:', 'item;', 'why?',
    'https://example.org/a.pdf', 'ヨルダン', '声明。', 'نص', '3.14', 'ARTICLE', '19',
  );
  const line = fc.tuple(
    fc.constantFrom('', '', '', '● ', '• ', '- ', '  '),
    fc.array(word, { maxLength: 8 }).map((words) => words.join(' ')),
    fc.constantFrom('', '  '),
  ).map(([start, text, end]) => (text === '' ? '' : start + text) + end);
  const document = fc.array(line, { minLength: 1, maxLength: 30 }).map((all) => all.join('\n'));
  const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

  it('every word of the input is in some unit (bullets apart)', () => {
    fc.assert(
      fc.property(document, (text) => {
        const expected = words(text).filter((w) => !['●', '•', '-'].includes(w));
        fc.pre(expected.length > 0);
        const doc = importPlainText(text, 'en');
        const found = doc.blocks.flatMap((block) => block.units.flatMap((unit) => words(contentText(unit.source))));
        expect(found.sort()).toEqual(expected.sort());
        for (const block of doc.blocks) {
          for (const unit of block.units) {
            const source = contentText(unit.source);
            expect(source).toBe(source.trim());
            expect(source).not.toBe('');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

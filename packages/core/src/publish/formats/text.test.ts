import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH, textFormat } from './text.ts';
import { approvedBlocks, publicationDocument, sampleSource } from './testDocument.ts';
import { displayWidth, wrapText } from './textWrap.ts';

const render = (options: Parameters<typeof publicationDocument>[0] = {}): string => textFormat.render(publicationDocument(options)) as string;
const LONG_URL = 'https://example.org/documents/cybercrime/ad-hoc-committee/concluding-session/A_AC.291_22_Rev.1_E.pdf';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['日本語', 6],
    ['ｱｲｳ', 3],
    ['「声明」。', 10],
    ['e\u0301', 1],
    ['\u2068Access\u2069', 6],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, never inside a word or an address', () => {
    const lines = wrapText(`See ${LONG_URL} for the text of the draft convention and of its annexes.`, 40);
    expect(lines).toEqual(['See', LONG_URL, 'for the text of the draft convention and', 'of its annexes.']);
  });

  it('breaks Japanese between characters, counting two columns each, and keeps closing punctuation on the line', () => {
    const text = '私たちは、条約案が人権を損なう道具として使われることのないよう、各国代表団に対し、その範囲を狭めることを求めます。';
    const lines = wrapText(text, 20);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。]/);
  });

  it('indents the lines after the first', () => {
    expect(wrapText('one two three four', 9, '• ', '  ')).toEqual(['• one two', '  three', '  four']);
  });
});

describe('the plain-text version', () => {
  it('fits e-mail: no line wider than 72 columns but an address, the title and headings underlined', () => {
    const blocks = approvedBlocks(sampleSource, (content) => [...content, ` Voir ${LONG_URL} pour le texte complet du projet de convention et de ses annexes.`]);
    const text = render({ lang: 'fr', blocks });
    for (const line of text.split('\n')) if (!line.includes(LONG_URL)) expect(displayWidth(line), line).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(text).toContain(`\n${LONG_URL}\n`);
    expect(text).toMatch(/\n=+\n/);
    expect(text).toMatch(/\nWhat we ask(?:[^\n]*\n)+?-{3,}\n/);
  });

  it('writes list items after a bullet and signatories indented, links with their address', () => {
    const text = render();
    expect(text).toContain('\n• Protect human rights;\n• Narrow the scope.\n');
    expect(text).toContain('\n  Open Wires Collective\n  7amleh – The Arab Center for the Advancement of Social Media\n');
    expect(text.replace(/\n/g, ' ')).toContain('Read the draft <https://example.org/draft?a=1&b=2> and our notes.');
  });

  it('writes Japanese without spaces between sentences, wrapped within 72 columns', () => {
    const sentence = '私たちは条約案が人権を損なう道具として使われることのないよう求めます。';
    const blocks = approvedBlocks(sampleSource, () => [sentence]);
    const text = render({ lang: 'ja', blocks });
    expect(text).toContain('2024年1月23日');
    const paragraph = text.split('\n\n').find((part) => part.startsWith('私たち') && !part.includes('='))!;
    expect(paragraph.replace(/\n/g, '')).toBe(sentence + sentence);
    for (const line of paragraph.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('ends with the version and the credits after a signature separator', () => {
    expect(render()).toMatch(/\n-- \npublication\.version [^\n]+\npublication\.translator \{"count":1\}: Camille D\.\npublication\.reviewer \{"count":1\}: nightjar\n$/);
  });
});

describe('wrapText, character by character', () => {
  it('counts characters beyond the first plane and combining marks of wide scripts as a terminal does', () => {
    expect(displayWidth('😀a')).toBe(3);
    expect(displayWidth('か\u3099')).toBe(2);
    expect(wrapText('😀😀😀 ok', 4)).toEqual(['😀😀', '😀', 'ok']);
  });

  it('reads spaces as a line shows them: one between words, none at either end', () => {
    expect(wrapText('  one   two  ', 72, '> ')).toEqual(['> one two']);
    expect(wrapText('   ', 72, '> ')).toEqual(['> ']);
  });
});

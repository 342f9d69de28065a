import { describe, expect, it } from 'vitest';
import type { Content, InlineCode } from '../model/document.ts';
import { checkInput, type Check } from './defineCheck.ts';
import { bidiControls } from './bidiControls.ts';
import { doubleSpace } from './doubleSpace.ts';
import { edgeWhitespace } from './edgeWhitespace.ts';
import { endPunctuation } from './endPunctuation.ts';
import { inlineCodes } from './inlineCodes.ts';
import { numbers } from './numbers.ts';
import { CHECKS, runChecks } from './registry.ts';
import { sameAsSource } from './sameAsSource.ts';
import { urls } from './urls.ts';

type Row = [source: string | Content, target: string | Content, lang?: string];

/** Each check with translations it accepts and translations it flags. */
const TABLE: [Check, Row[], Row[]][] = [
  [
    endPunctuation,
    [['We call on states.', 'Nous appelons les États.'], ['Who decides?', '誰が決めるのか？', 'ja'], ['States must act.', '国家は行動すべき', 'ja'], ['Why?', '¿Por qué?', 'es'], ['Quote: “yes.”', 'Citation : « oui. »', 'fr'], ['Why?', 'لماذا؟', 'ar']],
    [['We call on states.', 'Nous appelons les États'], ['Who decides?', 'Qui décide.'], ['To:', 'À']],
  ],
  [
    numbers,
    [['Adopted in 2024 by 120 groups.', 'Adopté en 2024 par 120 groupes.'], ['1,000 signatures', '1 000 signatures', 'fr'], ['Article 8', 'المادة ٨', 'ar'], ['No numbers.', 'Pas de chiffres.']],
    [['Adopted in 2024.', 'Adopté en 2023.'], ['Paragraphs 8 or 9', 'Paragraphe 8'], ['One', '1']],
  ],
  [
    urls,
    [['See https://example.org/a.', 'Voir https://example.org/a.']],
    [['See https://example.org/a.', 'Voir https://example.org/b.'], ['At www.example.org today', 'Aujourd’hui']],
  ],
  [sameAsSource, [['Access Now', 'Access Now'], ['We call on states.', 'Nous appelons.'], ['OK', 'OK']], [['We call on states.', 'We call on states.']]],
  [edgeWhitespace, [['A sentence.', 'Une phrase.']], [['A sentence.', ' Une phrase.'], ['A sentence.', 'Une phrase. ']]],
  [doubleSpace, [['A b.', 'Un b.']], [['A b.', 'Un  b.']]],
  [
    bidiControls,
    [['Signed by Access Now.', 'وقّعت عليه Access Now.', 'ar'], ['Signed by Access Now.', 'وقّعت عليه \u200fAccess Now\u200f.', 'ar'], ['Name: \u2068Access Now\u2069.', 'Nom : \u2068Access Now\u2069.']],
    [['Pay 100 euros.', 'Payez \u202e001\u202c euros.'], ['Pay 100 euros.', 'Payez \u2067100\u2069 euros.'], ['A name.', 'Un \u202anom\u202c.'], ['A name.', 'Un nom\u2066.']],
  ],
];

const content = (v: string | Content): Content => (typeof v === 'string' ? [v] : v);

it('has translations to accept and to flag for every registered check', () => {
  // inline-codes has its own cases below: they need codes, not strings.
  const covered = [...TABLE.filter(([, good, bad]) => good.length > 0 && bad.length > 0).map(([check]) => check.id), inlineCodes.id];
  expect(CHECKS.map((c) => c.id).sort()).toEqual(covered.sort());
});

describe.each(TABLE)('check %s', (check, good, bad) => {
  it.each(good)('accepts %j → %j', (source, target, lang = 'fr') => {
    expect(check.run(checkInput(content(source), content(target), 'en', lang))).toBeNull();
  });
  it.each(bad)('flags %j → %j', (source, target, lang = 'fr') => {
    expect(check.run(checkInput(content(source), content(target), 'en', lang))).toMatch(/\S/);
  });
});

const code = (kind: InlineCode['kind'], id: string, name = 'b'): InlineCode => ({ kind, id, name });

describe('check inline-codes', () => {
  const source: Content = ['A ', code('open', '1'), 'bold', code('close', '1'), ' word', code('standalone', '2', 'br')];
  it('accepts codes moved with the words, as long as pairs nest', () => {
    expect(inlineCodes.run(checkInput(source, [code('standalone', '2', 'br'), 'Un mot ', code('open', '1'), 'gras', code('close', '1')], 'en', 'fr'))).toBeNull();
  });
  it.each([
    ['dropped', ['Un mot gras'] as Content, /missing/],
    ['invented', ['Un ', code('open', '1'), 'mot', code('close', '1'), code('standalone', '2', 'br'), code('standalone', '3', 'br')] as Content, /does not have/],
    ['crossed', [code('close', '1'), 'Un mot', code('open', '1'), code('standalone', '2', 'br')] as Content, /crossed/],
  ])('flags codes %s', (_name, target, message) => {
    expect(inlineCodes.run(checkInput(source, target, 'en', 'fr'))).toMatch(message);
  });
});

describe('a unit that is a long table of numbers (pasted from a PDF)', () => {
  const table = Array.from({ length: 50_000 }, (_, i) => String(10_000 + i));
  it('names the one number its translation lost, and nothing else', () => {
    const translated = table.filter((n) => n !== '33333');
    expect(numbers.run(checkInput([table.join('; ')], [translated.join(' ; ')], 'en', 'fr'))).toBe('Missing: 33333.');
  });
  it('accepts its translation with the numbers in another order', () => {
    expect(numbers.run(checkInput([table.join('; ')], [table.toReversed().join(' ; ')], 'en', 'fr'))).toBeNull();
  });
});

describe('runChecks', () => {
  it('lists every failed check, and none for an empty translation', () => {
    expect(runChecks(['Adopted in 2024.'], ['Adopté en 2023'], 'en', 'fr').map((f) => f.check)).toEqual(['numbers', 'end-punctuation']);
    expect(runChecks(['Adopted in 2024.'], [], 'en', 'fr')).toEqual([]);
  });
});

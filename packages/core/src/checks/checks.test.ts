import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../glossary/term.ts';
import type { Content, InlineCode } from '../model/document.ts';
import { checkInput, type Check, type CheckContext } from './defineCheck.ts';
import { bidiControls } from './bidiControls.ts';
import { brackets } from './brackets.ts';
import { doNotTranslate } from './doNotTranslate.ts';
import { doubleSpace } from './doubleSpace.ts';
import { machineUnedited } from './machineUnedited.ts';
import { edgeWhitespace } from './edgeWhitespace.ts';
import { emails } from './emails.ts';
import { endPunctuation } from './endPunctuation.ts';
import { forbiddenTerm } from './forbiddenTerm.ts';
import { frenchSpacing } from './frenchSpacing.ts';
import { glossaryTerm } from './glossaryTerm.ts';
import { inconsistent } from './inconsistent.ts';
import { inlineCodes } from './inlineCodes.ts';
import { invertedMarks } from './invertedMarks.ts';
import { lengthRatio } from './lengthRatio.ts';
import { numbers } from './numbers.ts';
import { placeholders } from './placeholders.ts';
import { CHECKS, runChecks } from './registry.ts';
import { sameAsSource } from './sameAsSource.ts';
import { urls } from './urls.ts';

/**
 * One case: a source and its translation (text, or content with inline codes), the target language
 * (French unless said), what else is known of the unit, and what the check says: null when it
 * passes, else the key of its message and the values it must carry (others may follow).
 */
interface Case {
  source: string | Content;
  target: string | Content;
  lang?: string;
  context?: CheckContext;
  expect: null | { key: string; values?: Record<string, unknown> };
}

const term = (source: string, target: string | null, forbidden: string[] = []): GlossaryTerm => ({
  source,
  target,
  doNotTranslate: target === null,
  forbidden,
  note: '',
});
const code = (kind: InlineCode['kind'], id: string, name = 'b'): InlineCode => ({ kind, id, name });
const BOLD: Content = ['A ', code('open', '1'), 'bold', code('close', '1'), ' word', code('standalone', '2', 'br')];
const NNBSP = '\u202f';
const JUDICIAL = term('prior judicial authorization', 'autorisation judiciaire préalable', ['autorisation', 'mandat']);
const SIGNAL = term('Signal', null);

/** Each check with the cases it passes and the cases it flags. */
const TABLE = new Map<Check, Case[]>([
  [inlineCodes, [
    { source: BOLD, target: [code('standalone', '2', 'br'), 'Un mot ', code('open', '1'), 'gras', code('close', '1')], expect: null },
    { source: BOLD, target: ['Un mot gras'], expect: { key: 'missing', values: { count: 3 } } },
    { source: BOLD, target: ['Un ', code('open', '1'), 'mot', code('close', '1'), code('standalone', '2', 'br'), code('standalone', '3', 'br')], expect: { key: 'extra', values: { count: 1 } } },
    { source: BOLD, target: [code('close', '1'), 'Un mot', code('open', '1'), code('standalone', '2', 'br')], expect: { key: 'crossed', values: { count: 1 } } },
  ]],
  [placeholders, [
    { source: 'Hello {name}, you have %d messages.', target: 'Bonjour {name}, vous avez %d messages.', expect: null },
    { source: '%1$s signed %2$s.', target: '%2$s a été signé par %1$s.', expect: null },
    { source: 'Dear {{recipient}}', target: 'Cher·e {{ recipient }}', expect: { key: 'missing', values: { items: ['{{recipient}}'], count: 1 } } },
    { source: 'Supported by 50 % of members.', target: 'Soutenu par 50 % des membres.', expect: null },
    { source: 'Hello {name}.', target: 'Bonjour {nom}.', expect: { key: 'missing', values: { items: ['{name}'], count: 1 } } },
    { source: 'Signed by %s.', target: 'Signé par %s et %s.', expect: { key: 'extra', values: { items: ['%s'], count: 1 } } },
    { source: 'Signed by %(name)s.', target: 'Signé.', expect: { key: 'missing', values: { items: ['%(name)s'] } } },
  ]],
  [numbers, [
    { source: 'Adopted in 2024 by 120 groups.', target: 'Adopté en 2024 par 120 groupes.', expect: null },
    { source: '1,000 signatures', target: `1${NNBSP}000 signatures`, expect: null },
    { source: '1,000 signatures', target: '1.000 Unterschriften', lang: 'de', expect: null },
    { source: '2.5 million people', target: '2,5 millions de personnes', expect: null },
    { source: 'Article 8, 1,200 people', target: 'المادة ٨، ١٬٢٠٠ شخص', lang: 'ar', expect: null },
    { source: 'On 05/03/2024', target: 'Le 5 mars 2024', expect: null },
    { source: '12 March, 2026', target: '2026年3月12日', lang: 'ja', expect: null },
    { source: '12 March, 2026', target: '2026年4月12日', lang: 'ja', expect: null },
    { source: '12 March, 2026', target: '2026年3月11日', lang: 'ja', expect: { key: 'missing', values: { items: ['12'], count: 1 } } },
    { source: 'On 5 of them', target: 'Le 5 et le 7', expect: { key: 'added', values: { items: ['7'] } } },
    { source: 'No numbers.', target: 'Pas de chiffres.', expect: null },
    { source: 'Adopted in 2024.', target: 'Adopté en 2023.', expect: { key: 'changed', values: { items: ['2024'], added: ['2023'] } } },
    { source: 'Paragraphs 8 or 9', target: 'Paragraphe 8', expect: { key: 'missing', values: { items: ['9'], count: 1 } } },
    { source: 'One', target: '1', expect: { key: 'added', values: { items: ['1'] } } },
  ]],
  [urls, [
    { source: 'See https://example.org/a.', target: 'Voir https://example.org/a.', expect: null },
    { source: 'See https://example.org/a.', target: 'Voir https://example.org/b.', expect: { key: 'missing', values: { items: ['https://example.org/a'] } } },
    { source: 'At www.example.org today', target: 'Aujourd’hui', expect: { key: 'missing', values: { items: ['www.example.org'] } } },
  ]],
  [emails, [
    { source: 'Write to press@example.org.', target: 'Écrivez à press@example.org.', expect: null },
    { source: 'Write to press@example.org.', target: 'Écrivez à presse@example.org.', expect: { key: 'missing', values: { items: ['press@example.org'], count: 1 } } },
  ]],
  [endPunctuation, [
    { source: 'We call on states.', target: 'Nous appelons les États.', expect: null },
    { source: 'Who decides?', target: '誰が決めるのか？', lang: 'ja', expect: null },
    { source: 'States must act.', target: '国家は行動すべき', lang: 'ja', expect: null },
    { source: 'Why?', target: '¿Por qué?', lang: 'es', expect: null },
    { source: 'Quote: “yes.”', target: `Citation${NNBSP}: «${NNBSP}oui.${NNBSP}»`, expect: null },
    { source: 'Why?', target: 'لماذا؟', lang: 'ar', expect: null },
    { source: 'We call on states.', target: 'Nous appelons les États', expect: { key: 'missing', values: { source: '.' } } },
    { source: 'Who decides?', target: 'Qui décide.', expect: { key: 'different', values: { source: '?', target: '.' } } },
    { source: 'We act', target: 'Nous agissons !', expect: { key: 'added', values: { target: '!' } } },
    { source: 'States must act.', target: '国家は行動すべき.', lang: 'ja', expect: { key: 'script', values: { found: '.', expected: '。' } } },
    { source: 'Why?', target: 'لماذا?', lang: 'ar', expect: { key: 'script', values: { found: '?', expected: '؟' } } },
  ]],
  [invertedMarks, [
    { source: 'Who decides? Nobody!', target: '¿Quién decide? ¡Nadie!', lang: 'es', expect: null },
    { source: 'Who decides?', target: 'Qui décide ?', lang: 'fr', expect: null },
    { source: 'We act. Who decides?', target: 'Actuamos. Quién decide?', lang: 'es', expect: { key: 'question' } },
    { source: 'Never again!', target: 'Nunca más!', lang: 'es-MX', expect: { key: 'exclamation' } },
  ]],
  [frenchSpacing, [
    { source: 'Why? Act now!', target: `Pourquoi${NNBSP}? Agissez${NNBSP}!`, expect: null },
    { source: 'Note: see https://example.org at 10:30.', target: 'Note\u00a0: voir https://example.org à 10:30.', expect: null },
    { source: 'Why?', target: 'Why?', lang: 'en', expect: null },
    { source: 'Why?', target: 'Pourquoi ?', expect: { key: 'breaking', values: { mark: '?' } } },
    { source: 'Why?', target: 'Pourquoi?', expect: { key: 'missing', values: { mark: '?' } } },
    { source: '“Yes”', target: `« Oui${NNBSP}»`, expect: { key: 'breaking', values: { mark: '«' } } },
    { source: 'Note: this', target: 'Note: ceci', lang: 'fr-CA', expect: { key: 'missing', values: { mark: ':' } } },
  ]],
  [brackets, [
    { source: 'States (all of them) must act.', target: 'Les États (tous) doivent agir.', expect: null },
    { source: 'He said “no”.', target: 'Er sagte „nein“.', lang: 'de', expect: null },
    { source: 'a) first', target: 'a) premier', expect: null },
    { source: 'States (all of them) must act.', target: 'Les États (tous doivent agir.', expect: { key: 'unpaired', values: { mark: '(' } } },
    { source: 'He said “no”.', target: 'Il a dit « non.', expect: { key: 'unpaired', values: { mark: '«' } } },
    { source: 'See [1].', target: 'Voir 1].', expect: { key: 'unpaired', values: { mark: ']' } } },
  ]],
  [glossaryTerm, [
    { source: 'Without prior judicial authorization.', target: 'Sans autorisation judiciaire préalable.', context: { terms: [JUDICIAL] }, expect: null },
    { source: 'Without prior judicial authorization.', target: 'Sans Autorisation  judiciaire\u00a0préalable.', context: { terms: [JUDICIAL] }, expect: null },
    { source: 'Without prior judicial authorization.', target: 'Sans mandat du juge.', expect: null },
    { source: 'Without prior judicial authorization.', target: 'Sans mandat du juge.', context: { terms: [JUDICIAL] }, expect: { key: 'unused', values: { items: ['autorisation judiciaire préalable'], count: 1 } } },
    { source: 'Use Signal.', target: 'Utilisez Signal.', context: { terms: [SIGNAL] }, expect: null },
  ]],
  [doNotTranslate, [
    { source: 'Use Signal.', target: 'Utilisez Signal.', context: { terms: [SIGNAL] }, expect: null },
    { source: 'Use Signal.', target: 'Signal を使ってください。', lang: 'ja', context: { terms: [SIGNAL] }, expect: null },
    { source: 'Use Signal.', target: 'Utilisez Signal.', expect: null },
    { source: 'Use Signal.', target: 'Utilisez signal.', context: { terms: [SIGNAL] }, expect: { key: 'altered', values: { items: ['Signal'], count: 1 } } },
    { source: 'Use Signal.', target: 'Utilisez Signale.', context: { terms: [SIGNAL] }, expect: { key: 'altered', values: { items: ['Signal'] } } },
    { source: 'Use Signal.', target: 'استخدموا سيغنال.', lang: 'ar', context: { terms: [SIGNAL] }, expect: { key: 'altered', values: { items: ['Signal'] } } },
  ]],
  [forbiddenTerm, [
    { source: 'Without prior judicial authorization.', target: 'Sans autorisation judiciaire préalable.', context: { terms: [JUDICIAL] }, expect: null },
    { source: 'Without prior judicial authorization.', target: 'Sans mandatement.', context: { terms: [JUDICIAL] }, expect: null },
    { source: 'Without prior judicial authorization.', target: 'Sans mandat du juge.', context: { terms: [JUDICIAL] }, expect: { key: 'used', values: { items: ['mandat'], count: 1 } } },
    { source: 'Without prior judicial authorization.', target: 'Sans Autorisation.', context: { terms: [JUDICIAL] }, expect: { key: 'used', values: { items: ['autorisation'] } } },
  ]],
  [inconsistent, [
    { source: 'We call on states.', target: 'Nous appelons les États.', context: { sameSource: ['Nous appelons les États. '] }, expect: null },
    { source: 'We call on states.', target: 'Nous appelons les États.', expect: null },
    { source: 'We call on states.', target: 'Nous appelons les États.', context: { sameSource: ['Nous exhortons les États.', 'Nous appelons les États.'] }, expect: { key: 'different', values: { items: ['Nous exhortons les États.'], count: 1 } } },
  ]],
  [sameAsSource, [
    { source: 'Access Now', target: 'Access Now', expect: null },
    { source: 'We call on states.', target: 'Nous appelons.', expect: null },
    { source: 'We call on states.', target: 'We call on states.', expect: { key: 'found' } },
  ]],
  [lengthRatio, [
    { source: 'States must protect encryption.', target: 'Les États doivent protéger le chiffrement.', expect: null },
    { source: 'States must protect encryption.', target: '国家は暗号化を守らなければならない。', lang: 'ja', expect: null },
    { source: 'OK', target: 'D’accord, c’est entendu ainsi.', expect: null },
    { source: 'States must protect encryption.', target: 'États.', expect: { key: 'short' } },
    { source: 'States must protect encryption.', target: 'Les États doivent protéger le chiffrement de bout en bout, partout, toujours, sans exception aucune, dans tous les cas, et le dire très clairement.', expect: { key: 'long' } },
    { source: 'States must protect encryption.', target: 'Les États doivent protéger le chiffrement.', lang: 'ja', expect: { key: 'long' } },
  ]],
  [edgeWhitespace, [
    { source: 'A sentence.', target: 'Une phrase.', expect: null },
    { source: 'A sentence.', target: ' Une phrase.', expect: { key: 'leading' } },
    { source: 'A sentence.', target: 'Une phrase. ', expect: { key: 'trailing' } },
  ]],
  [doubleSpace, [
    { source: 'A b.', target: 'Un b.', expect: null },
    { source: 'A b.', target: 'Un  b.', expect: { key: 'found' } },
  ]],
  [machineUnedited, [
    { source: 'Protect journalists.', target: 'Proteger periodistas.', expect: null },
    { source: 'Protect journalists.', target: 'Proteger periodistas.', context: { machine: null }, expect: null },
    { source: 'Protect journalists.', target: 'Proteger periodistas.', context: { machine: 'Apertium' }, expect: { key: 'unedited', values: { engine: 'Apertium' } } },
  ]],
  [bidiControls, [
    { source: 'Signed by Access Now.', target: 'وقّعت عليه Access Now.', lang: 'ar', expect: null },
    { source: 'Signed by Access Now.', target: 'وقّعت عليه \u200fAccess Now\u200f.', lang: 'ar', expect: null },
    { source: 'Name: \u2068Access Now\u2069.', target: 'Nom : \u2068Access Now\u2069.', expect: null },
    { source: 'Pay 100 euros.', target: 'Payez \u202e001\u202c euros.', expect: { key: 'found', values: { count: 2, chars: ['U+202E', 'U+202C'] } } },
    { source: 'Pay 100 euros.', target: 'Payez \u2067100\u2069 euros.', expect: { key: 'found', values: { count: 2 } } },
    { source: 'A name.', target: 'Un nom\u2066.', expect: { key: 'found', values: { count: 1, chars: ['U+2066'] } } },
  ]],
]);

const content = (v: string | Content): Content => (typeof v === 'string' ? [v] : v);
const caseName = (c: Case) => `${JSON.stringify(c.source)} → ${JSON.stringify(c.target)} (${c.lang ?? 'fr'})`;

it('has cases to pass and to flag for every registered check, and no case for an unregistered one', () => {
  const covered = [...TABLE].filter(([, cases]) => cases.some((c) => c.expect === null) && cases.some((c) => c.expect !== null)).map(([check]) => check.id);
  expect(covered.sort()).toEqual(CHECKS.map((c) => c.id).sort());
});

it('has at least fifteen checks, each with a severity', () => {
  expect(CHECKS.length).toBeGreaterThanOrEqual(15);
  expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  for (const check of CHECKS) expect(['error', 'warning']).toContain(check.severity);
});

describe.each([...TABLE].map(([check, cases]) => [check.id, check, cases] as const))('check %s', (_id, check, cases) => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    const found = check.run(checkInput(content(c.source), content(c.target), 'en', c.lang ?? 'fr', c.context));
    if (c.expect === null) expect(found).toBeNull();
    else expect(found).toMatchObject({ key: c.expect.key, ...(c.expect.values ? { values: c.expect.values } : {}) });
  });
});

type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (lang: string) => JSON.parse(fs.readFileSync(new URL(`../../../../locales/${lang}/ui.json`, import.meta.url), 'utf8')) as Catalogue;
const messageAt = (messages: Catalogue, key: string) =>
  key.split('.').reduce<string | Catalogue | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messages);

describe.each(['en', 'fr', 'es', 'ja', 'ar'])('the %s UI catalogue', (lang) => {
  const messages = catalogue(lang);
  it('names every check', () => {
    for (const check of CHECKS) expect(messageAt(messages, `qa.checks.${check.id}.name`), check.id).toMatch(/\S/);
  });
  it('has the message of every finding in the table, with no argument the finding does not give', () => {
    for (const [check, cases] of TABLE) {
      for (const c of cases) {
        const [finding] = runChecks(content(c.source), content(c.target), 'en', c.lang ?? 'fr', c.context).filter((f) => f.check === check.id);
        if (!finding) continue;
        const message = messageAt(messages, finding.message.key);
        expect(message, `${finding.message.key} (${caseName(c)})`).toEqual(expect.any(String));
        // `{name}` and `{name, plural…}`: an argument the message names must be among the finding's values.
        for (const [, name] of (message as string).matchAll(/\{(\w+)\s*[,}]/g)) expect(finding.message.values, `${finding.message.key}: {${name}}`).toHaveProperty(name!);
      }
    }
  });
});

describe('a unit that is a long table of numbers (pasted from a PDF)', () => {
  const table = Array.from({ length: 50_000 }, (_, i) => String(10_000 + i));
  it('names the one number its translation lost, and nothing else', () => {
    const translated = table.filter((n) => n !== '33333');
    expect(numbers.run(checkInput([table.join('; ')], [translated.join(' ; ')], 'en', 'fr'))).toEqual({ key: 'missing', values: { items: ['33333'], count: 1 } });
  });
  it('accepts its translation with the numbers in another order', () => {
    expect(numbers.run(checkInput([table.join('; ')], [table.toReversed().join(' ; ')], 'en', 'fr'))).toBeNull();
  });
  it('names the first ten numbers lost, and counts them all', () => {
    expect(numbers.run(checkInput([table.join('; ')], ['rien'], 'en', 'fr'))).toMatchObject({ key: 'missing', values: { count: 50_000, items: table.slice(0, 10) } });
  });
});

describe('runChecks', () => {
  it('lists every failed check with its severity and catalogue key, and none for an empty translation', () => {
    expect(runChecks(['Adopted in 2024 by {org}.'], ['Adopté en 2023'], 'en', 'fr')).toEqual([
      { check: 'placeholders', severity: 'error', message: { key: 'qa.checks.placeholders.missing', values: { items: ['{org}'], count: 1 } } },
      { check: 'numbers', severity: 'warning', message: { key: 'qa.checks.numbers.changed', values: { items: ['2024'], count: 1, added: ['2023'] } } },
      { check: 'end-punctuation', severity: 'warning', message: { key: 'qa.checks.end-punctuation.missing', values: { source: '.' } } },
    ]);
    expect(runChecks(['Adopted in 2024.'], [], 'en', 'fr')).toEqual([]);
  });

  it('passes the glossary terms and the other translations of the same source to the checks', () => {
    const findings = runChecks(['Use Signal without prior judicial authorization.'], ['Utilisez signal sans mandat.'], 'en', 'fr', {
      terms: [SIGNAL, JUDICIAL],
      sameSource: ['Utilisez Signal sans autorisation judiciaire préalable.'],
    });
    expect(findings.map((f) => [f.check, f.severity])).toEqual([
      ['do-not-translate', 'error'],
      ['forbidden-term', 'error'],
      ['glossary-term', 'warning'],
      ['inconsistent', 'warning'],
    ]);
  });
});

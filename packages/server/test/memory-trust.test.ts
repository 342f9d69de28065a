import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText, type Content, type InlineCode } from '@tessera/core';
import { api, type EditorUnit, type HistoryEvent, type LanguageView, type LeverageReport, type MemoryMatch, type ProjectSummary } from '@tessera/core/contract';
import { addDemoTranslatorAndReviewer, readShared, startDemoServer, type Client, type TestServer } from './harness.ts';
import { tessera } from './tesseraCommand.ts';

let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;

beforeAll(async () => {
  ({ server, coordinator, translator, reviewer } = await startDemoServer());
});
afterAll(() => server?.close());

/** A project into French with the demo team, from text (or Markdown). */
async function project(name: string, text: string, format: 'text' | 'markdown' = 'text'): Promise<number> {
  const created = await coordinator.json<ProjectSummary>('POST', api.projects(), { name, sourceLang: 'en', targetLangs: ['fr'], text, format });
  await addDemoTranslatorAndReviewer(server, created.id);
  return created.id;
}
const unitsOf = async (projectId: number) => (await coordinator.json<LanguageView>('GET', api.language(projectId, 'fr', { limit: 500 }))).units;
const unitWith = async (projectId: number, source: string) => (await unitsOf(projectId)).find((u) => contentText(u.source) === source)!;
const matchesFor = (projectId: number, unitId: number) => translator.json<MemoryMatch[]>('GET', api.memoryMatches(projectId, 'fr', unitId));
const historyOf = (projectId: number, unitId: number) => translator.json<HistoryEvent[]>('GET', api.history(projectId, 'fr', unitId));

/** The translator saves `target`; the reviewer approves it. */
async function approve(projectId: number, unit: EditorUnit, target: Content): Promise<EditorUnit> {
  const saved = await translator.json<EditorUnit>('PUT', api.translation(projectId, 'fr', unit.id), { target, baseRevision: unit.revision });
  return reviewer.json<EditorUnit>('POST', api.review(projectId, 'fr', unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'A stand-in translation for the test.' });
}
/** A machine-made French: `FR ` before each piece of text, the inline codes kept. */
const machineFrench = (source: Content): Content => source.map((part, i) => (typeof part === 'string' ? (i === 0 ? `FR ${part}` : part) : part));

const THREE = 'Encryption protects everyone. We ask the delegations to act. The Convention must change.';

describe('matches a translator can trust', () => {
  let first: number;
  beforeAll(async () => {
    first = await project('Trust: first', THREE);
    for (const unit of await unitsOf(first)) await approve(first, unit, machineFrench(unit.source));
  });

  it('fills a new project’s sentences with a context match as needs-review, never approved, and says so in the history', async () => {
    const again = await project('Trust: again', THREE);
    const units = await unitsOf(again);
    expect(units.map((u) => [contentText(u.target), u.state])).toEqual([
      ['FR Encryption protects everyone.', 'needs-review'],
      ['FR We ask the delegations to act.', 'needs-review'],
      ['FR The Convention must change.', 'needs-review'],
    ]);
    const [event] = await historyOf(again, units[1]!.id);
    expect(event).toMatchObject({ kind: 'memory', stateAfter: 'needs-review', comment: expect.stringMatching(/^context match from project “Trust: first” \(\d{4}-\d\d-\d\d\)$/) });
    const matches = await matchesFor(again, units[1]!.id);
    expect(matches[0]).toMatchObject({ kind: 'context', score: 100, origin: { kind: 'project', name: 'Trust: first' }, target: ['FR We ask the delegations to act.'] });
    expect(Date.parse(matches[0]!.createdAt)).toBeGreaterThan(0);
  });

  it('fills a sentence found elsewhere as a 100% match, leaves the rest untranslated, and offers context before a newer exact match', async () => {
    const elsewhere = await project('Trust: elsewhere', 'Something else entirely here. We ask the delegations to act. Nothing more to add today.');
    const units = await unitsOf(elsewhere);
    expect(units.map((u) => u.state)).toEqual(['untranslated', 'needs-review', 'untranslated']);
    expect((await historyOf(elsewhere, units[1]!.id))[0]!.comment).toMatch(/^100% match from project “Trust: first”/);
    const [exact] = await matchesFor(elsewhere, units[1]!.id);
    expect(exact).toMatchObject({ kind: 'exact', score: 100 });
    // Approved here in other words, later: the newest 100% match, yet no context match for the first project's sentences.
    await reviewer.json<EditorUnit>('POST', api.review(elsewhere, 'fr', units[1]!.id), { decision: 'reject', baseRevision: units[1]!.revision, comment: 'reword' });
    await approve(elsewhere, await unitWith(elsewhere, 'We ask the delegations to act.'), ['FR2 Nous demandons aux délégations d’agir.']);
    const third = await project('Trust: third', THREE);
    const middle = await unitWith(third, 'We ask the delegations to act.');
    expect(contentText(middle.target)).toBe('FR We ask the delegations to act.');
    const matches = await matchesFor(third, middle.id);
    expect(matches.slice(0, 2).map((m) => [m.kind, m.origin.name])).toEqual([
      ['context', 'Trust: first'],
      ['exact', 'Trust: elsewhere'],
    ]);
  });

  it('fills the sentences a new version of the source adds, not those it keeps', async () => {
    const revised = await project('Trust: revised', 'Encryption protects everyone. A sentence of its own.');
    const [kept] = await unitsOf(revised);
    expect(kept!.state).toBe('needs-review');
    await translator.json<EditorUnit>('PUT', api.translation(revised, 'fr', kept!.id), { target: [''], baseRevision: kept!.revision });
    await coordinator.json('POST', api.revisions(revised), { text: `${THREE} A sentence of its own.`, baseRevision: 1 });
    const units = await unitsOf(revised);
    expect(units.map((u) => [contentText(u.source), contentText(u.target), u.state])).toEqual([
      ['Encryption protects everyone.', '', 'untranslated'],
      ['We ask the delegations to act.', 'FR We ask the delegations to act.', 'needs-review'],
      ['The Convention must change.', 'FR The Convention must change.', 'needs-review'],
      ['A sentence of its own.', '', 'untranslated'],
    ]);
  });

  it('gives a fuzzy match its kind, and leaves a new sentence with only a fuzzy match untranslated', async () => {
    const fuzzy = await project('Trust: fuzzy', 'We ask the delegations to act now.');
    const [unit] = await unitsOf(fuzzy);
    expect(unit!.state).toBe('untranslated');
    const matches = await matchesFor(fuzzy, unit!.id);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.kind === 'fuzzy' && m.score < 100)).toBe(true);
  });
});

describe('inline codes of a stored translation', () => {
  const codes = (content: Content) => content.filter((p): p is InlineCode => typeof p !== 'string');

  it('become the current sentence’s codes (its link), and a code with no counterpart is dropped for the missing-code check to name', async () => {
    const old = await project('Codes: old', 'Read **the treaty** and [act](https://old.example) now.', 'markdown');
    const [unit] = await unitsOf(old);
    const french: Content = unit!.source.map((p) => (typeof p !== 'string' ? p : ({ 'Read ': 'Lisez ', 'the treaty': 'le traité', ' and ': ' et ', act: 'agissez', ' now.': ' maintenant.' } as Record<string, string>)[p] ?? p));
    await approve(old, unit!, french);

    const moved = await project('Codes: moved', 'Read **the treaty** and [act](https://new.example) now.', 'markdown');
    const [current] = await unitsOf(moved);
    expect(current!.state).toBe('needs-review');
    expect(codes(current!.target)).toEqual(codes(current!.source));
    expect(codes(current!.target).find((c) => c.name === 'a')?.attrs?.href).toBe('https://new.example');
    expect(contentText(current!.target)).toBe('Lisez le traité et agissez maintenant.');
    const [match] = await matchesFor(moved, current!.id);
    expect(codes(match!.target)).toEqual(codes(current!.source));

    const plain = await project('Codes: plain', 'Read **the treaty** and act now.', 'markdown');
    const [lesser] = await unitsOf(plain);
    const [offered] = await matchesFor(plain, lesser!.id);
    expect(offered!.target).toEqual(['Lisez ', ...codes(lesser!.source).slice(0, 1), 'le traité', ...codes(lesser!.source).slice(1), ' et agissez maintenant.']);

    const bolder = await project('Codes: bolder', 'Read **the treaty** and [act](https://x.example) **now**.', 'markdown');
    const [richer] = await unitsOf(bolder);
    expect(codes(richer!.target)).toHaveLength(codes(richer!.source).length - 2);
    expect(richer!.qa.map((issue) => issue.check)).toContain('inline-codes');
  });
});

describe('a sentence the project repeats', () => {
  const REPEATED = 'We stand together. Encryption is not a crime. We stand together. Rights are universal. We stand together.';

  it('goes, once translated, to its untranslated repetitions as needs-review, never over a translation someone wrote', async () => {
    const repeats = await project('Repeats', REPEATED);
    const units = await unitsOf(repeats);
    const [one, , two, , three] = units;
    const own = await translator.json<EditorUnit>('PUT', api.translation(repeats, 'fr', three!.id), { target: ['Nous restons unis (à la fin).'], baseRevision: three!.revision });
    expect(own.state).toBe('translated');
    // The last occurrence had its own translation: it went to the other two.
    const after = await unitsOf(repeats);
    expect([after[0], after[2]].map((u) => [contentText(u!.target), u!.state])).toEqual([
      ['Nous restons unis (à la fin).', 'needs-review'],
      ['Nous restons unis (à la fin).', 'needs-review'],
    ]);
    const saved = await translator.json<EditorUnit>('PUT', api.translation(repeats, 'fr', one!.id), { target: ['Nous restons unis.'], baseRevision: after[0]!.revision });
    expect(saved.state).toBe('translated');
    const last = await unitsOf(repeats);
    expect(last.map((u) => contentText(u.target))).toEqual(['Nous restons unis.', '', 'Nous restons unis (à la fin).', '', 'Nous restons unis (à la fin).']);
    expect(last.map((u) => u.state)).toEqual(['translated', 'untranslated', 'needs-review', 'untranslated', 'translated']);
    const [event] = await historyOf(repeats, two!.id);
    expect(event).toMatchObject({ kind: 'memory', user: expect.any(String), comment: `the same sentence, translated in unit ${three!.id} of this project` });
  });
});

describe('leverage report', () => {
  it('shows how much of the retelling the approved statement translates, over HTTP and on the command line', async () => {
    const statement = await project('Statement 004', readShared('statement/004_8a8e2a0996246479.txt'));
    for (const unit of await unitsOf(statement)) if (unit.translate) await approve(statement, unit, machineFrench(unit.source));
    const retelling = await project('Retelling 000', readShared('statement/000_1cdba5b869541008.txt'));

    const report = await coordinator.json<LeverageReport>('GET', api.leverage(retelling, 'fr'));
    expect(report.lines.map((l) => l.band)).toEqual(['context', 'exact', 'repetition', '95', '85', '75', 'none']);
    const units = (await unitsOf(retelling)).filter((u) => u.translate);
    expect(report.total.units).toBe(units.length);
    expect(report.lines.reduce((n, l) => n + l.units, 0)).toBe(units.length);
    // The retelling quotes the statement: some of it is reused, most is new.
    const reused = report.lines.filter((l) => l.band !== 'none').reduce((n, l) => n + l.units, 0);
    expect(reused).toBeGreaterThan(0);
    expect(report.lines.find((l) => l.band === 'none')!.units).toBeGreaterThan(0);
    // Every 100% or context match was filled in, as needs-review.
    const filled = units.filter((u) => u.state === 'needs-review').length;
    expect(filled).toBe(report.lines.filter((l) => l.band === 'context' || l.band === 'exact').reduce((n, l) => n + l.units, 0));
    // The statement's own leverage: each sentence is its own approved translation, left out.
    const own = await coordinator.json<LeverageReport>('GET', api.leverage(statement, 'fr'));
    expect(own.lines.find((l) => l.band === 'none')!.units + own.lines.find((l) => l.band === 'repetition')!.units).toBeGreaterThan(0);

    const cli = await tessera(server.database, 'memory', 'leverage', '--project', 'Retelling 000', '--lang', 'fr');
    expect(cli.code).toBe(0);
    console.log(`tessera memory leverage --project "Retelling 000" --lang fr\n${cli.stdout}`);
    expect(cli.stdout).toContain('Leverage of “Retelling 000” into fr');
    for (const line of report.lines) expect(cli.stdout).toMatch(new RegExp(`\\s${line.units}\\s+${line.words}\\s`));
    expect(cli.stdout).toMatch(new RegExp(`total\\s+${report.total.units}\\s+${report.total.words}\\s+100%`));

    // Created from the command line for the coordinator, the retelling arrives with the same sentences filled in.
    const file = path.join(server.database.dataDir, 'retelling.txt');
    fs.writeFileSync(file, readShared('statement/000_1cdba5b869541008.txt'));
    const created = await tessera(server.database, 'project', 'create', '--name', 'Retelling again', '--source', file, '--targets', 'fr', '--owner', server.accounts.coordinator.email);
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`fr: ${filled} sentences filled in from the translation memory, to review`);
  });

  it('is for members only, and for a language of the project', async () => {
    const demo = (await coordinator.json<ProjectSummary[]>('GET', api.projects()))[0]!;
    expect((await translator.send('GET', api.leverage(demo.id, 'xx'))).status).toBe(404);
    const outsider = await coordinator.send('GET', api.leverage(999999, 'fr'));
    expect(outsider.status).toBe(404);
  });
});

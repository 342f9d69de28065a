import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { publicationFormats, readXliff12, writeXliff12 } from '@tessera/core';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { tessera as tesseraOn } from './tesseraCommand.ts';

let database: TestDatabase;
const file = (name: string) => path.join(database.dataDir, name);
const tessera = (...args: string[]) => tesseraOn(database, ...args);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const statement = `1 May, 2026

A Statement Written for the Command-Line Test

The first sentence of the statement. The second sentence follows.

We ask for:

- one thing;
- another thing.
`;

describe('the tessera command line', () => {
  it('creates a project from a file and prints its id', async () => {
    fs.writeFileSync(file('statement.txt'), statement);
    const result = await tessera('project', 'create', '--name', 'CLI test', '--source', file('statement.txt'), '--source-lang', 'en', '--targets', 'ja,fr');
    expect(result).toMatchObject({ code: 0, stdout: '1\n' });
  });

  it('refuses a second project with the same name with exit 1 and a message', async () => {
    const result = await tessera('project', 'create', '--name', 'CLI test', '--source', file('statement.txt'), '--targets', 'ja');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/exists already/);
  });

  it('exports XLIFF, imports an edited copy, and publishes the approved translation', async () => {
    expect((await tessera('export', '--project', 'CLI test', '--lang', 'ja', '--format', 'xliff12', '--out', file('ja.xlf'))).code).toBe(0);
    const doc = readXliff12(fs.readFileSync(file('ja.xlf'), 'utf8'));
    const title = doc.groups.find((g) => g.kind === 'title')!.units[0]!;
    title.target = ['コマンドラインのテストのために書かれた声明'];
    title.state = 'approved';
    fs.writeFileSync(file('ja-edited.xlf'), writeXliff12(doc));

    const imported = await tessera('import', '--project', 'CLI test', '--file', file('ja-edited.xlf'), '--as', 'Ana (CLI)');
    expect(imported).toMatchObject({ code: 0, stdout: 'ja: 1 updated, ' + (doc.groups.flatMap((g) => g.units).length - 1) + ' unchanged\n' });

    // Not every unit is approved: nothing is published, and the units in the way are named.
    const refused = await tessera('publish', '--project', 'CLI test', '--lang', 'ja', '--format', 'html', '--out', file('ja.html'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/stand in the way of publishing ja/);
    expect(refused.stderr).toMatch(/unit \d+ \(untranslated\): The first sentence of the statement\./);
    expect(fs.existsSync(file('ja.html'))).toBe(false);

    const published = await tessera('publish', '--project', 'CLI test', '--lang', 'ja', '--format', 'html', '--out', file('ja.html'), '--allow-fallback');
    expect(published).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Published ja version 1\. Wrote /) });
    const html = fs.readFileSync(file('ja.html'), 'utf8');
    expect(html).toContain('<h1>コマンドラインのテストのために書かれた声明</h1>');
    expect(html).toContain('2026年5月1日');
    expect(html).toContain('The first sentence of the statement.');
  });

  it('writes a published version in every registered format, and the bundle of every released language', async () => {
    const help = await tessera('publish', '--help');
    for (const format of publicationFormats) expect(help.stdout).toContain(format.id);
    for (const format of publicationFormats) {
      const out = file(`ja-v1.${format.extension}`);
      expect(await tessera('publish', '--project', 'CLI test', '--lang', 'ja', '--version', '1', '--format', format.id, '--out', out)).toMatchObject({ code: 0 });
      expect(fs.statSync(out).size).toBeGreaterThan(0);
    }
    expect(fs.readFileSync(file('ja-v1.md'), 'utf8')).toMatch(/^---\n/);
    // Without --out, a text format goes to stdout, and nothing else does.
    const piped = await tessera('publish', '--project', 'CLI test', '--lang', 'ja', '--version', '1', '--format', 'markdown');
    expect(piped).toMatchObject({ code: 0, stderr: '' });
    expect(piped.stdout).toBe(fs.readFileSync(file('ja-v1.md'), 'utf8').replace(/\n?$/, '\n'));
    const unknown = await tessera('publish', '--project', 'CLI test', '--lang', 'ja', '--format', 'pdf');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(publicationFormats.map((f) => f.id).join(', '));

    expect((await tessera('bundle', '--project', 'CLI test', '--out', file('site.zip'))).code).toBe(0);
    expect((await tessera('publish', '--project', 'CLI test', '--bundle', '--out', file('site-2.zip'))).code).toBe(0);
    const files = unzipSync(fs.readFileSync(file('site.zip')));
    expect(Object.keys(files).sort()).toEqual(['index.html', 'manifest.json', ...publicationFormats.map((f) => `ja.${f.extension}`)].sort());
    expect(JSON.parse(strFromU8(files['manifest.json']!))).toMatchObject({ languages: [{ lang: 'ja', version: 1, sourceRevision: 1 }] });
  });

  it('refuses a bad file with exit 1 and changes nothing', async () => {
    fs.writeFileSync(file('bad.xlf'), '<xliff version="1.2"><file');
    const before = fs.readFileSync(file('ja.xlf'), 'utf8');
    const result = await tessera('import', '--project', 'CLI test', '--file', file('bad.xlf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 1/i);
    await tessera('export', '--project', 'CLI test', '--lang', 'ja', '--out', file('ja-after.xlf'));
    const after = readXliff12(fs.readFileSync(file('ja-after.xlf'), 'utf8'));
    const edited = readXliff12(before);
    expect(after.groups.flatMap((g) => g.units).filter((u) => u.target)).toHaveLength(1);
    expect(after.groups.length).toBe(edited.groups.length);
  });

  it('imports a new revision, printing the alignment summary, and only reports it with --dry-run', async () => {
    fs.writeFileSync(file('statement-2.txt'), statement.replace('Command-Line', 'Command–Line').replace('The second sentence follows.', 'The second sentence follows here.').replace('- another thing.', '- another thing;\n- a third thing.'));
    const dry = await tessera('project', 'update', '--project', 'CLI test', '--source', file('statement-2.txt'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Dry run: revision 2: 3 units kept, 1 retouched \(typography\), 2 reworded, 1 new, 0 retired\./);
    expect(dry.stdout).toContain('+ a third thing.');
    const applied = await tessera('project', 'update', '--project', 'CLI test', '--source', file('statement-2.txt'));
    expect(applied.stdout).toMatch(/^Revision 2: /);
    expect(applied.stdout).toContain('ja: 1 translations carried over, 0 to review, 0 retired');
    const again = await tessera('project', 'update', '--project', 'CLI test', '--source', file('statement-2.txt'), '--dry-run');
    expect(again.stdout).toMatch(/^Dry run: revision 3: 7 units kept, 0 retouched/);
  });

  it('exports XLIFF 2.0 and TMX, checks XLIFF files, and imports a TMX file into the memory', async () => {
    expect(await tessera('export', '--project', 'CLI test', '--lang', 'ja', '--format', 'xliff20', '--out', file('ja.xlf2'))).toMatchObject({ code: 0, stdout: '', stderr: expect.stringMatching(/^Wrote \d+ units/) });
    expect(fs.readFileSync(file('ja.xlf2'), 'utf8')).toContain('urn:oasis:names:tc:xliff:document:2.0');

    const checked = await tessera('xliff', 'check', file('ja.xlf'), file('ja.xlf2'));
    expect(checked.code).toBe(0);
    const reports = checked.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; valid: boolean; version: string; units: number; errors: unknown[] });
    expect(reports.map((r) => [path.basename(r.file), r.valid, r.version])).toEqual([
      ['ja.xlf', true, '1.2'],
      ['ja.xlf2', true, '2.0'],
    ]);

    fs.writeFileSync(file('dup.xlf2'), fs.readFileSync(file('ja.xlf2'), 'utf8').replace(/<segment id="(\d+)"/g, '<segment id="same"'));
    const bad = await tessera('xliff', 'check', file('ja.xlf'), file('dup.xlf2'));
    expect(bad.code).toBe(1);
    const badReport = JSON.parse(bad.stdout.trim().split('\n')[1]!) as { valid: boolean; errors: { rule: string; line: number }[] };
    expect(badReport.valid).toBe(false);
    expect(badReport.errors[0]!.line).toBeGreaterThan(0);
    expect(badReport.errors.map((e) => e.rule).join(' ')).toMatch(/id/);

    const exported = await tessera('export', '--project', 'CLI test', '--lang', 'ja', '--format', 'tmx', '--out', file('ja.tmx'));
    expect(exported).toMatchObject({ stdout: '', stderr: expect.stringMatching(/^Wrote 1 approved translations/) });
    const imported = await tessera('import', '--file', file('ja.tmx'));
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toMatch(/Translation memory: 1 entries added \(en→ja 1\)/);
  });

  it('writes an export or a publication without --out on stdout, and nothing else there', async () => {
    const xliff = await tessera('export', '--project', 'CLI test', '--lang', 'ja', '--format', 'xliff20');
    expect(xliff).toMatchObject({ code: 0, stderr: '' });
    expect(xliff.stdout).toBe(fs.readFileSync(file('ja.xlf2'), 'utf8').replace(/\n?$/, '\n'));
    const html = await tessera('publish', '--project', 'CLI test', '--lang', 'ja', '--version', '1', '--format', 'html');
    expect(html).toMatchObject({ code: 0, stderr: '' });
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).toContain('<h1>コマンドラインのテストのために書かれた声明</h1>');
  });

  it('answers a usage mistake with exit 2 and the usage', async () => {
    const missing = await tessera('export', '--project', 'CLI test', '--format', 'xliff12');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--lang is required/);
    expect((await tessera('frobnicate')).code).toBe(2);
    expect((await tessera('export', '--nonsense')).code).toBe(2);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeXliff12, writeXliff20, type XliffDocument } from './index.ts';
import { randomXliffDocument } from './randomDocuments.test-data.ts';

// Every file our writers export validates against the official schemas (xmllint, no network).
const schemas = fileURLToPath(new URL('../../../../../shared/conformance/schemas/', import.meta.url));
const XLIFF12_STRICT = join(schemas, 'xliff12/xliff-core-1.2-strict.xsd');
const XLIFF2_CORE = join(schemas, 'xliff2/xliff_core_2.0.xsd');
const XLIFF2_WITH_MODULES = join(schemas, 'xliff2/xliff_2.1_with_modules.xsd');

const dir = mkdtempSync(join(tmpdir(), 'tessera-xliff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

/** Runs xmllint on the documents; returns its report ('' when every one is valid). */
function xmllint(schema: string, documents: string[]): string {
  const paths = documents.map((xml) => {
    const path = join(dir, `doc${++fileCount}.xlf`);
    writeFileSync(path, xml);
    return path;
  });
  try {
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', schema, ...paths], { stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    const failure = error as { status?: number; stderr?: Buffer };
    return `xmllint exited with ${String(failure.status)}:\n${failure.stderr?.toString() ?? ''}`;
  }
}

const everything: XliffDocument = {
  original: 'tessera:project/12 "statement" & more',
  sourceLang: 'en',
  targetLang: 'ar',
  groups: [
    {
      id: 'b1',
      kind: 'title',
      units: [{ id: '1', source: ['Justice ', { kind: 'open', id: '1', name: 'b' }, 'now', { kind: 'close', id: '1', name: 'b' }], target: ['العدالة ', { kind: 'open', id: '1', name: 'b' }, 'الآن', { kind: 'close', id: '1', name: 'b' }], state: 'approved', translate: true, notes: ['Checked'], spaceAfter: '' }],
    },
    {
      id: 'b2',
      kind: 'paragraph',
      units: [
        { id: '2', source: ['Read ', { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://example.org/?a=1&b=2' } }, 'the report', { kind: 'close', id: '1', name: 'a' }, '.'], target: ['Lisez le rapport.'], state: 'translated', translate: true, notes: [], spaceAfter: '  ' },
        { id: '3', source: ['Line', { kind: 'standalone', id: '1', name: 'br' }, 'break 👍🏽 < & >'], target: null, state: 'untranslated', translate: true, notes: ['a', 'b'], spaceAfter: ' ' },
        { id: '4', source: [{ kind: 'open', id: '1', name: 'b' }, 'x', { kind: 'open', id: '2', name: 'i' }, 'y', { kind: 'close', id: '1', name: 'b' }, { kind: 'close', id: '2', name: 'i' }, { kind: 'close', id: '3', name: 'em' }], target: ['z'], state: 'rejected', translate: true, notes: ['Wrong tone'], spaceAfter: '\n' },
        { id: '5', source: ['https://example.org'], target: ['https://example.org'], state: 'needs-review', translate: false, notes: [], spaceAfter: '' },
      ],
    },
    { id: 'b3', kind: 'signatory', units: [{ id: '6', source: ['Jane Doe'], target: null, state: 'untranslated', translate: false, notes: [] }] },
    { id: 'b4', kind: 'paragraph', units: [] },
  ],
};

describe('exported files validate against the schemas (xmllint --nonet --schema)', () => {
  it('XLIFF 1.2 against the strict schema', () => {
    expect(xmllint(XLIFF12_STRICT, [writeXliff12(everything)])).toBe('');
  });

  it('XLIFF 2.0 against the core schema and the core-with-modules driver', () => {
    const xml = writeXliff20(everything);
    expect(xmllint(XLIFF2_CORE, [xml])).toBe('');
    expect(xmllint(XLIFF2_WITH_MODULES, [xml])).toBe('');
  });

  it('random documents with nested codes, RTL and astral text, whitespace runs and XML specials', () => {
    const docs = fc.sample(randomXliffDocument, { numRuns: 150, seed: 4242 });
    expect(xmllint(XLIFF12_STRICT, docs.map(writeXliff12))).toBe('');
    expect(xmllint(XLIFF2_WITH_MODULES, docs.map(writeXliff20))).toBe('');
  });
});

import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, importPlainText } from '../../import/index.ts';
import { publicationFormats } from './registry.ts';
import { approvedBlocks, publicationDocument, sampleSource } from './testDocument.ts';
import { sourceStructure, structureReaders } from './testStructure.ts';

/** The real statements with lists, signatories and a date (in ../shared/statement, as CI has it). */
const STATEMENTS = ['001_e6857291a9728c98.txt', '004_8a8e2a0996246479.txt'];
const statementSource = (name: string) => importPlainText(decodeText(readFileSync(new URL(`../../../../../../shared/statement/${name}`, import.meta.url))), 'en');

const sources = [['the sample', sampleSource] as const, ...STATEMENTS.map((name) => [name, statementSource(name)] as const)];

describe('the source structure comes back exactly in every format', () => {
  it('has a structure reader for every registered format', () => {
    expect(publicationFormats.map((format) => format.id).filter((id) => !structureReaders[id])).toEqual([]);
  });

  describe.each(publicationFormats.map((format) => [format.id, format] as const))('%s', (id, format) => {
    it.each(sources.flatMap(([name, source]) => ['en', 'fr', 'ar', 'ja'].map((lang) => [name, lang, source] as const)))('%s in %s', async (_name, lang, source) => {
      const output = await format.render(publicationDocument({ lang, blocks: approvedBlocks(source) }));
      expect(structureReaders[id]!(output)).toEqual(sourceStructure(source, lang));
    });
  });
});

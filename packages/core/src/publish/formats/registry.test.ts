import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publicationFormat, publicationFormats, renderPublicationFile } from './registry.ts';
import { publicationDocument } from './testDocument.ts';

describe('the publication-format registry', () => {
  it('registers each format once, under its own id, with a file extension and a media type', () => {
    const ids = publicationFormats.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['html', 'markdown', 'text', 'docx']));
    for (const format of publicationFormats) {
      expect(publicationFormat(format.id)).toBe(format);
      expect(format.extension).toMatch(/^[a-z0-9]+$/);
      expect(format.mediaType).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(format.label).not.toBe('');
    }
    expect(publicationFormat('pdf')).toBeUndefined();
  });

  it('has a test of its own beside every registered format (formats/<id>.test.ts)', () => {
    const files = new Set(readdirSync(new URL('.', import.meta.url)));
    expect(publicationFormats.filter((format) => !files.has(`${format.id}.ts`) || !files.has(`${format.id}.test.ts`)).map((format) => format.id)).toEqual([]);
  });

  it('gives every format as bytes, text formats in UTF-8', async () => {
    const doc = publicationDocument({ lang: 'ja' });
    for (const format of publicationFormats) {
      const bytes = await renderPublicationFile(format, doc);
      const output = await format.render(doc);
      if (typeof output === 'string') expect(new TextDecoder().decode(bytes)).toBe(output);
      else expect(bytes.length).toBeGreaterThan(0);
    }
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READERS, detectFormat } from './dispatch.ts';
import { IMPORT_FORMATS, IMPORT_UPLOAD_ACCEPT, importFormatOfFileName } from './formats.ts';

describe('the registry of import formats', () => {
  it.each(IMPORT_FORMATS.map((f) => [f.id, f] as const))('%s has a reader with a test file of its own', (id, format) => {
    const reader = READERS[format.id];
    expect('bytes' in reader).toBe(format.binary);
    // importPlainText → plainText.test.ts, importDocx → docx.test.ts
    const read = 'bytes' in reader ? reader.bytes : reader.text;
    const module = read.name.replace(/^import/, '').replace(/^./, (c) => c.toLowerCase());
    expect(fs.existsSync(new URL(`./${module}.test.ts`, import.meta.url)), `${id}: ${module}.test.ts`).toBe(true);
  });

  it('names each format by its extensions, which the upload field accepts, and detection agrees', () => {
    for (const format of IMPORT_FORMATS) {
      for (const extension of format.extensions) {
        expect(importFormatOfFileName(`Statement.${extension.toUpperCase()}`)).toBe(format.id);
        expect(detectFormat(`statement.${extension}`, new TextEncoder().encode('x'))).toBe(format.id);
        expect(IMPORT_UPLOAD_ACCEPT.split(',')).toContain(`.${extension}`);
      }
      for (const type of format.mediaTypes) expect(IMPORT_UPLOAD_ACCEPT.split(',')).toContain(type);
    }
    expect(importFormatOfFileName('statement.pdf')).toBeNull();
    expect(importFormatOfFileName('no-extension')).toBeNull();
  });
});

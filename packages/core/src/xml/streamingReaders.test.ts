/**
 * The readers fed a chunk at a time give what they give the whole text: the same entries and units,
 * or the same refusal, wherever the chunks are cut (between bytes of one character too).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.ts';
import { ChunkedTextDecoder, decodeText } from '../import/decodeText.ts';
import { content as randomContent, randomXliffDocument } from '../xliff/randomDocuments.test-data.ts';
import { readXliff, writeXliff12, writeXliff20, XliffStream, type XliffUnit } from '../xliff/index.ts';
import { readTmx, TmxStream, writeTmx, type TmxEntry } from '../tmx/index.ts';

const conformance = fileURLToPath(new URL('../../../../../shared/conformance/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What a reading gave: its items, or the code of its refusal. */
type Outcome<T> = { items: T[]; header?: unknown } | { refused: string };

function outcome<T>(read: () => { items: T[]; header?: unknown }): Outcome<T> {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) return { refused: error.code };
    throw error;
  }
}

/** `bytes` cut into pieces of `size` (the last shorter). */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** A text cut at the given places (sorted, deduplicated). */
function cut(text: string, at: number[]): string[] {
  const places = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const place of places) {
    out.push(text.slice(from, place));
    from = place;
  }
  out.push(text.slice(from));
  return out;
}

function streamTmx(pieces: Iterable<string>): { items: TmxEntry[]; header: string } {
  const stream = new TmxStream();
  const items: TmxEntry[] = [];
  for (const piece of pieces) {
    stream.write(piece);
    items.push(...stream.take());
  }
  const header = stream.close();
  items.push(...stream.take());
  return { items, header };
}

function streamXliff(pieces: Iterable<string>): { items: XliffUnit[]; header: unknown } {
  const stream = new XliffStream();
  const items: XliffUnit[] = [];
  let header: unknown;
  for (const piece of pieces) {
    stream.write(piece);
    const units = stream.take();
    // The header is known before the first unit comes out.
    if (units.length > 0) expect(stream.header).toBeDefined();
    items.push(...units);
    header ??= stream.header;
  }
  stream.close();
  items.push(...stream.take());
  return { items, header: header ?? stream.header };
}

/** The pieces of text a file's bytes decode to, chunk by chunk. */
function* decodedChunks(bytes: Uint8Array, size: number): Generator<string> {
  const decoder = new ChunkedTextDecoder(Number.MAX_SAFE_INTEGER);
  for (const chunk of chunks(bytes, size)) yield decoder.write(chunk);
  yield decoder.end();
}

const wholeTmx = (bytes: Uint8Array) => outcome(() => {
  const document = readTmx(decodeText(bytes, { maxBytes: Number.MAX_SAFE_INTEGER }));
  return { items: document.entries, header: document.srcLang };
});
const wholeXliff = (bytes: Uint8Array) => outcome(() => {
  const { version, document } = readXliff(decodeText(bytes, { maxBytes: Number.MAX_SAFE_INTEGER }));
  const { original, sourceLang, targetLang } = document;
  return { items: document.groups.flatMap((g) => g.units), header: { version, original, sourceLang, targetLang } };
});

const SIZES = [1, 7, 4096];

describe('the streaming readers read every conformance file as the whole-text readers do', () => {
  const tmxFiles = [...filesUnder(join(conformance, 'tmx-compliance-kit')), ...filesUnder(join(conformance, 'samples/tmx'))].filter((f) => f.endsWith('.tmx'));
  const xliffFiles = [...filesUnder(join(conformance, 'samples/xliff')), ...filesUnder(join(conformance, 'xliff2-test-suite'))].filter((f) => /\.(xlf|xliff|sdlxliff)$/.test(f));

  it.each(tmxFiles.map((f) => [f.slice(conformance.length), f]))('TMX %s', (_, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const whole = wholeTmx(bytes);
    for (const size of SIZES.filter((s) => s > 1 || bytes.length < 100_000)) expect(outcome(() => streamTmx(decodedChunks(bytes, size)))).toEqual(whole);
  });

  it('reads more than a hundred XLIFF files, some refused', () => {
    expect(xliffFiles.length).toBeGreaterThan(100);
    const refused = xliffFiles.filter((file) => 'refused' in wholeXliff(new Uint8Array(readFileSync(file))));
    expect(refused.length).toBeGreaterThan(0);
  });

  it.each(xliffFiles.map((f) => [f.slice(conformance.length), f]))('XLIFF %s', (_, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const whole = wholeXliff(bytes);
    for (const size of SIZES.filter((s) => s > 1 || bytes.length < 100_000)) expect(outcome(() => streamXliff(decodedChunks(bytes, size)))).toEqual(whole);
  });
});

describe('the streaming readers, property', () => {
  it('give the units of random XLIFF 1.2 and 2.0 documents cut anywhere', () => {
    fc.assert(
      fc.property(randomXliffDocument, fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), (doc, v2, at) => {
        const xml = v2 ? writeXliff20(doc) : writeXliff12(doc);
        const whole = outcome(() => ({ items: readXliff(xml).document.groups.flatMap((g) => g.units) }));
        expect(outcome(() => ({ items: streamXliff(cut(xml, at)).items }))).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('give the entries of random TMX files cut anywhere', () => {
    const entry = fc.record({ source: randomContent, target: randomContent, targetLang: fc.constantFrom('fr', 'ja', 'ar-EG') });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (entries, at) => {
        const tmx = writeTmx({ srcLang: 'en', entries: entries.map((e) => ({ ...e, sourceLang: 'en' })) });
        const whole = outcome(() => ({ items: readTmx(tmx).entries, header: 'en' }));
        expect(outcome(() => streamTmx(cut(tmx, at)))).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a long file refused near its end', () => {
  const tus = Array.from({ length: 5000 }, (_, i) => `<tu><tuv xml:lang="en"><seg>Sentence ${i}.</seg></tuv><tuv xml:lang="fr"><seg>Phrase ${i}.</seg></tuv></tu>`).join('\n');
  const good = `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n${tus}\n</body></tmx>\n`;

  it('hands out entries as they complete, then refuses at the chunk that shows the error', () => {
    const bad = good.replace('</body></tmx>', '<tu><tuv xml:lang="en"><seg>broken</tuv></tu></body></tmx>');
    const stream = new TmxStream();
    let taken = 0;
    const pieces = cut(bad, Array.from({ length: 50 }, (_, i) => Math.floor((bad.length * (i + 1)) / 51)));
    expect(() => {
      for (const piece of pieces) {
        stream.write(piece);
        taken += stream.take().length;
      }
      stream.close();
    }).toThrow(expect.objectContaining({ code: 'xml.malformed' }));
    expect(taken).toBeGreaterThan(4900);
  });

  it('refuses text over the size limit at the chunk that passes it, not after reading on', () => {
    const stream = new TmxStream({ maxBytes: 100_000 });
    const pieces = cut(good, Array.from({ length: 100 }, (_, i) => i * 5000));
    let written = 0;
    expect(() => {
      for (const piece of pieces) {
        stream.write(piece);
        written += piece.length;
      }
    }).toThrow(expect.objectContaining({ code: 'input.too-large' }));
    expect(written).toBeLessThanOrEqual(100_000);
  });

  it('decodes bytes over the limit no further', () => {
    const decoder = new ChunkedTextDecoder(10_000);
    const bytes = new TextEncoder().encode(good);
    let decoded = 0;
    expect(() => {
      for (const chunk of chunks(bytes, 4096)) decoded += decoder.write(chunk).length;
    }).toThrow(expect.objectContaining({ code: 'input.too-large' }));
    expect(decoded).toBeLessThanOrEqual(10_000);
  });
});

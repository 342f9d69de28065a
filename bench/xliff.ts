/**
 * XLIFF speed: parse and write a 10,000-unit file in XLIFF 1.2 and 2.0, each beside its
 * baselines from the same run: the `xliff` npm package on the same file (xliff12ToJs / xliff2js,
 * jsToXliff12 / js2xliff), and a bare `saxes` pass over it (no work but counting tags and text:
 * the floor for a JavaScript XML parser). Figures are medians of several interleaved runs, in
 * MB/s of the file's UTF-8 size. Targets: parsing ≥ 3× the xliff package and within 2× of the bare pass;
 * writing ≥ 3× the xliff package.
 */
import { SaxesParser } from '../packages/core/node_modules/saxes/saxes.js';
import { readXliff12, readXliff20, writeXliff12, writeXliff20, type XliffDocument, type XliffGroup, type XliffUnit } from '../packages/core/src/xliff/index.ts';
import type { Content, InlineCode } from '../packages/core/src/model/document.ts';
import type { Benchmark } from './benchmark.ts';

const UNITS = 10_000;
const RUNS = 11;

type Async<T> = (input: T) => Promise<unknown>;
interface XliffPackage {
  xliff12ToJs: Async<string>;
  xliff2js: Async<string>;
  jsToXliff12: Async<unknown>;
  js2xliff: Async<unknown>;
}

async function loadXliffPackage(): Promise<XliffPackage> {
  // `xliff` is a devDependency of packages/core; import its ES modules from there.
  const load = async <T>(name: string): Promise<Async<T>> => {
    const module = (await import(`../packages/core/node_modules/xliff/esm/${name}.js`)) as { default: Async<T> };
    return module.default;
  };
  return { xliff12ToJs: await load<string>('xliff12ToJs'), xliff2js: await load<string>('xliff2js'), jsToXliff12: await load<unknown>('jsToXliff12'), js2xliff: await load<unknown>('js2xliff') };
}

// A statement-like document: paragraphs of three sentences, a third of them with bold or a link, some line breaks.
const WORDS = 'we the undersigned organisations call on all governments to protect civic space and the right to peaceful assembly without delay or condition'.split(' ');
const TARGET_WORDS = 'nous les organisations soussignées appelons tous les gouvernements à protéger l’espace civique et le droit de réunion pacifique sans délai'.split(' ');

function sentence(words: string[], n: number, withCodes: boolean): Content {
  const pick = (i: number): string => words[(n * 7 + i * 3) % words.length] as string;
  const text = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => pick(from + i)).join(' ');
  if (!withCodes) return [text(0, 14) + '.'];
  const name = n % 2 === 0 ? 'b' : 'a';
  const open: InlineCode = name === 'b' ? { kind: 'open', id: '1', name } : { kind: 'open', id: '1', name, attrs: { href: `https://example.org/statement/${n}?lang=en&ref=bench` } };
  const close: InlineCode = { kind: 'close', id: '1', name };
  return [text(0, 4) + ' ', open, text(4, 7), close, ' ' + text(7, 12), { kind: 'standalone', id: '2', name: 'br' }, text(12, 15) + '.'];
}

function benchDocument(): XliffDocument {
  const groups: XliffGroup[] = [];
  const states = ['translated', 'approved', 'untranslated', 'needs-review', 'rejected'] as const;
  for (let n = 0; n < UNITS; n++) {
    if (n % 3 === 0) groups.push({ id: `b${n / 3 + 1}`, kind: n % 30 === 0 ? 'heading' : 'paragraph', units: [] });
    const state = states[n % states.length] as XliffUnit['state'];
    const withCodes = n % 3 === 1;
    const unit: XliffUnit = {
      id: String(100_000 + n),
      source: sentence(WORDS, n, withCodes),
      target: state === 'untranslated' ? null : sentence(TARGET_WORDS, n, withCodes),
      state,
      translate: true,
      notes: n % 10 === 0 ? ['Reviewed by the coordination team; keep “civic space” as in the glossary.'] : [],
      spaceAfter: n % 3 === 2 ? '' : ' ',
    };
    groups[groups.length - 1]?.units.push(unit);
  }
  return { original: 'tessera:project/1', sourceLang: 'en', targetLang: 'fr', groups };
}

/** The same units as the xliff package's JS shape (plain text: the package's inline support is its own). */
function packageJs(doc: XliffDocument): unknown {
  const text = (content: Content | null): string => (content ?? []).map((p) => (typeof p === 'string' ? p : '')).join('');
  const resources: Record<string, Record<string, unknown>> = {};
  const file: Record<string, unknown> = {};
  for (const group of doc.groups) {
    const groupUnits: Record<string, unknown> = {};
    for (const unit of group.units) groupUnits[unit.id] = { source: text(unit.source), target: text(unit.target), ...(unit.notes.length > 0 ? { note: unit.notes[0] } : {}) };
    file[group.id] = { groupUnits };
  }
  resources[doc.original] = file;
  return { resources, sourceLanguage: doc.sourceLang, targetLanguage: doc.targetLang };
}

function barePass(xml: string): number {
  const parser = new SaxesParser();
  let count = 0;
  parser.on('opentag', () => {
    count++;
  });
  parser.on('text', (t) => {
    count += t.length;
  });
  parser.write(xml).close();
  return count;
}

/**
 * Median times of several runs of each function. The runs are interleaved (one of each, then the
 * next round) so that a slow stretch of the machine weighs on every figure alike.
 */
async function medians(runs: (() => unknown)[]): Promise<number[]> {
  const times: number[][] = runs.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    // Each round starts with the next contender, so that each follows every other as often (and pays for its garbage as often).
    for (let k = 0; k < runs.length; k++) {
      const i = (round + k) % runs.length;
      const start = performance.now();
      await (runs[i] as () => unknown)();
      (times[i] as number[]).push(performance.now() - start);
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)] as number);
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;
const mbPerSecond = (bytes: number, ms: number): string => `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1).padStart(6)} MB/s`;

async function run(print: (line: string) => void): Promise<void> {
  const pkg = await loadXliffPackage();
  const doc = benchDocument();
  const js = packageJs(doc);
  const versions = [
    { label: 'XLIFF 1.2', xml: writeXliff12(doc), read: (x: string) => readXliff12(x), write: () => writeXliff12(doc), pkgRead: pkg.xliff12ToJs, pkgWrite: () => pkg.jsToXliff12(js) },
    { label: 'XLIFF 2.0', xml: writeXliff20(doc), read: (x: string) => readXliff20(x), write: () => writeXliff20(doc), pkgRead: pkg.xliff2js, pkgWrite: () => pkg.js2xliff(js) },
  ];
  print(`${UNITS.toLocaleString('en')} units (sentences) in ${doc.groups.length.toLocaleString('en')} blocks; median of ${RUNS} interleaved runs; MB = 2^20 bytes of UTF-8.\n`);
  for (const v of versions) {
    const bytes = utf8Bytes(v.xml);
    // Warm up every path once so the JIT has seen it.
    v.read(v.xml);
    barePass(v.xml);
    await v.pkgRead(v.xml);
    v.write();
    const pkgOut = (await v.pkgWrite()) as string;
    const [ours, bare, theirs] = (await medians([() => v.read(v.xml), () => barePass(v.xml), () => v.pkgRead(v.xml)])) as [number, number, number];
    const [write, pkgWrite] = (await medians([() => v.write(), () => v.pkgWrite()])) as [number, number];
    print(`${v.label}: ${(bytes / 1024 / 1024).toFixed(2)} MB file (the xliff package writes ${(utf8Bytes(pkgOut) / 1024 / 1024).toFixed(2)} MB from the same units, without inline codes, notes or states)`);
    print(`  parse  Tessera reader   ${mbPerSecond(bytes, ours)}  ${ours.toFixed(0).padStart(5)} ms`);
    print(`         xliff package    ${mbPerSecond(bytes, theirs)}  ${theirs.toFixed(0).padStart(5)} ms   Tessera is ${(theirs / ours).toFixed(1)}× faster (target ≥ 3×)`);
    print(`         bare saxes pass  ${mbPerSecond(bytes, bare)}  ${bare.toFixed(0).padStart(5)} ms   Tessera takes ${(ours / bare).toFixed(2)}× its time (target ≤ 2×)`);
    print(`  write  Tessera writer   ${mbPerSecond(bytes, write)}  ${write.toFixed(0).padStart(5)} ms`);
    print(`         xliff package    ${mbPerSecond(utf8Bytes(pkgOut), pkgWrite)}  ${pkgWrite.toFixed(0).padStart(5)} ms   Tessera is ${(pkgWrite / write).toFixed(1)}× faster (target ≥ 3×)\n`);
  }
}

const benchmark: Benchmark = { name: 'XLIFF parse and write speed', run };
export default benchmark;

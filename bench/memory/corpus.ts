/**
 * A translation memory's sources for the look-up bench, real-looking and reproducible: the
 * sentences of the coalition statements in `shared/statement/` (and the demo's) themselves; new
 * sentences from a word-pair chain learnt from them, with the names, places and figures of news
 * text sprinkled in; and a crowding set — a few hundred sentences each stored a hundred times with
 * one word changed, the worst case for an index, whose look-ups find many near-equals.
 *
 * And the look-ups a translator's editor would make of them: statement sentences with a word or
 * two changed, crowded sentences with another word changed, stored sentences edited, and new
 * sentences that the memory mostly has nothing close to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { contentText, importPlainText } from '../../packages/core/src/index.ts';

export interface Corpus {
  entries: string[];
  queries: { text: string; kind: 'statement' | 'crowded' | 'edited' | 'new' }[];
}

const STATEMENTS = new URL('../../../shared/statement/', import.meta.url);
const DEMO = new URL('../../packages/server/src/demo/statement.txt', import.meta.url);
/** Entries per crowded sentence (itself and its one-word variants), and how many of the memory's entries are crowded. */
const CROWD = 100;
const CROWDED_SHARE = 0.1;
const QUERIES_PER_KIND = 50;

/** A small fast generator with a seed, so that every run measures the same memory. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The statements' sentences: each unit of each statement read as a coalition's plain text. */
function statementSentences(): string[] {
  let files: URL[] = [];
  try {
    files = readdirSync(STATEMENTS)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => new URL(name, STATEMENTS));
  } catch {
    // Without the shared statements, the demo's alone.
  }
  const texts = [...files, DEMO].map((file) => readFileSync(file, 'utf8'));
  const sentences = texts.flatMap((text) => importPlainText(text, 'en').blocks.flatMap((block) => block.units.map((unit) => contentText(unit.source))));
  return [...new Set(sentences.filter((s) => s.split(' ').length >= 5))];
}

export function makeCorpus(size: number, seed = 7): Corpus {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const real = statementSentences();

  // Which word follows which in the statements (with the sentence's start and end as words).
  const next = new Map<string, string[]>();
  for (const sentence of real) {
    const words = ['', ...sentence.split(/\s+/), ''];
    for (let i = 0; i + 1 < words.length; i++) {
      const followers = next.get(words[i]!) ?? [];
      followers.push(words[i + 1]!);
      next.set(words[i]!, followers);
    }
  }
  const syllables = 'ka ri so ma ten lo vu ne sha dri po bel an tor mi gu ze ra fen ol'.split(' ');
  const names = Array.from({ length: 30_000 }, () => {
    const name = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join('');
    return name[0]!.toUpperCase() + name.slice(1);
  });
  const newsWord = () => (random() < 0.3 ? String(1990 + Math.floor(random() * 40)) : pick(names));
  const chainSentence = (): string => {
    for (;;) {
      const words: string[] = [];
      for (let word = pick(next.get('')!); word !== '' && words.length < 45; word = pick(next.get(word) ?? [''])) words.push(random() < 0.06 ? newsWord() : word);
      if (words.length >= 6) return words.join(' ');
    }
  };
  const vocabulary = [...next.keys()].filter((w) => /^[a-z]+$/.test(w));
  /** `sentence` with `count` words replaced, inserted or deleted. */
  const edited = (sentence: string, count: number): string => {
    const words = sentence.split(' ');
    for (let k = 0; k < count; k++) {
      const at = Math.floor(random() * words.length);
      const change = random();
      if (change < 0.6) words[at] = pick(vocabulary);
      else if (change < 0.8) words.splice(at, 0, pick(vocabulary));
      else if (words.length > 3) words.splice(at, 1);
    }
    return words.join(' ');
  };

  const crowded = Array.from({ length: Math.round((size * CROWDED_SHARE) / CROWD) }, chainSentence);
  const entries = [...real];
  for (const sentence of crowded) for (let k = 0; k < CROWD; k++) entries.push(k === 0 ? sentence : edited(sentence, 1));
  while (entries.length < size) entries.push(chainSentence());
  entries.length = size;
  // Mixed, as a memory grows: statements and news of many years, crowded sentences among them.
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }

  const queries: Corpus['queries'] = [];
  for (let q = 0; q < QUERIES_PER_KIND; q++) {
    queries.push({ text: edited(pick(real), Math.floor(random() * 3)), kind: 'statement' });
    queries.push({ text: edited(pick(crowded), 1), kind: 'crowded' });
    queries.push({ text: edited(pick(entries), 1 + Math.floor(random() * 3)), kind: 'edited' });
    queries.push({ text: chainSentence(), kind: 'new' });
  }
  return { entries, queries };
}

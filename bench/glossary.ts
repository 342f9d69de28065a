/**
 * Finding a 2,000-term glossary's terms in 1,000 units (the demo statement's sentences, over and
 * over), as the editor does for every unit of a language: ten of the terms occur in the statement,
 * the others are made-up two-word terms. Baseline in the same run: lower-casing each unit and
 * looking for the first four letters of every term in it, the least any matcher has to do.
 */
import fs from 'node:fs';
import { glossaryMatcher, glossaryTerm } from '../packages/core/src/index.ts';
import type { Benchmark } from './benchmark.ts';

const UNITS = 1000;
const TERMS = 2000;
const REAL = ['encryption', 'messaging service', 'judicial order', 'personal data', 'human rights', 'public consultation', 'journalist', 'private conversation', 'committee', 'signatory'];
const SYLLABLES = ['ka', 'to', 'mi', 're', 'sun', 'dal', 'ver', 'pro', 'lex', 'tra', 'nor', 'bel', 'qui', 'zen', 'ova'];
const word = (n: number) => SYLLABLES.map((_, i) => SYLLABLES[Math.floor(n / SYLLABLES.length ** i) % SYLLABLES.length]).slice(0, 3).join('');

const benchmark: Benchmark = {
  name: 'Glossary terms in a language’s units',
  run(print) {
    const statement = fs.readFileSync(new URL('../packages/server/src/demo/statement.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const sentences = statement.split(/(?<=[.;:])\s+/).filter((s) => s.length > 20);
    const units = Array.from({ length: UNITS }, (_, i) => sentences[i % sentences.length] as string);
    const made = Array.from({ length: TERMS - REAL.length }, (_, i) => `${word(i * 7)} ${word(i * 11 + 3)}`);
    const terms = [...REAL, ...made].map((source) => glossaryTerm({ source, target: 'x' }));

    let started = performance.now();
    let hits = 0;
    for (const unit of units) {
      const lower = unit.toLowerCase();
      for (const term of terms) if (lower.includes(term.source.slice(0, 4))) hits++;
    }
    const baseline = performance.now() - started;

    started = performance.now();
    const match = glossaryMatcher(terms, 'en');
    let found = 0;
    for (const unit of units) found += match(unit).length;
    const ours = performance.now() - started;

    print(`${TERMS.toLocaleString('en')} terms, ${UNITS.toLocaleString('en')} units`);
    print(`baseline: lower case and a look for each term's first letters   ${baseline.toFixed(0).padStart(5)} ms   (${hits} candidates)`);
    print(`glossaryMatcher: compile, then find in every unit               ${ours.toFixed(0).padStart(5)} ms   (${found} occurrences)`);
  },
};

export default benchmark;

import { MatchIndex, memoryTokens } from '/work/main/packages/core/src/index.ts';
import { makeCorpus } from '/work/main/bench/memory/corpus.ts';
const size = Number(process.argv[2] ?? 100000);
const corpus = makeCorpus(size);
const index = new MatchIndex();
let t = performance.now();
corpus.entries.forEach((text, key) => index.add({ key, tokens: memoryTokens(text), time: key, owner: 0 }));
console.log('built', (performance.now() - t).toFixed(0), 'ms');
const byKind: Record<string, number[]> = {};
for (let r = 0; r < 3; r++) for (const q of corpus.queries) {
  const tokens = memoryTokens(q.text);
  t = performance.now();
  index.search({ tokens, minScore: 75, limit: 20 });
  const d = performance.now() - t;
  if (r === 2) (byKind[q.kind] ??= []).push(d);
}
for (const [k, v] of Object.entries(byKind)) { v.sort((a, b) => a - b); console.log(k, 'p50', v[v.length >> 1]!.toFixed(2), 'p95', v[Math.floor(v.length * 0.95)]!.toFixed(2), 'max', v.at(-1)!.toFixed(2)); }
const tk: number[] = [];
for (const q of corpus.queries) { t = performance.now(); memoryTokens(q.text); tk.push(performance.now() - t); }
tk.sort((a, b) => a - b); console.log('tokenize p50', tk[100]!.toFixed(3), 'p95', tk[190]!.toFixed(3));

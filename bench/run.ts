/**
 * Runs every benchmark module in this folder (each `*.ts` file but this one), one after the other, and
 * prints what each measures together with its baseline from the same run. `pnpm bench NAME` runs only
 * the modules whose file name contains NAME.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Benchmark } from './benchmark.ts';

const folder = new URL('.', import.meta.url);
const only = process.argv.slice(2);
const modules = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && file !== 'benchmark.ts')
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

if (modules.length === 0) {
  console.error(`No benchmark matches ${only.join(', ')}.`);
  process.exitCode = 2;
}

for (const file of modules) {
  const { default: benchmark } = (await import(pathToFileURL(new URL(file, folder).pathname).href)) as { default: Benchmark };
  console.log(`\n## ${benchmark.name} (bench/${file})\n`);
  const started = performance.now();
  await benchmark.run((line) => console.log(line));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

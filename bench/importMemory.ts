/**
 * Peak memory of importing a 100,000-unit XLIFF 1.2 file with every translation changed, through
 * the command line (a process of its own, peak resident set read from /proc). Target: under 300 MB.
 * Baseline in the same run: the same process exporting that file (reading every unit, writing nothing).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark } from './benchmark.ts';

const UNITS = 100_000;
const bin = new URL('../packages/server/bin/tessera.mjs', import.meta.url).pathname;

/** Runs `tessera …` and reports its peak resident set (VmHWM) in MB and its duration in seconds. */
function measure(args: string[], env: NodeJS.ProcessEnv): Promise<{ peakMb: number; seconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakKb = 0;
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process has ended
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`tessera ${args.join(' ')} failed:\n${output}`));
      else resolve({ peakMb: peakKb / 1024, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

const benchmark: Benchmark = {
  name: 'Importing a 100,000-unit XLIFF file: peak memory',
  async run(print) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-import-'));
    const env = { TESSERA_DATA: dir, DATABASE_URL: '', TESSERA_MAX_SOURCE_BYTES: String(50e6), TESSERA_MAX_XLIFF_BYTES: String(100e6) };
    try {
      const paragraphs = Array.from({ length: UNITS / 10 }, (_, p) => Array.from({ length: 10 }, (_, s) => `Sentence ${s} of paragraph ${p} says something.`).join(' '));
      fs.writeFileSync(path.join(dir, 'statement.txt'), paragraphs.join('\n\n'));
      await measure(['project', 'create', '--name', 'big', '--source', path.join(dir, 'statement.txt'), '--targets', 'fr'], env);
      const exported = await measure(['export', '--project', 'big', '--lang', 'fr', '--out', path.join(dir, 'fr.xlf')], env);
      const xliff = fs.readFileSync(path.join(dir, 'fr.xlf'), 'utf8').replace(/(<source>([^<]*)<\/source>)/g, '$1<target state="translated">FR $2</target>');
      fs.writeFileSync(path.join(dir, 'fr-translated.xlf'), xliff);
      const imported = await measure(['import', '--project', 'big', '--file', path.join(dir, 'fr-translated.xlf')], env);
      print(`file: ${(Buffer.byteLength(xliff) / 1e6).toFixed(1)} MB, ${UNITS.toLocaleString('en')} units; ${imported.output.trim()}`);
      print(`export of the same units (baseline)   peak RSS ${exported.peakMb.toFixed(0).padStart(4)} MB   ${exported.seconds.toFixed(1)} s`);
      print(`import, every translation changed     peak RSS ${imported.peakMb.toFixed(0).padStart(4)} MB   ${imported.seconds.toFixed(1)} s   (target < 300 MB)`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;

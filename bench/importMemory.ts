/**
 * Peak memory and time of importing big files through the command line (a process of its own, peak
 * resident set read from /proc), each beside a baseline from the same run:
 *
 * - a 100,000-unit XLIFF 1.2 file with every translation changed; baseline: the same process
 *   exporting that file (reading every unit, writing nothing);
 * - a 100,000-entry TMX file into the translation memory; baseline: a process reading the file as a
 *   stream through a bare saxes parser and counting its entries (bench/servers/countTmx.ts), the floor
 *   for reading it at all.
 *
 * Target: under 300 MB each; the file is read as a stream, so memory does not grow with its size.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark } from './benchmark.ts';

const UNITS = 100_000;
const ENTRIES = 100_000;
const repo = new URL('..', import.meta.url).pathname;
const tessera = [path.join(repo, 'packages/server/bin/tessera.mjs')];
const countTmx = [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'bench/servers/countTmx.ts')];

interface Measured {
  peakMb: number;
  seconds: number;
  output: string;
}

/** Runs `node …command` and reports its peak resident set (VmHWM) in MB and its duration in seconds. */
function measure(command: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
      if (code !== 0) reject(new Error(`${command.join(' ')} failed:\n${output}`));
      else resolve({ peakMb: peakKb / 1024, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

const megabytes = (file: string): string => `${(fs.statSync(file).size / 1e6).toFixed(1)} MB`;
const row = (label: string, m: Measured, note = ''): string => `${label.padEnd(40)} peak RSS ${m.peakMb.toFixed(0).padStart(4)} MB   ${m.seconds.toFixed(1).padStart(5)} s${note}`;

/** A TMX file of `count` English → French entries, each a sentence of its own. */
function writeTmxFile(file: string, count: number): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n');
  for (let i = 0; i < count; i += 1000) {
    let lines = '';
    for (let n = i; n < Math.min(count, i + 1000); n++) {
      lines += `<tu creationdate="20250101T120000Z"><tuv xml:lang="en"><seg>Entry ${n} of the coalition memory calls on governments to protect civic space.</seg></tuv><tuv xml:lang="fr"><seg>L’entrée ${n} de la mémoire appelle les gouvernements à protéger l’espace civique.</seg></tuv></tu>\n`;
    }
    fs.writeSync(out, lines);
  }
  fs.writeSync(out, '</body></tmx>\n');
  fs.closeSync(out);
}

const benchmark: Benchmark = {
  name: 'Importing a 100,000-unit XLIFF file and a 100,000-entry TMX file: peak memory and time',
  async run(print) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-import-'));
    const env = { TESSERA_DATA: dir, DATABASE_URL: '', TESSERA_MAX_SOURCE_BYTES: String(50e6), TESSERA_MAX_XLIFF_BYTES: String(100e6) };
    const cli = (...args: string[]) => measure([...tessera, ...args], env);
    try {
      const paragraphs = Array.from({ length: UNITS / 10 }, (_, p) => Array.from({ length: 10 }, (_, s) => `Sentence ${s} of paragraph ${p} says something.`).join(' '));
      fs.writeFileSync(path.join(dir, 'statement.txt'), paragraphs.join('\n\n'));
      await cli('project', 'create', '--name', 'big', '--source', path.join(dir, 'statement.txt'), '--targets', 'fr');
      const exported = await cli('export', '--project', 'big', '--lang', 'fr', '--out', path.join(dir, 'fr.xlf'));
      const xliffFile = path.join(dir, 'fr-translated.xlf');
      fs.writeFileSync(xliffFile, fs.readFileSync(path.join(dir, 'fr.xlf'), 'utf8').replace(/(<source>([^<]*)<\/source>)/g, '$1<target state="translated">FR $2</target>'));
      const imported = await cli('import', '--project', 'big', '--file', xliffFile);
      print(`XLIFF 1.2: ${megabytes(xliffFile)}, ${UNITS.toLocaleString('en')} units; ${imported.output.trim()}`);
      print(row('  export of the same units (baseline)', exported));
      print(row('  import, every translation changed', imported, `   ${(imported.peakMb / exported.peakMb).toFixed(2)}× the baseline's memory, ${(imported.seconds / exported.seconds).toFixed(1)}× its time (target < 300 MB)`));

      const tmxFile = path.join(dir, 'memory.tmx');
      writeTmxFile(tmxFile, ENTRIES);
      const counted = await measure([...countTmx, tmxFile], {});
      const memory = await cli('import', '--file', tmxFile);
      print(`TMX 1.4: ${megabytes(tmxFile)}, ${ENTRIES.toLocaleString('en')} entries (${counted.output.trim()}); ${memory.output.trim()}`);
      print(row('  bare saxes count, streamed (baseline)', counted));
      print(row('  import into the memory', memory, `   ${(memory.peakMb / counted.peakMb).toFixed(2)}× the baseline's memory, ${(memory.seconds / counted.seconds).toFixed(1)}× its time (target < 300 MB)`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;

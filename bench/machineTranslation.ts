/**
 * Pre-translation of the web statement (`shared/statement/001_*.txt`) into Spanish through a real
 * Apertium APY (`apertium-apy` with Debian's `apertium-eng-spa`, started here on a free port), in
 * units a second, beside the same sentences sent straight to APY by this bench one after the other
 * in the same run (the baseline: what the engine alone takes). Pre-translation does more per unit —
 * the memory's exact-match lookup, placeholders for codes, URLs and numbers, the kept answer, the
 * draft's write and its history — and is measured twice: with nothing kept (every unit asks APY),
 * and again on a second project of the same statement (every answer kept: APY is not asked).
 * Target: within 1.5× of APY alone. The engine's pacing is set high (1,000 requests a second) so
 * that it measures the work, not the limit a deployment chooses. Each figure is the best of
 * `ROUNDS` rounds (an engine of its own each round, so that each round without kept answers asks APY).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentText } from '../packages/core/src/index.ts';
import { openDatabase, type Db } from '../packages/server/src/db/connection.ts';
import type { EngineConfig } from '../packages/server/src/machine/engine.ts';
import { setEngineAllowed } from '../packages/server/src/repositories/machine.ts';
import { unitsWithTranslations } from '../packages/server/src/repositories/projects.ts';
import type { Actor } from '../packages/server/src/services/actor.ts';
import { MachineTranslation } from '../packages/server/src/services/machineTranslation.ts';
import { Pretranslations } from '../packages/server/src/services/pretranslation.ts';
import { createProject } from '../packages/server/src/services/newProject.ts';
import { startApertium } from '../packages/server/test/machineEngines.ts';
import type { Benchmark } from './benchmark.ts';

const STATEMENT = new URL('../../shared/statement/', import.meta.url);
const operator: Actor = { kind: 'operator', name: 'bench' };
const ROUNDS = 3;

async function pretranslated(db: Db, machine: MachineTranslation, name: string, text: string): Promise<{ ms: number; units: number; fromMachine: number }> {
  const { id } = await createProject(db, operator, { name, sourceLang: 'en', targetLangs: ['es'], text });
  await setEngineAllowed(db, id, machine.engines[0]!.config.id, true, null);
  const jobs = new Pretranslations(db, machine);
  const started = performance.now();
  const job = await jobs.start(operator, { projectId: id, lang: 'es' });
  await jobs.finished(job.id);
  const ms = performance.now() - started;
  const units = await unitsWithTranslations(db, id, 'es');
  return { ms, units: units.filter((u) => u.translate).length, fromMachine: units.filter((u) => u.machine !== null).length };
}

const benchmark: Benchmark = {
  name: 'Pre-translation through Apertium APY',
  async run(print) {
    const file = fs.readdirSync(STATEMENT).find((f) => f.startsWith('001_'))!;
    const text = fs.readFileSync(new URL(file, STATEMENT), 'utf8');
    const apertium = await startApertium();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-mt-'));
    const db = await openDatabase({ kind: 'sqlite', dataDir: dir });
    try {
      const engine = (round: number): EngineConfig[] => [{ id: `apertium-${round}`, kind: 'apertium-apy', url: apertium.url, location: 'deployment', timeoutMs: 30_000, requestsPerSecond: 1000 }];
      // The sentences as the statement's units hold them (a throwaway project), sent to APY as they are.
      const { id } = await createProject(db, operator, { name: 'sentences', sourceLang: 'en', targetLangs: ['es'], text });
      const sentences = (await unitsWithTranslations(db, id, 'es')).filter((u) => u.translate).map((u) => contentText(u.source));
      const ask = async (q: string) => {
        const res = await fetch(`${apertium.url}/translate`, { method: 'POST', body: new URLSearchParams({ langpair: 'eng|spa', q, markUnknown: 'no' }) });
        if (!res.ok) throw new Error(`APY answered ${res.status}`);
        await res.json();
      };
      // Both sides meet a warm APY: its first request loads the pair.
      await ask('Warm up.');
      let baselineMs = Infinity;
      const best = <T extends { ms: number }>(a: T | undefined, b: T) => (a && a.ms <= b.ms ? a : b);
      let cold: Awaited<ReturnType<typeof pretranslated>> | undefined;
      let warm: Awaited<ReturnType<typeof pretranslated>> | undefined;
      for (let round = 1; round <= ROUNDS; round++) {
        const started = performance.now();
        for (const sentence of sentences) await ask(sentence);
        baselineMs = Math.min(baselineMs, performance.now() - started);
        const machine = new MachineTranslation(engine(round));
        cold = best(cold, await pretranslated(db, machine, `cold ${round}`, text));
        warm = best(warm, await pretranslated(db, machine, `warm ${round}`, text));
      }
      if (!cold || !warm) return;

      const rate = (units: number, ms: number) => `${((units / ms) * 1000).toFixed(1).padStart(6)} units/s`;
      print(`${sentences.length} units of ${file}, English → Spanish, through apertium-apy (Debian)`);
      print(`baseline: the sentences sent straight to APY, one after the other   ${rate(sentences.length, baselineMs)}   ${baselineMs.toFixed(0).padStart(6)} ms`);
      print(`pre-translation, nothing kept (every unit asks APY)                 ${rate(cold.units, cold.ms)}   ${cold.ms.toFixed(0).padStart(6)} ms   ${(cold.ms / baselineMs).toFixed(2)}× APY alone   (${cold.fromMachine} machine drafts)`);
      print(`pre-translation, every answer kept (APY not asked)                  ${rate(warm.units, warm.ms)}   ${warm.ms.toFixed(0).padStart(6)} ms   ${(warm.ms / baselineMs).toFixed(2)}× APY alone   (${warm.fromMachine} machine drafts)`);
      print(`target: within 1.5× of APY alone (best of ${ROUNDS} rounds each)`);
    } finally {
      await db.destroy();
      await apertium.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;

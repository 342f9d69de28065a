import { targetWithSourceCodes } from '@tessera/core';
import type { PretranslationView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { LiveBus } from '../live/bus.ts';
import { cancelJob, findJob, insertJob, latestJob, runningJobs, updateRunningJob, type JobRow } from '../repositories/machine.ts';
import { unitsWithTranslations, unitsWithTranslationsAfter, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { writeTranslation } from '../repositories/translations.ts';
import { findUserById } from '../repositories/users.ts';
import { actorName, type Actor } from './actor.ts';
import { ServiceError } from './errors.ts';
import { machineSourcesOf, type MachineTranslation } from './machineTranslation.ts';
import { projectForActor, allow } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { memoryMatches } from './translationMemory.ts';

/** How many units a job reads at a time (open editors reload after each batch). */
const BATCH = 20;

const emptyUnit = (u: UnitWithTranslation) => u.translate && u.state === 'untranslated' && u.target.length === 0;

export function pretranslationView(job: JobRow): PretranslationView {
  return {
    id: job.id,
    status: job.status,
    total: job.total,
    done: job.done,
    fromMemory: job.from_memory,
    fromMachine: job.from_machine,
    leftEmpty: job.left_empty,
    problem: job.problem,
    createdAt: job.created_at,
    updatedAt: job.updated_at,
  };
}

/**
 * Pre-translation of a language: every empty unit gets a draft (state `translated`, never
 * approved) — the translation memory's exact match first, else the machine's suggestion, marked
 * as the engine's output. One job a language at a time; it records its progress after each unit, so a job that was running when the server stopped goes on where it was
 * (`resumeAll`); a cancellation stops it after the unit in hand. Engine requests are paced by the
 * engine's `requestsPerSecond`.
 */
export class Pretranslations {
  private readonly running = new Map<number, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly machine: MachineTranslation,
    private readonly live?: LiveBus,
  ) {}

  private async coordinated(actor: Actor, at: { projectId: number; lang: string }): Promise<ProjectRow> {
    const { project, memberships } = await projectForActor(this.db, actor, at.projectId);
    allow(memberships, { do: 'coordinate' });
    requireTargetLanguage(project, at.lang);
    return project;
  }

  async latest(actor: Actor, at: { projectId: number; lang: string }): Promise<PretranslationView | null> {
    const project = await this.coordinated(actor, at);
    const job = await latestJob(this.db, project.id, at.lang);
    return job ? pretranslationView(job) : null;
  }

  /**
   * Starts a job for the language (409 `pretranslation.running` while one runs; with `resume`, goes
   * on with that one in this process instead); it runs in the background.
   */
  async start(actor: Actor, at: { projectId: number; lang: string }, options: { resume?: boolean } = {}): Promise<PretranslationView> {
    const project = await this.coordinated(actor, at);
    const current = await latestJob(this.db, project.id, at.lang);
    if (current?.status === 'running' && options.resume) {
      this.launch(current);
      return pretranslationView(current);
    }
    if (current?.status === 'running') throw new ServiceError(409, 'pretranslation.running', 'A pre-translation of this language is running: wait for it, or cancel it.', { job: pretranslationView(current) });
    const total = (await unitsWithTranslations(this.db, project.id, at.lang)).filter(emptyUnit).length;
    const job = await insertJob(this.db, { projectId: project.id, lang: at.lang, total, createdBy: actor.kind === 'user' ? actor.user.id : null, actor: actorName(actor) });
    this.launch(job);
    return pretranslationView(job);
  }

  async cancel(actor: Actor, at: { projectId: number; lang: string }): Promise<PretranslationView> {
    const project = await this.coordinated(actor, at);
    const job = await latestJob(this.db, project.id, at.lang);
    if (!job) throw new ServiceError(404, 'pretranslation.not-found', 'This language was never pre-translated.');
    await cancelJob(this.db, job.id);
    return pretranslationView((await findJob(this.db, job.id))!);
  }

  /** Goes on with the jobs that were running when the server stopped. */
  async resumeAll(): Promise<void> {
    for (const job of await runningJobs(this.db)) this.launch(job);
  }

  /** Runs a job to its end (or until it is cancelled); resolves when it stops. */
  finished(jobId: number): Promise<void> {
    return this.running.get(jobId) ?? Promise.resolve();
  }

  /** Stops taking work (the server is closing): running jobs stop after the unit in hand, and stay `running` to be resumed. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running.values()]);
  }

  private launch(job: JobRow): void {
    if (this.running.has(job.id)) return;
    const run = this.run(job)
      .catch(async (error: unknown) => {
        if (this.stopped) return;
        await updateRunningJob(this.db, job.id, { status: 'failed', problem: (error as Error).message }).catch(() => undefined);
      })
      .finally(() => this.running.delete(job.id));
    this.running.set(job.id, run);
  }

  private async actorOf(job: JobRow): Promise<Actor> {
    const user = job.created_by === null ? undefined : await findUserById(this.db, job.created_by);
    return user ? { kind: 'user', user } : { kind: 'operator', name: job.actor };
  }

  private async run(start: JobRow): Promise<void> {
    const db = this.db;
    const project = await projectOrThrow(db, start.project_id);
    const actor = await this.actorOf(start);
    const sources = await machineSourcesOf(db, project, start.lang);
    const choice = await this.machine.choose(db, project, start.lang);
    const progress = { after: start.after, done: start.done, from_memory: start.from_memory, from_machine: start.from_machine, left_empty: start.left_empty };
    let problem: string | null = 'status' in choice && choice.status !== 'off' ? `machine translation: ${choice.status}` : null;
    for (;;) {
      const units = await unitsWithTranslationsAfter(db, project.id, start.lang, { after: progress.after, limit: BATCH });
      if (units.length === 0) break;
      for (const unit of units) {
        if (this.stopped) return;
        progress.after = unit.position;
        if (emptyUnit(unit)) {
          const outcome = await this.draft(actor, project, start.lang, unit, 'pair' in choice ? choice : null, sources);
          if (outcome.problem) problem = outcome.problem;
          progress.done++;
          if (outcome.kind === 'memory') progress.from_memory++;
          else if (outcome.kind === 'machine') progress.from_machine++;
          else progress.left_empty++;
        }
        // A cancellation is seen here: the job is no longer running, and nothing more is written.
        if (!(await updateRunningJob(db, start.id, { ...progress, problem }))) return this.announce(project.id, start.lang);
      }
      await this.announce(project.id, start.lang);
    }
    await updateRunningJob(db, start.id, { ...progress, problem, status: 'done' });
  }

  private async announce(projectId: number, lang: string): Promise<void> {
    await this.live?.publish(projectId, { type: 'reload', lang });
  }

  /** One unit's draft: the memory's exact match, else the machine's suggestion; what it wrote. */
  private async draft(
    actor: Actor,
    project: ProjectRow,
    lang: string,
    unit: UnitWithTranslation,
    choice: Parameters<MachineTranslation['translate']>[1] | null,
    sources: Awaited<ReturnType<typeof machineSourcesOf>>,
  ): Promise<{ kind: 'memory' | 'machine' | 'none'; problem?: string }> {
    const exact = (await memoryMatches(this.db, actor, { projectId: project.id, lang, unitId: unit.id })).find((m) => m.score === 100);
    const write = (target: UnitWithTranslation['target'], kind: 'memory' | 'machine', machineEngine: string | null) =>
      writeTranslation(this.db, { projectId: project.id, unitId: unit.id, lang, baseRevision: unit.revision, target, state: 'translated', actor: actorName(actor), kind, comment: '', authorId: null, machineEngine }, unit);
    if (exact) {
      const { written } = await write(targetWithSourceCodes(exact.target, unit.source), 'memory', null);
      return { kind: written ? 'memory' : 'none' };
    }
    if (!choice) return { kind: 'none' };
    const suggestion = await this.machine.translate(this.db, choice, project.sourceLang, sources(unit.source), { paced: true });
    if (suggestion.status !== 'ready') return { kind: 'none', problem: `${choice.engine.name}: ${'reason' in suggestion ? suggestion.reason : suggestion.status}` };
    const { written } = await write(suggestion.target, 'machine', suggestion.engine.name);
    return { kind: written ? 'machine' : 'none' };
  }
}

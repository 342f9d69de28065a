import { targetWithSourceCodes, type Content } from '@tessera/core';
import type { PretranslationView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { LiveBus } from '../live/bus.ts';
import { cancelJob, findJob, insertJob, keepOutput, recordJobProgress, latestJob, runningJobs, updateRunningJob, type JobRow } from '../repositories/machine.ts';
import { unitsWithTranslations, unitsWithTranslationsAfter, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { writeTranslationIn } from '../repositories/translations.ts';
import { findUserById } from '../repositories/users.ts';
import { actorName, type Actor } from './actor.ts';
import { ServiceError } from './errors.ts';
import { machineSourcesOf, type EngineChoice, type KeptAnswer, type LanePlace, type MachineSource, type MachineTranslation } from './machineTranslation.ts';
import { projectForActor, allow } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { memoryMatches } from './translationMemory.ts';

/** How many units a job reads at a time (open editors reload after each batch). */
const BATCH = 20;
/** How many drafts are written together (one commit). */
const WRITE_EVERY = 5;
/** How many units' drafts are looked for ahead of the one being written. */
const LOOK_AHEAD = WRITE_EVERY + 2;

type EngineChoiceOk = Extract<EngineChoice, { pair: unknown }>;
/** What a unit gets: the memory's match or the engine's output (and the engine's name), or nothing. */
type Draft = { kind: 'memory' | 'machine'; target: Content; engine: string | null; problem?: string; fresh?: KeptAnswer } | { kind: 'none'; problem?: string };
const NO_DRAFT: Draft = { kind: 'none' };

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
 * as the engine's output. One job a language at a time; it records its progress with the drafts
 * it writes, so a job that was running when the server stopped goes on where it was (`resumeAll`);
 * a cancellation stops it within a few units. The next drafts are looked for while one is written;
 * an engine gets one request at a time, in the units' order, at most `requestsPerSecond`.
 */
export class Pretranslations {
  private readonly running = new Map<number, Promise<void>>();
  /** Drafts looked for ahead: a stop lets them finish (their engine answers are kept), so that nothing is asked twice. */
  private readonly ahead = new Set<Promise<Draft>>();
  /** New engine answers not kept yet: each is kept with its unit's draft (one commit), or when the jobs stop. */
  private readonly unkept = new Set<KeptAnswer>();
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
    await this.keepUnkept();
  }

  /** Keeps the engine answers of drafts looked for ahead and never written (a cancelled or stopped job): they are not asked again. */
  private async keepUnkept(): Promise<void> {
    await Promise.allSettled([...this.ahead]);
    for (const answer of [...this.unkept]) {
      this.unkept.delete(answer);
      await keepOutput(this.db, answer.key, answer.output).catch(() => undefined);
    }
  }

  private launch(job: JobRow): void {
    if (this.running.has(job.id)) return;
    const run = this.run(job)
      .catch(async (error: unknown) => {
        if (this.stopped) return;
        await updateRunningJob(this.db, job.id, { status: 'failed', problem: (error as Error).message }).catch(() => undefined);
      })
      .finally(() => {
        this.running.delete(job.id);
        void this.keepUnkept();
      });
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
    const engine = 'pair' in choice ? choice : null;
    const progress = { after: start.after, done: start.done, from_memory: start.from_memory, from_machine: start.from_machine, left_empty: start.left_empty };
    let problem: string | null = 'status' in choice && choice.status !== 'off' ? `machine translation: ${choice.status}` : null;
    for (;;) {
      const units = await unitsWithTranslationsAfter(db, project.id, start.lang, { after: progress.after, limit: BATCH });
      if (units.length === 0) break;
      // The drafts of the next units are looked for while this one is written: the engine's wait and the database's overlap.
      const empty = units.filter(emptyUnit);
      const drafts = new Map<number, Promise<Draft>>();
      const ready = new Set<number>();
      const lookAhead = (index: number) => {
        const unit = empty[index];
        if (!unit || drafts.has(unit.id)) return;
        // The engine is asked in the units' order, whenever their drafts' other look-ups end.
        const place = engine ? this.machine.placeInLane(engine.engine) : undefined;
        const draft = this.draftOf(actor, project, start.lang, unit, engine, sources, place);
        this.ahead.add(draft);
        void draft.finally(() => {
          this.ahead.delete(draft);
          ready.add(unit.id);
        });
        drafts.set(unit.id, draft);
      };
      for (let i = 0; i < LOOK_AHEAD; i++) lookAhead(i);
      // Drafts are written a few at a time (or as soon as the next one keeps us waiting), with the job's
      // progress, in one turn: on SQLite one group commit makes them durable together (a restart goes
      // on exactly after the last unit written).
      let pending: (() => Promise<unknown>)[] = [];
      const flush = async (): Promise<boolean> => {
        const writes = pending.map((write) => write());
        pending = [];
        const [going] = await Promise.all([updateRunningJob(db, start.id, { ...progress, problem }), ...writes]);
        // Cancelled meanwhile: the drafts of this turn were written all the same, and are counted.
        if (!going && writes.length > 0) await recordJobProgress(db, start.id, { ...progress, problem });
        return going as boolean;
      };
      for (const unit of units) {
        if (this.stopped) {
          // What is drafted is written: a restart goes on after it.
          await flush();
          return;
        }
        progress.after = unit.position;
        const index = empty.indexOf(unit);
        if (index < 0) continue;
        lookAhead(index);
        lookAhead(index + LOOK_AHEAD);
        // Waiting for this draft anyway (a slow engine): what is drafted is written meanwhile.
        if (pending.length > 0 && !ready.has(unit.id) && !(await flush())) return this.announce(project.id, start.lang);
        const draft = await drafts.get(unit.id)!;
        if (draft.problem) problem = draft.problem;
        progress.done++;
        if (draft.kind === 'memory') progress.from_memory++;
        else if (draft.kind === 'machine') progress.from_machine++;
        else progress.left_empty++;
        if (draft.kind !== 'none') {
          const { fresh } = draft;
          if (fresh) {
            this.unkept.delete(fresh);
            pending.push(() => keepOutput(db, fresh.key, fresh.output));
          }
          const change = { projectId: project.id, unitId: unit.id, lang: start.lang, baseRevision: unit.revision, target: draft.target, state: 'translated' as const, actor: actorName(actor), kind: draft.kind, comment: '', authorId: null, machineEngine: draft.engine };
          pending.push(() => writeTranslationIn(db, change, unit));
        }
        // A cancellation is seen here: the job is no longer running, and nothing more is written.
        if (pending.length >= WRITE_EVERY * 2 && !(await flush())) return this.announce(project.id, start.lang);
      }
      if (!(await flush())) return this.announce(project.id, start.lang);
      await this.announce(project.id, start.lang);
    }
    await updateRunningJob(db, start.id, { ...progress, problem, status: 'done' });
  }

  private async announce(projectId: number, lang: string): Promise<void> {
    await this.live?.publish(projectId, { type: 'reload', lang });
  }

  /** One unit's draft: the memory's exact match, else the machine's suggestion, else none (and why). Never rejects. */
  private async draftOf(actor: Actor, project: ProjectRow, lang: string, unit: UnitWithTranslation, engine: EngineChoiceOk | null, sources: (source: Content) => MachineSource, place?: LanePlace): Promise<Draft> {
    try {
      const exact = (await memoryMatches(this.db, actor, { projectId: project.id, lang, unitId: unit.id })).find((m) => m.score === 100);
      if (exact) return { kind: 'memory', target: targetWithSourceCodes(exact.target, unit.source), engine: null };
      if (!engine) return NO_DRAFT;
      const { suggestion, fresh } = await this.machine.ask(this.db, engine, project.sourceLang, sources(unit.source), { place });
      if (fresh) this.unkept.add(fresh);
      if (suggestion.status === 'ready') return { kind: 'machine', target: suggestion.target, engine: suggestion.engine.name, fresh };
      return { ...NO_DRAFT, problem: `${engine.engine.name}: ${'reason' in suggestion ? suggestion.reason : suggestion.status}` };
    } catch (error) {
      return { ...NO_DRAFT, problem: (error as Error).message };
    } finally {
      place?.release();
    }
  }
}

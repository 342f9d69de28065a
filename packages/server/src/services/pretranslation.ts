import type { Content } from '@tessera/core';
import type { PretranslationView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { LiveBus } from '../live/bus.ts';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import { cancelJob, claimJob, findJob, insertJob, keepOutput, latestJob, recordJobProgress, releaseLeases, renewLeases, unheldJobs, updateRunningJob, type JobRow, type Lease } from '../repositories/machine.ts';
import { unitsWithTranslations, unitsWithTranslationsAfter, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { writeTranslationIn } from '../repositories/translations.ts';
import { findUserById } from '../repositories/users.ts';
import { actorName, type Actor } from './actor.ts';
import { ServiceError } from './errors.ts';
import { machineSourcesOf, type EngineChoice, type KeptAnswer, type LanePlace, type MachineSource, type MachineTranslation } from './machineTranslation.ts';
import { projectForActor, allow } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { fillingMatch } from './memoryPrefill.ts';
import { neighbourSources } from '../repositories/unitNeighbours.ts';

/** How many units a job reads at a time (open editors reload after each batch). */
const BATCH = 20;
/** How many drafts are written together (one commit). */
const WRITE_EVERY = 5;
/** How many units' drafts are looked for ahead of the one being written. */
const LOOK_AHEAD = WRITE_EVERY + 2;
/** How long a process holds a job it runs unless it renews its lease (every third of that). */
const LEASE_MS = 60_000;

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
 * a cancellation stops it within a few units. The process running a job holds a lease on it,
 * renewed while it runs: of several servers on one database, one runs it, and another takes it up
 * only once that lease ends (its server stopped without a word). The next drafts are looked for while one is written;
 * an engine gets one request at a time, in the units' order, at most `requestsPerSecond`.
 */
export class Pretranslations {
  private readonly running = new Map<number, Promise<void>>();
  /** Drafts looked for ahead: a stop lets them finish (their engine answers are kept), so that nothing is asked twice. */
  private readonly ahead = new Set<Promise<Draft>>();
  /** New engine answers not kept yet: each is kept with its unit's draft (one commit), or when the jobs stop. */
  private readonly unkept = new Set<KeptAnswer>();
  private stopped = false;
  /** This process's name on the leases it holds. */
  private readonly owner = randomUUID();
  private readonly leaseMs: number;
  private readonly live?: LiveBus;
  /** Renews the leases of the jobs running here and, while watching, takes up the jobs no process holds. */
  private beat: ReturnType<typeof setInterval> | undefined;
  private watching = false;

  constructor(
    private readonly db: Db,
    readonly machine: MachineTranslation,
    options: { live?: LiveBus; leaseMs?: number } = {},
  ) {
    this.live = options.live;
    this.leaseMs = options.leaseMs ?? LEASE_MS;
  }

  private lease(): Lease {
    return { owner: this.owner, until: new Date(Date.now() + this.leaseMs).toISOString() };
  }

  /** Takes a running job up if no other process holds it; whether it did. */
  private claim(job: JobRow): Promise<boolean> {
    return claimJob(this.db, job.id, this.lease(), new Date().toISOString());
  }

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
      // Another process running it goes on with it (`finished` follows it).
      if (await this.claim(current)) this.launch(current);
      return pretranslationView(current);
    }
    const running = (job: JobRow) => new ServiceError(409, 'pretranslation.running', 'A pre-translation of this language is running: wait for it, or cancel it.', { job: pretranslationView(job) });
    if (current?.status === 'running') throw running(current);
    const total = (await unitsWithTranslations(this.db, project.id, at.lang)).filter(emptyUnit).length;
    let job: JobRow;
    try {
      job = await insertJob(this.db, { projectId: project.id, lang: at.lang, total, createdBy: actor.kind === 'user' ? actor.user.id : null, actor: actorName(actor) }, this.lease());
    } catch (error) {
      // Another request started one a moment before.
      if (!isUniqueViolation(error)) throw error;
      const other = await latestJob(this.db, project.id, at.lang);
      throw running(other!);
    }
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

  /** Goes on with the running jobs no process holds (those of a server that stopped). */
  async resumeAll(): Promise<void> {
    const now = new Date().toISOString();
    for (const job of await unheldJobs(this.db, now)) if (!this.stopped && (await this.claim(job))) this.launch(job);
  }

  /** A server's: goes on with the running jobs no process holds, now and every third of a lease from then on. */
  async watch(): Promise<void> {
    this.watching = true;
    this.keepBeating();
    await this.resumeAll();
  }

  /**
   * Resolves when the job stops: run here, or followed while another process runs it (and taken up
   * here if that process lets go of it).
   */
  async finished(jobId: number): Promise<void> {
    for (;;) {
      const here = this.running.get(jobId);
      if (here) return here;
      const job = await findJob(this.db, jobId);
      if (job?.status !== 'running' || this.stopped) return;
      if (await this.claim(job)) this.launch(job);
      else await new Promise((resolve) => setTimeout(resolve, Math.min(1000, this.leaseMs / 3)));
    }
  }

  /**
   * Stops taking work (the server is closing): running jobs stop after the unit in hand, and stay
   * `running`, let go of, for the next process to take up at once.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.beat);
    await Promise.allSettled([...this.running.values()]);
    await this.keepUnkept();
    await releaseLeases(this.db, this.owner);
  }

  private keepBeating(): void {
    if (this.beat || this.stopped) return;
    this.beat = setInterval(() => void this.onBeat(), this.leaseMs / 3);
    this.beat.unref();
  }

  private async onBeat(): Promise<void> {
    try {
      if (this.running.size > 0) await renewLeases(this.db, this.lease());
      if (this.watching) await this.resumeAll();
    } catch {
      // The database did not answer this time: the next beat asks again, well before the leases end.
    }
    if (!this.watching && this.running.size === 0) {
      clearInterval(this.beat);
      this.beat = undefined;
    }
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
    this.keepBeating();
    const run = this.run(job)
      .catch(async (error: unknown) => {
        if (this.stopped) return;
        await updateRunningJob(this.db, job.id, this.owner, { status: 'failed', problem: (error as Error).message }).catch(() => undefined);
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
        const [going] = await Promise.all([updateRunningJob(db, start.id, this.owner, { ...progress, problem }), ...writes]);
        // Cancelled (or taken up by another process) meanwhile: the drafts of this turn were written all the same, and are counted.
        if (!going && writes.length > 0) await recordJobProgress(db, start.id, this.owner, { ...progress, problem });
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
    await updateRunningJob(db, start.id, this.owner, { ...progress, problem, status: 'done' });
  }

  private async announce(projectId: number, lang: string): Promise<void> {
    await this.live?.publish(projectId, { type: 'reload', lang });
  }

  /** One unit's draft: the memory's exact match, else the machine's suggestion, else none (and why). Never rejects. */
  private async draftOf(actor: Actor, project: ProjectRow, lang: string, unit: UnitWithTranslation, engine: EngineChoiceOk | null, sources: (source: Content) => MachineSource, place?: LanePlace): Promise<Draft> {
    try {
      const readableBy = actor.kind === 'user' ? actor.user.id : 'all';
      const neighbours = async () => (await neighbourSources(this.db, [unit.id])).get(unit.id)!;
      const match = await fillingMatch(this.db, { sourceLang: project.sourceLang, lang, readableBy }, unit, neighbours);
      if (match) return { kind: 'memory', target: match.target, engine: null };
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

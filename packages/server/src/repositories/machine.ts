import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { MtJobsTable } from '../db/schema.ts';
import type { Selectable } from 'kysely';

/** What an engine is asked and answers: its id, the pair of its codes, and the text with placeholders. */
export interface CacheKey {
  engineId: string;
  sourceCode: string;
  targetCode: string;
  text: string;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

function cacheRow(db: Db, key: CacheKey) {
  return db
    .selectFrom('mt_cache')
    .select('output_text')
    .where('engine_id', '=', key.engineId)
    .where('source_code', '=', key.sourceCode)
    .where('target_code', '=', key.targetCode)
    .where('source_hash', '=', hashOf(key.text))
    .where('source_text', '=', key.text);
}

/** The engine's kept answer to this text, if it was ever asked. */
export async function cachedOutput(db: Db, key: CacheKey): Promise<string | undefined> {
  return (await cacheRow(db, key).executeTakeFirst())?.output_text;
}

/** Keeps an engine's answer (the first one stays when two requests asked at once). */
export async function keepOutput(db: Db, key: CacheKey, output: string): Promise<void> {
  await db
    .insertInto('mt_cache')
    .values({ engine_id: key.engineId, source_code: key.sourceCode, target_code: key.targetCode, source_hash: hashOf(key.text), source_text: key.text, output_text: output, created_at: new Date().toISOString() })
    .onConflict((c) => c.columns(['engine_id', 'source_code', 'target_code', 'source_hash']).doNothing())
    .execute();
}

/** The engines a coordinator allowed for a project. */
export async function allowedEngines(db: Db, projectId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('mt_consents').select('engine_id').where('project_id', '=', projectId).execute();
  return new Set(rows.map((r) => r.engine_id));
}

export async function setEngineAllowed(db: Db, projectId: number, engineId: string, allowed: boolean, userId: number | null): Promise<void> {
  if (!allowed) {
    await db.deleteFrom('mt_consents').where('project_id', '=', projectId).where('engine_id', '=', engineId).execute();
    return;
  }
  await db
    .insertInto('mt_consents')
    .values({ project_id: projectId, engine_id: engineId, granted_by: userId, granted_at: new Date().toISOString() })
    .onConflict((c) => c.columns(['project_id', 'engine_id']).doNothing())
    .execute();
}

/** Whether some version of the project is public at `now` (its embargo over): its statement is no secret any more. */
export async function hasReleasedVersion(db: Db, projectId: number, now: string): Promise<boolean> {
  const row = await db
    .selectFrom('publications')
    .select('id')
    .where('project_id', '=', projectId)
    .where((eb) => eb.or([eb('embargo_until', 'is', null), eb('embargo_until', '<=', now)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export type JobRow = Selectable<MtJobsTable>;

/** The newest pre-translation of a language, if there was one. */
export function latestJob(db: Db, projectId: number, lang: string): Promise<JobRow | undefined> {
  return db.selectFrom('mt_jobs').selectAll().where('project_id', '=', projectId).where('lang', '=', lang).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export function findJob(db: Db, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('mt_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A process's hold on the jobs it runs (`mt_jobs.lease_owner`, `lease_until`). */
export interface Lease {
  owner: string;
  /** When it ends unless renewed (ISO). */
  until: string;
}

/** Running pre-translations that no process holds now (never taken, let go, or whose process stopped without a word). */
export function unheldJobs(db: Db, now: string): Promise<JobRow[]> {
  return db
    .selectFrom('mt_jobs')
    .selectAll()
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('id')
    .execute();
}

/** Takes a running job for `lease.owner` if no other process holds it; whether it did (of two processes, one does). */
export async function claimJob(db: Db, id: number, lease: Lease, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mt_jobs')
    .set({ lease_owner: lease.owner, lease_until: lease.until })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now), eb('lease_owner', '=', lease.owner)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Renews the leases of the running jobs `lease.owner` holds. */
export async function renewLeases(db: Db, lease: Lease): Promise<void> {
  await db.updateTable('mt_jobs').set({ lease_until: lease.until }).where('lease_owner', '=', lease.owner).where('status', '=', 'running').execute();
}

/** Lets go of the jobs `owner` holds (it stops): the next process that looks takes them up at once. */
export async function releaseLeases(db: Db, owner: string): Promise<void> {
  await db.updateTable('mt_jobs').set({ lease_owner: null, lease_until: null }).where('lease_owner', '=', owner).execute();
}

export async function insertJob(db: Db, job: { projectId: number; lang: string; total: number; createdBy: number | null; actor: string }, lease: Lease): Promise<JobRow> {
  const now = new Date().toISOString();
  return db
    .insertInto('mt_jobs')
    .values({ project_id: job.projectId, lang: job.lang, status: 'running', total: job.total, after: -1, done: 0, from_memory: 0, from_machine: 0, left_empty: 0, problem: null, created_by: job.createdBy, actor: job.actor, created_at: now, updated_at: now, lease_owner: lease.owner, lease_until: lease.until })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records a job's progress, only while it still runs and `owner` holds it (a cancellation, or another process that took it up, wins); whether it did. */
export async function updateRunningJob(db: Db, id: number, owner: string, change: Partial<Pick<JobRow, 'status' | 'after' | 'done' | 'from_memory' | 'from_machine' | 'left_empty' | 'problem'>>): Promise<boolean> {
  const result = await db.updateTable('mt_jobs').set({ ...change, updated_at: new Date().toISOString() }).where('id', '=', id).where('status', '=', 'running').where('lease_owner', '=', owner).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records what a job did, whatever its status, while `owner` holds it (a cancelled job's last drafts). */
export async function recordJobProgress(db: Db, id: number, owner: string, change: Pick<JobRow, 'after' | 'done' | 'from_memory' | 'from_machine' | 'left_empty' | 'problem'>): Promise<void> {
  await db.updateTable('mt_jobs').set({ ...change, updated_at: new Date().toISOString() }).where('id', '=', id).where('lease_owner', '=', owner).execute();
}

/** Stops a running job (the drafts it wrote stay). */
export async function cancelJob(db: Db, id: number): Promise<void> {
  await db.updateTable('mt_jobs').set({ status: 'cancelled', updated_at: new Date().toISOString() }).where('id', '=', id).where('status', '=', 'running').execute();
}

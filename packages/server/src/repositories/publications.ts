import type { ExpressionBuilder, Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import type { Database, PublicationsTable } from '../db/schema.ts';

/** A published version as stored; `document`, `units` and `changes` stay serialized until someone needs them. */
export interface PublicationRow {
  id: number;
  projectId: number;
  lang: string;
  version: number;
  sourceRevision: number;
  publishedAt: string;
  publishedBy: number | null;
  publishedByName: string;
  embargoUntil: string | null;
  withFallback: boolean;
  document: string;
  units: string;
  changes: string;
}

export type NewPublication = Omit<PublicationRow, 'id' | 'version'>;

const COLUMNS = [
  'id',
  'project_id',
  'lang',
  'version',
  'source_revision',
  'published_at',
  'published_by',
  'published_by_name',
  'embargo_until',
  'with_fallback',
  'document',
  'units',
  'changes',
] as const;

function toRow(r: Selectable<PublicationsTable>): PublicationRow {
  return {
    id: r.id,
    projectId: r.project_id,
    lang: r.lang,
    version: r.version,
    sourceRevision: r.source_revision,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    publishedByName: r.published_by_name,
    embargoUntil: r.embargo_until,
    withFallback: r.with_fallback === 1,
    document: r.document,
    units: r.units,
    changes: r.changes,
  };
}

/**
 * Stores the next version of a language: `build` receives the latest version (or null) and returns
 * what to publish. Resolves to the stored row, or null when another version took the same number
 * at the same moment (nothing is stored then).
 */
export async function insertNextPublication(
  db: Db,
  at: { projectId: number; lang: string },
  build: (latest: PublicationRow | null) => NewPublication,
): Promise<PublicationRow | null> {
  try {
    return await db.transaction().execute(async (trx) => {
      const latest = (await versionsOf(trx, at.projectId, at.lang, { newestOnly: true }))[0] ?? null;
      const next = build(latest);
      const version = (latest?.version ?? 0) + 1;
      const stored = await trx
        .insertInto('publications')
        .values({
          project_id: next.projectId,
          lang: next.lang,
          version,
          source_revision: next.sourceRevision,
          published_at: next.publishedAt,
          published_by: next.publishedBy,
          published_by_name: next.publishedByName,
          embargo_until: next.embargoUntil,
          with_fallback: next.withFallback ? 1 : 0,
          document: next.document,
          units: next.units,
          changes: next.changes,
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      return toRow(stored);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Whether a version's embargo is over at `now` (ISO 8601, as embargo times are stored). */
const releasedAt = (now: string) => (eb: ExpressionBuilder<Database, 'publications'>) => eb.or([eb('embargo_until', 'is', null), eb('embargo_until', '<=', now)]);

/** Versions of a project, newest first: of one language, with one number, or only those whose embargo is over at `releasedBy`. */
function versionQuery(db: Db, projectId: number, only: { lang?: string; version?: number; releasedBy?: string }) {
  let query = db.selectFrom('publications').select(COLUMNS).where('project_id', '=', projectId);
  if (only.lang !== undefined) query = query.where('lang', '=', only.lang);
  if (only.version !== undefined) query = query.where('version', '=', only.version);
  if (only.releasedBy !== undefined) query = query.where(releasedAt(only.releasedBy));
  return query.orderBy('lang').orderBy('version', 'desc');
}

/** Every version of a language, newest first (or only the newest). */
export async function versionsOf(db: Db, projectId: number, lang: string, options: { newestOnly?: boolean } = {}): Promise<PublicationRow[]> {
  const query = versionQuery(db, projectId, { lang });
  return (await (options.newestOnly ? query.limit(1) : query).execute()).map(toRow);
}

export async function findVersion(db: Db, projectId: number, lang: string, version: number): Promise<PublicationRow | undefined> {
  const row = await versionQuery(db, projectId, { lang, version }).executeTakeFirst();
  return row && toRow(row);
}

/** The newest version of a language whose embargo is over at `now` (ISO 8601). */
export async function newestReleased(db: Db, projectId: number, lang: string, now: string): Promise<PublicationRow | undefined> {
  const row = await versionQuery(db, projectId, { lang, releasedBy: now }).limit(1).executeTakeFirst();
  return row && toRow(row);
}

/**
 * The newest version of each language whose embargo is over at `now` (ISO 8601), one per language,
 * in language order. An embargoed newer version leaves the one before it in place.
 */
export async function releasedVersions(db: Db, projectId: number, now: string): Promise<PublicationRow[]> {
  const newest = new Map<string, PublicationRow>();
  for (const row of await versionQuery(db, projectId, { releasedBy: now }).execute()) if (!newest.has(row.lang)) newest.set(row.lang, toRow(row));
  return [...newest.values()];
}

/** The languages with a version whose embargo is over at `now`, in order. */
export async function releasedLanguages(db: Db, projectId: number, now: string): Promise<string[]> {
  const rows = await db.selectFrom('publications').select('lang').distinct().where('project_id', '=', projectId).where(releasedAt(now)).orderBy('lang').execute();
  return rows.map((r) => r.lang);
}

export async function setEmbargo(db: Db, id: number, embargoUntil: string | null): Promise<void> {
  await db.updateTable('publications').set({ embargo_until: embargoUntil }).where('id', '=', id).execute();
}

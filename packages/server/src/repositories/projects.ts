import { sql } from 'kysely';
import type { Content, Membership, SignatoryOrder, SourceDocument } from '@tessera/core';
import type { LanguageProgress } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/prepared.ts';
import { insertBlock, insertUnit } from './documentRows.ts';

export interface NewProject {
  name: string;
  sourceLang: string;
  targetLangs: string[];
  document: SourceDocument;
  createdBy: number | null;
}

export interface ProjectRow {
  id: number;
  name: string;
  sourceLang: string;
  createdAt: string;
  targetLangs: string[];
  /** Number of the source revision in force (1 for the first import). */
  sourceRevision: number;
  /** Whether its approved translations are in the translation memory. */
  inMemory: boolean;
}

/** Stores a project with its blocks, units and an empty translation per unit and language, all or nothing. */
export function insertProject(db: Db, project: NewProject): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const { id: projectId } = await trx
      .insertInto('projects')
      .values({ name: project.name, source_lang: project.sourceLang, created_by: project.createdBy, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('project_languages')
      .values(project.targetLangs.map((lang) => ({ project_id: projectId, lang, allow_fallback: 0 })))
      .execute();
    if (project.createdBy !== null) {
      await trx.insertInto('memberships').values({ project_id: projectId, user_id: project.createdBy, role: 'coordinator', lang: '' }).execute();
    }
    let unitPosition = 0;
    for (const [blockPosition, block] of project.document.blocks.entries()) {
      const blockId = await insertBlock(trx, projectId, blockPosition, block);
      for (const unit of block.units) {
        await insertUnit(trx, { projectId, blockId, position: unitPosition++, targetLangs: project.targetLangs }, unit);
      }
    }
    return projectId;
  });
}

export async function projectNameTaken(db: Db, name: string): Promise<boolean> {
  const row = await db.selectFrom('projects').select('id').where('name', '=', name).executeTakeFirst();
  return row !== undefined;
}

export async function addMembership(db: Db, projectId: number, userId: number, membership: Membership): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ project_id: projectId, user_id: userId, role: membership.role, lang: membership.lang ?? '' })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function membershipsOf(db: Db, userId: number, projectId: number): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships')
    .select(['role', 'lang'])
    .where('user_id', '=', userId)
    .where('project_id', '=', projectId)
    .execute();
  return rows.map((r) => ({ role: r.role, lang: r.lang === '' ? null : r.lang }));
}

/** The projects an account has a role in, and whether it may create projects. */
export async function projectsWithRolesOf(db: Db, userId: number): Promise<{ projectIds: number[]; mayCreateProjects: boolean }> {
  const [roles, user] = await Promise.all([
    db.selectFrom('memberships').select('project_id').where('user_id', '=', userId).execute(),
    db.selectFrom('users').select('can_create_projects').where('id', '=', userId).executeTakeFirst(),
  ]);
  return { projectIds: [...new Set(roles.map((r) => r.project_id))], mayCreateProjects: user?.can_create_projects === 1 };
}

/** The projects an account coordinates. */
export async function projectsCoordinatedBy(db: Db, userId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('memberships').select('project_id').where('user_id', '=', userId).where('role', '=', 'coordinator').execute();
  return new Set(rows.map((r) => r.project_id));
}

export async function findProject(db: Db, idOrName: number | string): Promise<ProjectRow | undefined> {
  // One query: the project with one row per target language.
  const query = db
    .selectFrom('projects as p')
    .leftJoin('project_languages as l', 'l.project_id', 'p.id')
    .select(['p.id', 'p.name', 'p.source_lang', 'p.created_at', 'p.source_revision', 'p.in_memory', 'l.lang'])
    .orderBy('l.lang');
  const rows = await (typeof idOrName === 'number' ? query.where('p.id', '=', idOrName) : query.where('p.name', '=', idOrName)).execute();
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    sourceLang: row.source_lang,
    createdAt: row.created_at,
    targetLangs: rows.flatMap((r) => (r.lang === null ? [] : [r.lang])),
    sourceRevision: row.source_revision,
    inMemory: row.in_memory === 1,
  };
}

/**
 * A project and the memberships one user has in it, in one query (the hot path of every save):
 * one row per target language and membership.
 */
const projectWithMemberships = prepared((db: Db, p: { projectId: number; userId: number }) =>
  db
    .selectFrom('projects as p')
    .leftJoin('project_languages as l', 'l.project_id', 'p.id')
    .leftJoin('memberships as m', (join) => join.onRef('m.project_id', '=', 'p.id').on('m.user_id', '=', p.userId))
    .select(['p.id', 'p.name', 'p.source_lang', 'p.created_at', 'p.source_revision', 'p.in_memory', 'l.lang', 'm.role', 'm.lang as member_lang'])
    .where('p.id', '=', p.projectId),
);

export async function findProjectWithMemberships(db: Db, projectId: number, userId: number): Promise<{ project: ProjectRow; memberships: Membership[] } | undefined> {
  const { rows } = await projectWithMemberships(db, { projectId, userId });
  const row = rows[0];
  if (!row) return undefined;
  const memberships = new Map<string, Membership>();
  for (const r of rows) if (r.role) memberships.set(`${r.role}:${r.member_lang}`, { role: r.role, lang: r.member_lang ? r.member_lang : null });
  return {
    project: {
      id: row.id,
      name: row.name,
      sourceLang: row.source_lang,
      createdAt: row.created_at,
      targetLangs: [...new Set(rows.flatMap((r) => (r.lang === null ? [] : [r.lang])))].sort(),
      sourceRevision: row.source_revision,
      inMemory: row.in_memory === 1,
    },
    memberships: [...memberships.values()],
  };
}

/** Projects the user is a member of (every project when `userId` is null). */
export async function listProjects(db: Db, userId: number | null): Promise<ProjectRow[]> {
  let query = db.selectFrom('projects').select('id').orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (userId !== null) {
    query = query.where('id', 'in', db.selectFrom('memberships').select('project_id').where('user_id', '=', userId));
  }
  const ids = await query.execute();
  const projects = await Promise.all(ids.map((r) => findProject(db, r.id)));
  return projects.filter((p): p is ProjectRow => p !== undefined);
}

export async function languageProgress(db: Db, projectId: number): Promise<LanguageProgress[]> {
  const rows = await db
    .selectFrom('translations as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .where('u.project_id', '=', projectId)
    .where('u.translate', '=', 1)
    .where('u.retired_at', 'is', null)
    .select((eb) => [
      't.lang',
      eb.fn.countAll<number>().as('total'),
      sql<number>`sum(case when t.state = 'translated' then 1 else 0 end)`.as('translated'),
      sql<number>`sum(case when t.state = 'needs-review' then 1 else 0 end)`.as('needs_review'),
      sql<number>`sum(case when t.state = 'approved' then 1 else 0 end)`.as('approved'),
      sql<number>`sum(case when t.state = 'rejected' then 1 else 0 end)`.as('rejected'),
    ])
    .groupBy('t.lang')
    .execute();
  const byLang = new Map(rows.map((r) => [r.lang, r]));
  const langs = await db.selectFrom('project_languages').select(['lang', 'deadline']).where('project_id', '=', projectId).orderBy('lang').execute();
  return langs.map(({ lang, deadline }) => {
    const r = byLang.get(lang);
    return {
      lang,
      total: Number(r?.total ?? 0),
      translated: Number(r?.translated ?? 0),
      needsReview: Number(r?.needs_review ?? 0),
      approved: Number(r?.approved ?? 0),
      rejected: Number(r?.rejected ?? 0),
      deadline,
    };
  });
}

export interface LanguageSettings {
  allowFallback: boolean;
  deadline: string | null;
  selfReview: boolean;
  signatoryOrder: SignatoryOrder;
}

/** The settings of one target language of a project; undefined when the project is not translated into it. */
export async function languageSettings(db: Db, projectId: number, lang: string): Promise<LanguageSettings | undefined> {
  const row = await db
    .selectFrom('project_languages')
    .select(['allow_fallback', 'deadline', 'self_review', 'signatory_order'])
    .where('project_id', '=', projectId)
    .where('lang', '=', lang)
    .executeTakeFirst();
  return row && { allowFallback: row.allow_fallback === 1, deadline: row.deadline, selfReview: row.self_review === 1, signatoryOrder: row.signatory_order === 'collation' ? 'collation' : 'source' };
}

export async function updateLanguageSettings(db: Db, projectId: number, lang: string, change: Partial<LanguageSettings>): Promise<void> {
  const set = {
    ...(change.allowFallback !== undefined ? { allow_fallback: change.allowFallback ? 1 : 0 } : {}),
    ...(change.deadline !== undefined ? { deadline: change.deadline } : {}),
    ...(change.selfReview !== undefined ? { self_review: change.selfReview ? 1 : 0 } : {}),
    ...(change.signatoryOrder !== undefined ? { signatory_order: change.signatoryOrder } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('project_languages').set(set).where('project_id', '=', projectId).where('lang', '=', lang).execute();
}

export interface BlockRow {
  id: number;
  kind: string;
  level: number | null;
  list: number | null;
  date: string | null;
}

export interface UnitWithTranslation {
  id: number;
  /** Its place in reading order among the project's units (in force ones never share one). */
  position: number;
  blockId: number;
  blockKind: string;
  source: Content;
  /** The source before its last change of meaning, while the translation waits for review. */
  previousSource: Content | null;
  spaceAfter: string;
  translate: boolean;
  target: Content;
  state: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: string | null;
  authorId: number | null;
  selfApproved: boolean;
  openComments: number;
  openSuggestions: number;
  /** What the last change of the translation said (a rejection's reason). */
  lastComment: string;
  /** The engine whose output the translation is, saved unchanged (null once a person wrote it). */
  machine: string | null;
}

export function blocksOf(db: Db, projectId: number): Promise<BlockRow[]> {
  return db
    .selectFrom('blocks')
    .select(['id', 'kind', 'level', 'list', 'date'])
    .where('project_id', '=', projectId)
    .where('retired_at', 'is', null)
    .orderBy('position')
    .execute();
}

/** Units in force of a project joined with their translation into `lang`, and their open comments and suggestions there. */
function unitsQuery(db: Db, projectId: number, lang: string) {
  return db
    .selectFrom('units as u')
    .innerJoin('translations as t', (join) => join.onRef('t.unit_id', '=', 'u.id').on('t.lang', '=', lang))
    .innerJoin('blocks as b', 'b.id', 'u.block_id')
    .where('u.project_id', '=', projectId)
    .where('u.retired_at', 'is', null)
    .select(['u.id', 'u.position', 'u.block_id', 'b.kind as block_kind', 'u.source', 'u.previous_source', 'u.space_after', 'u.translate', 't.target', 't.state', 't.revision', 't.updated_by', 't.updated_at', 't.author_id', 't.self_approved', 't.last_comment', 't.machine_engine'])
    .select((eb) => [
      eb.selectFrom('comments as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.unit_id', '=', 'u.id').where('c.lang', '=', lang).where('c.resolved_at', 'is', null).as('open_comments'),
      eb.selectFrom('suggestions as s').select(eb.fn.countAll<number>().as('n')).whereRef('s.unit_id', '=', 'u.id').where('s.lang', '=', lang).where('s.status', '=', 'open').as('open_suggestions'),
    ]);
}

type UnitQueryRow = Awaited<ReturnType<ReturnType<typeof unitsQuery>['execute']>>[number];

/** One unit (the hot path of every save and review), prepared once. */
const oneUnit = prepared((db: Db, p: { projectId: number; lang: string; unitId: number }) => unitsQuery(db, p.projectId, p.lang).where('u.id', '=', p.unitId));

/**
 * Every unit of the project (or just some) in reading order, with its translation into `lang`,
 * and how many open comments and suggestions it has in that language.
 */
export async function unitsWithTranslations(db: Db, projectId: number, lang: string, only?: number | readonly number[]): Promise<UnitWithTranslation[]> {
  if (typeof only === 'number') return (await oneUnit(db, { projectId, lang, unitId: only })).rows.map(toUnit);
  let query = unitsQuery(db, projectId, lang);
  if (only !== undefined) query = query.where('u.id', 'in', only.length > 0 ? only : [-1]);
  return (await query.orderBy('u.position').execute()).map(toUnit);
}

/** The units in force of one block, in reading order, with their translation into `lang`. */
export async function unitsOfBlock(db: Db, projectId: number, lang: string, blockId: number): Promise<UnitWithTranslation[]> {
  return (await unitsQuery(db, projectId, lang).where('u.block_id', '=', blockId).orderBy('u.position').execute()).map(toUnit);
}

/** The units in force after the position `after` in reading order, at most `limit` of them. */
const unitsAfter = prepared((db: Db, p: { projectId: number; lang: string; after: number; limit: number }) =>
  unitsQuery(db, p.projectId, p.lang).where('u.position', '>', p.after).orderBy('u.position').limit(p.limit),
);

/** A page of `unitsWithTranslations`: at most `limit` units, after the position `after` (from the first unit when undefined). */
export async function unitsWithTranslationsAfter(db: Db, projectId: number, lang: string, page: { after?: number; limit: number }): Promise<UnitWithTranslation[]> {
  return (await unitsAfter(db, { projectId, lang, after: page.after ?? -1, limit: page.limit })).rows.map(toUnit);
}

function toUnit(r: UnitQueryRow): UnitWithTranslation {
  return {
    id: r.id,
    position: r.position,
    blockId: r.block_id,
    blockKind: r.block_kind,
    source: JSON.parse(r.source) as Content,
    previousSource: r.previous_source === null ? null : (JSON.parse(r.previous_source) as Content),
    spaceAfter: r.space_after,
    translate: r.translate === 1,
    target: JSON.parse(r.target) as Content,
    state: r.state,
    revision: r.revision,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    authorId: r.author_id,
    selfApproved: r.self_approved === 1,
    openComments: Number(r.open_comments ?? 0),
    openSuggestions: Number(r.open_suggestions ?? 0),
    lastComment: r.last_comment,
    machine: r.machine_engine,
  };
}

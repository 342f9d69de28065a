import type { CommentView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { CommentsTable } from '../db/schema.ts';
import type { Selectable } from 'kysely';

function toView(r: Selectable<CommentsTable>): CommentView {
  return {
    id: r.id,
    unitId: r.unit_id,
    lang: r.lang,
    authorId: r.author_id,
    author: r.author,
    body: r.body,
    createdAt: r.created_at,
    resolved: r.resolved_at !== null,
    mentions: JSON.parse(r.mentions) as string[],
  };
}

export async function insertComment(
  db: Db,
  c: { projectId: number; unitId: number; lang: string; authorId: number | null; author: string; body: string; mentions: string[] },
): Promise<CommentView> {
  const row = await db
    .insertInto('comments')
    .values({ project_id: c.projectId, unit_id: c.unitId, lang: c.lang, author_id: c.authorId, author: c.author, body: c.body, mentions: JSON.stringify(c.mentions), created_at: new Date().toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toView(row);
}

export async function commentsOn(db: Db, unitId: number, lang: string): Promise<CommentView[]> {
  const rows = await db.selectFrom('comments').selectAll().where('unit_id', '=', unitId).where('lang', '=', lang).orderBy('id').execute();
  return rows.map(toView);
}

export async function findComment(db: Db, projectId: number, commentId: number): Promise<CommentView | undefined> {
  const row = await db.selectFrom('comments').selectAll().where('project_id', '=', projectId).where('id', '=', commentId).executeTakeFirst();
  return row && toView(row);
}

export async function setResolved(db: Db, commentId: number, resolved: boolean): Promise<void> {
  await db.updateTable('comments').set({ resolved_at: resolved ? new Date().toISOString() : null }).where('id', '=', commentId).execute();
}

/** Unresolved comments of one language as notes for an exported file (“author: text”), by unit. */
export async function openCommentNotes(db: Db, projectId: number, lang: string): Promise<Map<number, string[]>> {
  const rows = await db
    .selectFrom('comments')
    .select(['unit_id', 'author', 'body'])
    .where('project_id', '=', projectId)
    .where('lang', '=', lang)
    .where('resolved_at', 'is', null)
    .orderBy('id')
    .execute();
  const notes = new Map<number, string[]>();
  for (const r of rows) notes.set(r.unit_id, [...(notes.get(r.unit_id) ?? []), `${r.author}: ${r.body}`]);
  return notes;
}

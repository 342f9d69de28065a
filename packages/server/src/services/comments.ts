import { can, findMentions } from '@tessera/core';
import type { CommentView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { commentsOn, findComment, insertComment, setResolved } from '../repositories/comments.ts';
import { membersOf } from '../repositories/members.ts';
import { actorName, type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { notFound } from './errors.ts';
import { notifyMentions } from './notifications.ts';
import { projectOrThrow } from './projects.ts';
import { readableUnit, type UnitAddress } from './translations.ts';

export async function listComments(db: Db, actor: Actor, at: UnitAddress): Promise<CommentView[]> {
  await readableUnit(db, actor, at);
  return commentsOn(db, at.unitId, at.lang);
}

/** Any member who may read the language may comment; members mentioned with @ (who may read it too) are notified. */
export async function addComment(db: Db, actor: Actor, at: UnitAddress, body: string): Promise<CommentView> {
  const { project } = await readableUnit(db, actor, at);
  const members = await membersOf(db, project.id);
  const people = [...new Map(members.map((m) => [m.userId, { id: m.userId, name: m.name, email: m.email }])).values()];
  const readers = (userId: number) => can(members.filter((m) => m.userId === userId), { do: 'read', lang: at.lang });
  const mentioned = findMentions(body, people).filter((p) => readers(p.id));
  const author = actorName(actor);
  const comment = await insertComment(db, {
    projectId: project.id,
    unitId: at.unitId,
    lang: at.lang,
    authorId: actor.kind === 'user' ? actor.user.id : null,
    author,
    body,
    mentions: mentioned.map((p) => p.name),
  });
  const selfId = actor.kind === 'user' ? actor.user.id : null;
  await notifyMentions(
    db,
    mentioned.filter((p) => p.id !== selfId).map((p) => ({ userId: p.id, projectId: project.id, unitId: at.unitId, lang: at.lang, kind: 'mention' as const, actor: author, body })),
  );
  return comment;
}

export async function resolveComment(db: Db, actor: Actor, at: { projectId: number; commentId: number }, resolved: boolean): Promise<CommentView> {
  const project = await projectOrThrow(db, at.projectId);
  const comment = await findComment(db, project.id, at.commentId);
  if (!comment) throw notFound('comment');
  await authorize(db, actor, project.id, { do: 'read', lang: comment.lang });
  await setResolved(db, comment.id, resolved);
  return (await findComment(db, project.id, comment.id))!;
}

import { can, findMentions, type Mentionable } from '@tessera/core';
import type { CommentView, MentionableView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { commentsOn, findComment, insertComment, setResolved } from '../repositories/comments.ts';
import { membersOf } from '../repositories/members.ts';
import { actorName, type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { notFound } from './errors.ts';
import { notifyMentions } from './notifications.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { readableUnit, type UnitAddress } from './translations.ts';

export async function listComments(db: Db, actor: Actor, at: UnitAddress): Promise<CommentView[]> {
  await readableUnit(db, actor, at);
  return commentsOn(db, at.unitId, at.lang);
}

/** The project's members who may read `lang`: the people a comment on it may mention, in the order of their names. */
async function readersOf(db: Db, projectId: number, lang: string): Promise<Mentionable[]> {
  const members = await membersOf(db, projectId);
  const people = [...new Map(members.map((m) => [m.userId, { id: m.userId, name: m.name, email: m.email }])).values()];
  return people.filter((p) => can(members.filter((m) => m.userId === p.id), { do: 'read', lang }));
}

/** Whom a member who may read the language may mention there: names only, for the comment box to offer. */
export async function mentionable(db: Db, actor: Actor, at: { projectId: number; lang: string }): Promise<MentionableView[]> {
  const project = await projectOrThrow(db, at.projectId);
  await authorize(db, actor, project.id, { do: 'read', lang: at.lang });
  requireTargetLanguage(project, at.lang);
  return (await readersOf(db, project.id, at.lang)).map(({ id, name }) => ({ id, name }));
}

/** Any member who may read the language may comment; members mentioned with @ (who may read it too) are notified. */
export async function addComment(db: Db, actor: Actor, at: UnitAddress, body: string): Promise<CommentView> {
  const { project } = await readableUnit(db, actor, at);
  const mentioned = findMentions(body, await readersOf(db, project.id, at.lang));
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

import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { LiveBus } from '../../live/bus.ts';
import { languageActivity } from '../../services/activity.ts';
import { toUserView } from '../../services/auth.ts';
import { addComment, listComments, mentionable, resolveComment } from '../../services/comments.ts';
import {
  acceptInvite,
  approveJoinRequest,
  askToJoin,
  confirmJoin,
  createInvite,
  describeInvite,
  discardJoinRequest,
  listInvites,
  listJoinRequests,
  revokeInvite,
  type InviteMail,
} from '../../services/invites.ts';
import { changeLanguageSettings } from '../../services/languageSettings.ts';
import { listMembers } from '../../services/members.ts';
import { markNotificationsRead, myNotifications } from '../../services/notifications.ts';
import { acceptSuggestion, approveBlock, suggestTranslation } from '../../services/translations.ts';
import { editorUnit } from '../../services/editorUnits.ts';
import { projectOrThrow } from '../../services/projects.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { serve } from '../register.ts';
import type { BrowserSessions } from '../security.ts';

/** People and roles, the review workflow beyond one unit, comments, notifications, activity. */
export function collaborationRoutes(db: Db, live: LiveBus, sessions: BrowserSessions, mail: InviteMail): Router {
  const router = Router();
  const unitAt = (req: Parameters<typeof intParam>[0]) => ({ projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang'), unitId: intParam(req, 'unitId') });

  serve(router, operations.createInvite, ({ body, req }) => createInvite(db, actorOf(req), intParam(req, 'projectId'), body, mail));
  serve(router, operations.listInvites, ({ req }) => listInvites(db, actorOf(req), intParam(req, 'projectId')));
  serve(router, operations.revokeInvite, async ({ req }) => {
    await revokeInvite(db, actorOf(req), intParam(req, 'projectId'), intParam(req, 'inviteId'));
  });
  serve(router, operations.getInvite, ({ req }) => describeInvite(db, stringParam(req, 'token')));
  serve(router, operations.acceptInvite, async ({ req }) => {
    const user = await acceptInvite(db, actorOf(req), stringParam(req, 'token'));
    return { user: toUserView(user), csrfToken: req.csrfToken ?? '' };
  });
  serve(router, operations.askToJoin, ({ body, req }) => askToJoin(db, stringParam(req, 'token'), body, req.ip, mail));
  serve(router, operations.confirmJoin, async ({ req, res }) => {
    const { user, sessionToken } = await confirmJoin(db, stringParam(req, 'token'));
    // Signed in: a new session, with its own CSRF token.
    return { user: toUserView(user), csrfToken: sessions.begin(res, sessionToken) };
  });
  serve(router, operations.listJoinRequests, ({ req }) => listJoinRequests(db, actorOf(req), intParam(req, 'projectId')));
  serve(router, operations.approveJoinRequest, async ({ req }) => {
    await approveJoinRequest(db, actorOf(req), intParam(req, 'projectId'), intParam(req, 'requestId'));
  });
  serve(router, operations.discardJoinRequest, async ({ req }) => {
    await discardJoinRequest(db, actorOf(req), intParam(req, 'projectId'), intParam(req, 'requestId'));
  });
  serve(router, operations.listMembers, ({ req }) => listMembers(db, actorOf(req), intParam(req, 'projectId')));
  serve(router, operations.languageSettings, async ({ body, req }) => {
    const projectId = intParam(req, 'projectId');
    await changeLanguageSettings(db, actorOf(req), projectId, stringParam(req, 'lang'), body);
    await live.publish(projectId, { type: 'reload', lang: stringParam(req, 'lang') });
  });

  serve(router, operations.suggest, async ({ body, req }) => {
    const at = unitAt(req);
    const unit = await suggestTranslation(db, actorOf(req), at, body);
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    return unit;
  });
  serve(router, operations.acceptSuggestion, async ({ req }) => {
    const at = { projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang'), suggestionId: intParam(req, 'suggestionId') };
    const unit = await acceptSuggestion(db, actorOf(req), at);
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    return unit;
  });
  serve(router, operations.batchApprove, async ({ req }) => {
    const at = { projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang'), blockId: intParam(req, 'blockId') };
    const result = await approveBlock(db, actorOf(req), at);
    if (result.approved.length > 0) await live.publish(at.projectId, { type: 'reload', lang: at.lang });
    return result;
  });

  serve(router, operations.mentionable, ({ req }) => mentionable(db, actorOf(req), { projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang') }));
  serve(router, operations.listComments, ({ req }) => listComments(db, actorOf(req), unitAt(req)));
  /** Open editors show a unit's count of open comments: tell them it changed. */
  const commentsChanged = async (projectId: number, lang: string, unitId: number) => {
    const project = await projectOrThrow(db, projectId);
    await live.publish(projectId, { type: 'unit', lang, unit: await editorUnit(db, project, lang, unitId) });
  };
  serve(router, operations.addComment, async ({ body, req }) => {
    const at = unitAt(req);
    const comment = await addComment(db, actorOf(req), at, body.body);
    await commentsChanged(at.projectId, at.lang, at.unitId);
    return comment;
  });
  serve(router, operations.resolveComment, async ({ body, req }) => {
    const at = { projectId: intParam(req, 'projectId'), commentId: intParam(req, 'commentId') };
    const comment = await resolveComment(db, actorOf(req), at, body.resolved);
    await commentsChanged(at.projectId, comment.lang, comment.unitId);
    return comment;
  });

  serve(router, operations.activity, ({ query: { before }, req }) => languageActivity(db, actorOf(req), intParam(req, 'projectId'), stringParam(req, 'lang'), before));
  serve(router, operations.notifications, ({ req }) => myNotifications(db, actorOf(req)));
  serve(router, operations.markNotificationsRead, async ({ body, req }) => {
    await markNotificationsRead(db, actorOf(req), body.ids);
  });

  return router;
}

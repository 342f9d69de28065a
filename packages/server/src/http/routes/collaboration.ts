import { Router } from 'express';
import {
  commentRequest,
  inviteRequest,
  joinRequest,
  languageSettingsRequest,
  markReadRequest,
  operations,
  resolveCommentRequest,
  suggestRequest,
  type SessionView,
} from '@tessera/core/contract';
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
import { on } from '../register.ts';
import type { BrowserSessions } from '../security.ts';

/** People and roles, the review workflow beyond one unit, comments, notifications, activity. */
export function collaborationRoutes(db: Db, live: LiveBus, sessions: BrowserSessions, mail: InviteMail): Router {
  const router = Router();
  const unitAt = (req: Parameters<typeof intParam>[0]) => ({ projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang'), unitId: intParam(req, 'unitId') });

  on(router, operations.createInvite, async (req, res) => {
    res.status(201).json(await createInvite(db, actorOf(req), intParam(req, 'projectId'), inviteRequest.parse(req.body), mail));
  });
  on(router, operations.listInvites, async (req, res) => {
    res.json(await listInvites(db, actorOf(req), intParam(req, 'projectId')));
  });
  on(router, operations.revokeInvite, async (req, res) => {
    await revokeInvite(db, actorOf(req), intParam(req, 'projectId'), intParam(req, 'inviteId'));
    res.status(204).end();
  });
  on(router, operations.getInvite, async (req, res) => {
    res.json(await describeInvite(db, stringParam(req, 'token')));
  });
  on(router, operations.acceptInvite, async (req, res) => {
    const user = await acceptInvite(db, actorOf(req), stringParam(req, 'token'));
    const view: SessionView = { user: toUserView(user), csrfToken: req.csrfToken ?? '' };
    res.json(view);
  });
  on(router, operations.askToJoin, async (req, res) => {
    res.status(202).json(await askToJoin(db, stringParam(req, 'token'), joinRequest.parse(req.body), req.ip, mail));
  });
  on(router, operations.confirmJoin, async (req, res) => {
    const { user, sessionToken } = await confirmJoin(db, stringParam(req, 'token'));
    // Signed in: a new session, with its own CSRF token.
    const view: SessionView = { user: toUserView(user), csrfToken: sessions.begin(res, sessionToken) };
    res.json(view);
  });
  on(router, operations.listJoinRequests, async (req, res) => {
    res.json(await listJoinRequests(db, actorOf(req), intParam(req, 'projectId')));
  });
  on(router, operations.approveJoinRequest, async (req, res) => {
    await approveJoinRequest(db, actorOf(req), intParam(req, 'projectId'), intParam(req, 'requestId'));
    res.status(204).end();
  });
  on(router, operations.discardJoinRequest, async (req, res) => {
    await discardJoinRequest(db, actorOf(req), intParam(req, 'projectId'), intParam(req, 'requestId'));
    res.status(204).end();
  });
  on(router, operations.listMembers, async (req, res) => {
    res.json(await listMembers(db, actorOf(req), intParam(req, 'projectId')));
  });
  on(router, operations.languageSettings, async (req, res) => {
    const projectId = intParam(req, 'projectId');
    await changeLanguageSettings(db, actorOf(req), projectId, stringParam(req, 'lang'), languageSettingsRequest.parse(req.body));
    await live.publish(projectId, { type: 'reload', lang: stringParam(req, 'lang') });
    res.status(204).end();
  });

  on(router, operations.suggest, async (req, res) => {
    const at = unitAt(req);
    const unit = await suggestTranslation(db, actorOf(req), at, suggestRequest.parse(req.body));
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    res.status(201).json(unit);
  });
  on(router, operations.acceptSuggestion, async (req, res) => {
    const at = { projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang'), suggestionId: intParam(req, 'suggestionId') };
    const unit = await acceptSuggestion(db, actorOf(req), at);
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    res.json(unit);
  });
  on(router, operations.batchApprove, async (req, res) => {
    const at = { projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang'), blockId: intParam(req, 'blockId') };
    const result = await approveBlock(db, actorOf(req), at);
    if (result.approved.length > 0) await live.publish(at.projectId, { type: 'reload', lang: at.lang });
    res.json(result);
  });

  on(router, operations.mentionable, async (req, res) => {
    res.json(await mentionable(db, actorOf(req), { projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang') }));
  });
  on(router, operations.listComments, async (req, res) => {
    res.json(await listComments(db, actorOf(req), unitAt(req)));
  });
  /** Open editors show a unit's count of open comments: tell them it changed. */
  const commentsChanged = async (projectId: number, lang: string, unitId: number) => {
    const project = await projectOrThrow(db, projectId);
    await live.publish(projectId, { type: 'unit', lang, unit: await editorUnit(db, project, lang, unitId) });
  };
  on(router, operations.addComment, async (req, res) => {
    const at = unitAt(req);
    const comment = await addComment(db, actorOf(req), at, commentRequest.parse(req.body).body);
    await commentsChanged(at.projectId, at.lang, at.unitId);
    res.status(201).json(comment);
  });
  on(router, operations.resolveComment, async (req, res) => {
    const at = { projectId: intParam(req, 'projectId'), commentId: intParam(req, 'commentId') };
    const comment = await resolveComment(db, actorOf(req), at, resolveCommentRequest.parse(req.body).resolved);
    await commentsChanged(at.projectId, comment.lang, comment.unitId);
    res.json(comment);
  });

  on(router, operations.activity, async (req, res) => {
    const before = typeof req.query.before === 'string' && /^\d+$/.test(req.query.before) ? Number(req.query.before) : undefined;
    res.json(await languageActivity(db, actorOf(req), intParam(req, 'projectId'), stringParam(req, 'lang'), before));
  });
  on(router, operations.notifications, async (req, res) => {
    res.json(await myNotifications(db, actorOf(req)));
  });
  on(router, operations.markNotificationsRead, async (req, res) => {
    await markNotificationsRead(db, actorOf(req), markReadRequest.parse(req.body).ids);
    res.status(204).end();
  });

  return router;
}

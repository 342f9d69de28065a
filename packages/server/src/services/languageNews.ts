import type { Logger } from 'pino';
import { deadlineReminderWindow } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { claimDeadlineReminder, claimPublicationNotice, deadlinesToRemind, publicationsToAnnounce, translatorsAndReviewers } from '../repositories/languageNews.ts';
import { insertNotifications } from '../repositories/notifications.ts';
import { startPeriodic, type PeriodicTask } from './periodic.ts';

/**
 * News of a whole language, told once to its translators and reviewers as an in-app notification
 * (e-mail follows each person's choice): its deadline is two days away and it is not complete;
 * a version of it is published and public (a version under embargo is told once the embargo is
 * over). Each piece of news is claimed by a row with a unique key before it is told, in the same
 * transaction, so several servers on one database tell it once. Works with or without e-mail.
 */
export async function tellLanguageNews(db: Db, now = new Date()): Promise<number> {
  const at = now.toISOString();
  let told = 0;
  const { from, to } = deadlineReminderWindow(now);
  for (const due of await deadlinesToRemind(db, from, to)) {
    told += await db.transaction().execute(async (trx) => {
      if (!(await claimDeadlineReminder(trx, due, at))) return 0;
      const people = await translatorsAndReviewers(trx, due.projectId, due.lang);
      await insertNotifications(trx, people.map((userId) => ({ userId, projectId: due.projectId, unitId: null, lang: due.lang, kind: 'deadline' as const, actor: '', body: due.deadline })));
      return people.length;
    });
  }
  for (const version of await publicationsToAnnounce(db, at)) {
    told += await db.transaction().execute(async (trx) => {
      if (!(await claimPublicationNotice(trx, version.id, at))) return 0;
      const people = await translatorsAndReviewers(trx, version.projectId, version.lang);
      await insertNotifications(
        trx,
        people.map((userId) => ({ userId, projectId: version.projectId, unitId: null, lang: version.lang, kind: 'published' as const, actor: version.publishedByName, body: String(version.version) })),
      );
      return people.length;
    });
  }
  return told;
}

/** Takes the versions of a project published so far as told, telling nobody: the demo's made-up past is no news. */
export async function publicationsToldAlready(db: Db, projectId: number, now = new Date()): Promise<void> {
  const at = now.toISOString();
  for (const version of await publicationsToAnnounce(db, at)) if (version.projectId === projectId) await claimPublicationNotice(db, version.id, at);
}

/** Tells language news every `intervalMs` (a minute by default) in the background. */
export function startLanguageNews(db: Db, { logger, intervalMs = 60_000 }: { logger?: Logger; intervalMs?: number } = {}): PeriodicTask {
  return startPeriodic(
    async () => {
      const told = await tellLanguageNews(db);
      if (told) logger?.info({ notifications: told }, 'language news');
    },
    { intervalMs, logger, failure: 'language news failed' },
  );
}

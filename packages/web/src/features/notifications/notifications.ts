import { pages, type NotificationView } from '@tessera/core/contract';
import { paths } from '../../router/paths.ts';

/** How often the bell asks for new notifications while the page is open (and on focus). */
export const NOTIFICATION_POLL_MS = 60_000;

export function unreadIds(notifications: readonly NotificationView[]): number[] {
  return notifications.filter((n) => !n.read).map((n) => n.id);
}

/**
 * Where a notification leads: its unit in the editor, scrolled to and highlighted; the language in
 * the editor for its deadline; the public page of a published version.
 */
export function notificationPath(notification: NotificationView): string {
  if (notification.kind === 'published') return pages.publicationVersion(notification.projectId, notification.lang, Number(notification.body));
  if (notification.unitId === null) return paths.editor(notification.projectId, notification.lang);
  return paths.unit(notification.projectId, notification.lang, notification.unitId);
}

export interface NotificationGroup {
  key: string;
  projectId: number;
  projectName: string;
  lang: string;
  unread: number;
  /** Newest first, as the server lists them. */
  items: NotificationView[];
}

/**
 * Notifications grouped by project and language, so a reader sees at once where work waits. The
 * groups come in the order of their newest notification; inside a group the order is kept.
 */
export function groupNotifications(notifications: readonly NotificationView[]): NotificationGroup[] {
  const groups = new Map<string, NotificationGroup>();
  const newest = (n: NotificationView) => Date.parse(n.createdAt) || 0;
  const sorted = [...notifications].sort((a, b) => newest(b) - newest(a) || b.id - a.id);
  for (const notification of sorted) {
    const key = `${notification.projectId}/${notification.lang}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, projectId: notification.projectId, projectName: notification.projectName, lang: notification.lang, unread: 0, items: [] };
      groups.set(key, group);
    }
    group.items.push(notification);
    if (!notification.read) group.unread += 1;
  }
  return [...groups.values()];
}

const staleListeners = new Set<() => void>();

/** Something on the page suggests new notifications (a live update rejected your translation): the bell asks now. */
export function notificationsMayHaveChanged(): void {
  for (const listener of staleListeners) listener();
}

export function onNotificationsMayHaveChanged(listener: () => void): () => void {
  staleListeners.add(listener);
  return () => {
    staleListeners.delete(listener);
  };
}

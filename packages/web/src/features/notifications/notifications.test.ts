import { describe, expect, it } from 'vitest';
import type { NotificationView } from '@tessera/core/contract';
import { groupNotifications, notificationPath, unreadIds } from './notifications.ts';

function notification(id: number, overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id,
    kind: 'rejected',
    projectId: 1,
    projectName: 'Statement',
    lang: 'ja',
    unitId: 10 + id,
    actor: 'Demo Reviewer',
    body: 'Use the glossary term.',
    createdAt: `2026-03-0${id}T10:00:00Z`,
    read: false,
    ...overrides,
  };
}

describe('notifications', () => {
  it('counts the unread ones', () => {
    expect(unreadIds([notification(1), notification(2, { read: true }), notification(3)])).toEqual([1, 3]);
    expect(unreadIds([])).toEqual([]);
  });

  it('lead to their unit in the editor', () => {
    expect(notificationPath(notification(2, { projectId: 4, lang: 'pt-BR', unitId: 77 }))).toBe('/projects/4/pt-BR#unit-77');
  });

  it('lead from a deadline to the language, and from a publication to its public page', () => {
    expect(notificationPath(notification(3, { kind: 'deadline', projectId: 4, lang: 'pt-BR', unitId: null, actor: '', body: '2026-12-08' }))).toBe('/projects/4/pt-BR');
    expect(notificationPath(notification(4, { kind: 'published', projectId: 4, lang: 'pt-BR', unitId: null, body: '3' }))).toBe('/publications/4/pt-BR/v3');
  });

  it('are grouped by project and language, newest group first, each newest first', () => {
    const groups = groupNotifications([
      notification(1, { lang: 'fr' }),
      notification(2, { kind: 'mention', read: true }),
      notification(3, { lang: 'fr' }),
      notification(4, { projectId: 2, projectName: 'Other' }),
      notification(5),
    ]);
    expect(groups.map((g) => [g.key, g.unread, g.items.map((n) => n.id)])).toEqual([
      ['1/ja', 1, [5, 2]],
      ['2/ja', 1, [4]],
      ['1/fr', 2, [3, 1]],
    ]);
    expect(groups[1]).toMatchObject({ projectId: 2, projectName: 'Other', lang: 'ja' });
  });
});

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationView } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, useLocation } from '../../router/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { groupNotifications, NOTIFICATION_POLL_MS, notificationPath, onNotificationsMayHaveChanged, unreadIds } from './notifications.ts';

/** The header's bell: the unread count, and a list of notifications that lead to their unit. */
export function NotificationBell() {
  const { t } = useTranslation();
  const id = useId();
  const [notifications, setNotifications] = useState<NotificationView[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname, hash } = useLocation();

  const refresh = useCallback(async () => {
    try {
      setNotifications(await client.notifications());
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
  }, []);

  // Poll every minute, and whenever the window comes back to the front.
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), NOTIFICATION_POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    const stopListening = onNotificationsMayHaveChanged(onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      stopListening();
    };
  }, [refresh]);

  // Following a notification closes the list.
  useEffect(() => setOpen(false), [pathname, hash]);

  // A click elsewhere or Escape closes it too.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const unread = notifications ? unreadIds(notifications) : [];

  const markAllRead = async () => {
    if (unread.length === 0) return;
    setBusy(true);
    try {
      await client.markNotificationsRead({ body: { ids: unread } });
      setNotifications((list) => list && list.map((n) => ({ ...n, read: true })));
      setFailure(null);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const toggle = () => {
    setOpen((value) => !value);
    if (!open) void refresh();
  };

  return (
    <div className="bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button--small bell__button"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        aria-label={t('notifications.button', { count: unread.length })}
        data-unread={unread.length}
        onClick={toggle}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15a2.5 2.5 0 0 0 5 0h-5Z"
            fill="currentColor"
          />
        </svg>
        {unread.length > 0 && (
          <span className="count-badge bell__count" aria-hidden="true">
            {unread.length}
          </span>
        )}
      </button>
      {open && (
        <div id={`${id}-panel`} className="bell__panel" role="region" aria-label={t('notifications.title')}>
          <div className="bell__head">
            <h2 className="bell__title">{t('notifications.title')}</h2>
            <button type="button" className="button button--small button--quiet" disabled={busy || unread.length === 0} onClick={() => void markAllRead()}>
              {t('notifications.markAllRead')}
            </button>
          </div>
          {failure !== null && <ErrorFor error={failure} onRetry={() => void refresh()} />}
          {notifications && notifications.length === 0 && <p className="muted">{t('notifications.empty')}</p>}
          {notifications && notifications.length > 0 && <NotificationGroups notifications={notifications} />}
        </div>
      )}
    </div>
  );
}

function NotificationGroups({ notifications }: { notifications: NotificationView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="bell__groups">
      {groupNotifications(notifications).map((group) => (
        <section key={group.key} className="bell__group" aria-labelledby={`bell-group-${group.projectId}-${group.lang}`}>
          <h3 className="bell__group-title" id={`bell-group-${group.projectId}-${group.lang}`}>
            {t('notifications.group', { project: group.projectName, language: format.languageName(group.lang) })}
          </h3>
          <ul className="bell__list">
            {group.items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function NotificationItem({ notification }: { notification: NotificationView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const what = {
    rejected: () => t('notifications.rejected', { actor: notification.actor }),
    mention: () => t('notifications.mention', { actor: notification.actor }),
    // A calendar day: read at local noon, so that no time zone moves it to the day before.
    deadline: () => t('notifications.deadline', { deadline: format.date(`${notification.body}T12:00:00`) }),
    published: () => t('notifications.published', { actor: notification.actor, version: notification.body }),
  }[notification.kind]();
  const body = {
    rejected: () => t('notifications.reason', { reason: notification.body }),
    mention: () => notification.body,
    deadline: () => t('notifications.deadlineNotComplete'),
    published: () => t('notifications.publishedThanks'),
  }[notification.kind]();
  return (
    <li className={`notification${notification.read ? '' : ' notification--unread'}`} data-notification-id={notification.id} data-kind={notification.kind}>
      <Link to={notificationPath(notification)} className="notification__link">
        <span className="notification__what">
          {!notification.read && <span className="visually-hidden">{t('notifications.unread')} </span>}
          {what}
        </span>
        <span className="notification__body">{body}</span>
        <time className="notification__time muted" dateTime={notification.createdAt}>
          {format.dateTime(notification.createdAt)}
        </time>
      </Link>
    </li>
  );
}

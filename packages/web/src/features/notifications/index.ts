export { NotificationBell } from './NotificationBell.tsx';
export { groupNotifications, notificationPath, unreadIds, NOTIFICATION_POLL_MS } from './notifications.ts';

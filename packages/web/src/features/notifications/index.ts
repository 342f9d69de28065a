export { NotificationBell } from './NotificationBell.tsx';
export {
  groupNotifications,
  notificationPath,
  notificationsMayHaveChanged,
  unreadIds,
  NOTIFICATION_POLL_MS,
} from './notifications.ts';

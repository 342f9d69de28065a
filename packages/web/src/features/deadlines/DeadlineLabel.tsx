import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/index.ts';
import { deadlineStatus } from './deadline.ts';

/** “Due in 5 days (15 Mar 2026)” or “Overdue by 2 days”, in the UI language; nothing without a deadline. */
export function DeadlineLabel({ deadline, done = false }: { deadline: string | null | undefined; done?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!deadline) return null;
  const status = deadlineStatus(deadline, new Date(), format.locale);
  if (!status) return null;
  const date = format.date(`${deadline}T12:00:00`);
  const overdue = status.kind === 'overdue' && !done;
  return (
    <span className={`deadline${overdue ? ' deadline--overdue' : ''}`} data-deadline={deadline} title={t('deadline.on', { date })}>
      {status.kind === 'due' ? t('deadline.due', { when: status.relative }) : t('deadline.overdue', { duration: status.overdue })}
    </span>
  );
}

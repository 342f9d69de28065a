import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSessionView } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, Loading, TableScroll } from '../../ui/index.ts';
import { useSession } from '../auth/index.ts';

/** My signed-in sessions: where and when, this one marked; any of them can be ended at once. */
export function SessionList() {
  const { t } = useTranslation();
  const id = useId();
  const sessions = useResource('account:sessions', (signal) => client.accountSessions({ signal }));
  const [failure, setFailure] = useState<unknown>(null);
  const [ended, setEnded] = useState(false);

  const revoke = async (session: AccountSessionView) => {
    setFailure(null);
    setEnded(false);
    try {
      await client.revokeSession({ params: { sessionId: session.id } });
      setEnded(true);
    } catch (error) {
      setFailure(error);
    }
    sessions.reload();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.sessions.title')}</h2>
      <p className="field__hint">{t('account.sessions.intro')}</p>
      {sessions.data ? (
        <TableScroll>
          <table className="account-sessions">
            <thead>
              <tr>
                <th scope="col">{t('account.sessions.device')}</th>
                <th scope="col">{t('account.sessions.created')}</th>
                <th scope="col">{t('account.sessions.lastSeen')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('account.sessions.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <SessionRow key={session.id} session={session} onRevoke={() => void revoke(session)} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : sessions.error !== null ? (
        <ErrorFor error={sessions.error} onRetry={sessions.reload} />
      ) : (
        <Loading />
      )}
      {failure !== null && <ErrorFor error={failure} />}
      {ended && (
        <p className="notice notice--success" role="status">
          {t('account.sessions.ended')}
        </p>
      )}
    </section>
  );
}

function SessionRow({ session, onRevoke }: { session: AccountSessionView; onRevoke: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { signOut } = useSession();
  const device = session.device ?? t('account.sessions.unknownDevice');
  return (
    <tr data-current={session.current || undefined}>
      <td>
        {device}
        {session.current && <strong className="account-sessions__current"> {t('account.sessions.current')}</strong>}
      </td>
      <td>
        <time dateTime={session.createdAt}>{format.dateTime(session.createdAt)}</time>
      </td>
      <td>{session.lastSeenAt ? <time dateTime={session.lastSeenAt}>{format.dateTime(session.lastSeenAt)}</time> : '—'}</td>
      <td>
        {session.current ? (
          <button type="button" className="button button--small" onClick={() => void signOut()}>
            {t('account.sessions.signOutHere')}
          </button>
        ) : (
          <button type="button" className="button button--small" aria-label={t('account.sessions.revokeLabel', { device, created: format.dateTime(session.createdAt) })} onClick={onRevoke}>
            {t('account.sessions.revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinRequestView, ProjectSummary } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor } from '../../ui/index.ts';

/**
 * People who asked to join with an invitation and wait for their address to be confirmed. On a
 * server that sends no e-mail, a coordinator's approval is the confirmation; on one that does,
 * it stands in for a lost message. Shown only while there are some.
 */
export function JoinRequests({ project, languageList, onChange }: { project: ProjectSummary; languageList: (langs: string[] | null) => string; onChange: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const requests = useResource(`join-requests:${project.id}`, (signal) => client.listJoinRequests({ params: { projectId: project.id }, signal }));
  const [busy, setBusy] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const act = async (request: JoinRequestView, action: 'approve' | 'discard') => {
    setBusy(request.id);
    setFailure(null);
    try {
      if (action === 'approve') await client.approveJoinRequest({ params: { projectId: project.id, requestId: request.id } });
      else await client.discardJoinRequest({ params: { projectId: project.id, requestId: request.id } });
      requests.reload();
      onChange();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  if (requests.error !== null) return <ErrorFor error={requests.error} onRetry={requests.reload} />;
  if (!requests.data || requests.data.length === 0) return null;
  return (
    <section className="card join-requests" aria-labelledby="join-requests-title">
      <h2 id="join-requests-title">{t('joinRequests.title')}</h2>
      <p className="muted">{t('joinRequests.intro')}</p>
      {failure !== null && <ErrorFor error={failure} />}
      <ul className="join-requests__list">
        {requests.data.map((request) => (
          <li key={request.id} data-request-id={request.id}>
            <span>
              {t('joinRequests.entry', { name: request.name, email: request.email, role: t(`roles.${request.role}`), languages: languageList(request.langs) })}{' '}
              <time className="muted" dateTime={request.createdAt}>
                {format.dateTime(request.createdAt)}
              </time>
            </span>
            <span className="actions">
              <button type="button" className="button button--small button--primary" disabled={busy !== null} onClick={() => void act(request, 'approve')}>
                {t('joinRequests.approve')}
              </button>
              <button type="button" className="button button--small button--quiet" disabled={busy !== null} onClick={() => void act(request, 'discard')}>
                {t('joinRequests.discard')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingInviteView, ProjectSummary } from '@tessera/core/contract';
import { client, type Resource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, Loading } from '../../ui/index.ts';

interface PendingInvitesProps {
  project: ProjectSummary;
  invites: Resource<PendingInviteView[]>;
  languageList: (langs: string[] | null) => string;
  /** An invitation was withdrawn (its requests to join went with it). */
  onRevoked: () => void;
}

/** The project's invitation links that wait to be used, each of which a coordinator may withdraw. */
export function PendingInvites({ project, invites, languageList, onRevoked }: PendingInvitesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busy, setBusy] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [revoked, setRevoked] = useState(false);

  const revoke = async (invite: PendingInviteView) => {
    setBusy(invite.id);
    setFailure(null);
    setRevoked(false);
    try {
      await client.revokeInvite({ params: { projectId: project.id, inviteId: invite.id } });
      setRevoked(true);
      invites.reload();
      onRevoked();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card pending-invites" aria-labelledby="pending-invites-title">
      <h2 id="pending-invites-title">{t('pendingInvites.title')}</h2>
      <p className="muted">{t('pendingInvites.intro')}</p>
      {invites.error !== null && <ErrorFor error={invites.error} onRetry={invites.reload} />}
      {failure !== null && <ErrorFor error={failure} />}
      {revoked && (
        <p className="notice notice--success" role="status">
          {t('pendingInvites.revoked')}
        </p>
      )}
      {invites.data === undefined ? (
        invites.loading && <Loading />
      ) : invites.data.length === 0 ? (
        <p className="muted">{t('pendingInvites.empty')}</p>
      ) : (
        <ul className="pending-invites__list">
          {invites.data.map((invite) => {
            const what = t('pendingInvites.entry', { role: t(`roles.${invite.role}`), languages: languageList(invite.langs) });
            const until = format.dateTime(invite.expiresAt);
            return (
              <li key={invite.id} data-invite-id={invite.id}>
                <span className="pending-invites__what" id={`pending-invite-${invite.id}`}>
                  <strong>{what}</strong>
                  <span className="muted">
                    {invite.invitedBy !== null && <span>{t('pendingInvites.invitedBy', { name: invite.invitedBy })} · </span>}
                    <time dateTime={invite.expiresAt}>{t('pendingInvites.expires', { date: until })}</time>
                    {invite.email !== null && <span> · {t('pendingInvites.sentTo', { email: invite.email })}</span>}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  disabled={busy !== null}
                  aria-busy={busy === invite.id}
                  aria-describedby={`pending-invite-${invite.id}`}
                  onClick={() => void revoke(invite)}
                >
                  {t('pendingInvites.revoke')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

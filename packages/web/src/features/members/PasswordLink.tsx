import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordLinkCreated } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, useSubmit } from '../../ui/index.ts';

/**
 * A member forgot their password and the server sends no e-mail: the coordinator makes the
 * single-use link (an hour) where they choose a new one, and passes it on.
 */
export function PasswordLink({ projectId, userId, name }: { projectId: number; userId: number; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { busy, failure, run } = useSubmit();
  const [link, setLink] = useState<PasswordLinkCreated | null>(null);
  if (link) {
    const url = window.location.origin + link.path;
    return (
      <div className="password-link">
        <label>
          {t('members.passwordLink.label', { name })}
          <input type="text" readOnly value={url} dir="ltr" onFocus={(e) => e.target.select()} />
        </label>
        <p className="field__hint">{t('members.passwordLink.hint', { date: format.dateTime(link.expiresAt) })}</p>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="button button--small button--quiet" disabled={busy} aria-busy={busy} onClick={() => void run(async () => setLink(await client.memberPasswordLink({ params: { projectId, userId } })))}>
        {t('members.passwordLink.make', { name })}
      </button>
      {failure !== null && <ErrorFor error={failure} />}
    </>
  );
}

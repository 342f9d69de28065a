import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../api/index.ts';
import { navigate, paths } from '../../router/index.ts';
import { ErrorFor, ErrorNotice, useSubmit } from '../../ui/index.ts';
import { useSession } from '../auth/index.ts';

/**
 * The link e-mailed to confirm a request to join. Confirming takes a click (a POST), so a mail
 * program that opens links ahead of its reader confirms nothing.
 */
export function JoinPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const { adopt } = useSession();
  const { busy, failure, run } = useSubmit();

  const confirm = () =>
    run(async () => {
      await adopt(client.confirmJoin({ params: { token } }));
      navigate(paths.projects(), { replace: true });
    });

  return (
    <main id="main" className="page page--narrow join-page">
      <h1>{t('join.title')}</h1>
      {failure instanceof ApiError && failure.status === 404 ? (
        <ErrorNotice message={t('errors.join.not-found')} />
      ) : (
        <div className="card form">
          <p>{t('join.intro')}</p>
          {failure !== null && <ErrorFor error={failure} />}
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy} aria-busy={busy} onClick={() => void confirm()}>
              {t('join.confirm')}
            </button>
          </div>
        </div>
      )}
    </main>
  );
}

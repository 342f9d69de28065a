import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/index.ts';
import { Link, navigate, paths } from '../../router/index.ts';
import { ErrorNotice } from '../../ui/index.ts';
import { AccountEmailField } from './AccountEmailField.tsx';
import { useSession } from './SessionProvider.tsx';

export function LoginPage({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  /** `'refused'` when the credentials were not accepted, else whatever the request threw. */
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const user = await signIn({ email: email.trim(), password });
      if (user) {
        navigate(next ?? paths.projects(), { replace: true });
        return;
      }
      setFailure('refused');
    } catch (error) {
      setFailure(error);
    }
    setBusy(false);
  };

  return (
    <main id="main" className="page page--narrow">
      <h1>{t('auth.title')}</h1>
      <form className="form card" onSubmit={submit}>
        <AccountEmailField id="login-email" value={email} onChange={setEmail} />
        <div className="field">
          <label htmlFor="login-password">{t('auth.password')}</label>
          <input
            id="login-password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {failure !== null && (
          <ErrorNotice
            message={
              failure === 'refused'
                ? t('auth.invalidCredentials')
                : errorMessage(failure, { 400: t('auth.invalidCredentials'), 401: t('auth.invalidCredentials') })
            }
          />
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
            {t('auth.signIn')}
          </button>
        </div>
      </form>
      <p>
        <Link to={paths.forgotPassword()}>{t('auth.forgotPassword')}</Link>
      </p>
    </main>
  );
}

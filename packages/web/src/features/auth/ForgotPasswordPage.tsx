import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordResetAnswer } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { errorMessage } from '../../i18n/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorNotice, useSubmit } from '../../ui/index.ts';
import { AccountEmailField } from './AccountEmailField.tsx';

/**
 * “Forgot your password?”: the address of the account. The answer is the same whether or not the
 * address has one: a link is on its way if it does, or, on a server that sends no e-mail, whom to ask.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<PasswordResetAnswer | null>(null);
  const { busy, failure, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => setAnswer(await client.requestPasswordReset({ body: { email: email.trim() } })));
  };

  return (
    <main id="main" className="page page--narrow">
      <h1>{t('auth.forgot.title')}</h1>
      {answer ? (
        <p className="notice notice--success" role="status">
          {answer.delivery === 'mail' ? t('auth.forgot.mailSent') : t('auth.forgot.askCoordinator')}
        </p>
      ) : (
        <form className="form card" onSubmit={submit}>
          <p className="field__hint">{t('auth.forgot.intro')}</p>
          <AccountEmailField id="forgot-email" value={email} onChange={setEmail} />
          {failure !== null && <ErrorNotice message={errorMessage(failure)} />}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
              {t('auth.forgot.submit')}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link to={paths.login()}>{t('auth.forgot.backToSignIn')}</Link>
      </p>
    </main>
  );
}

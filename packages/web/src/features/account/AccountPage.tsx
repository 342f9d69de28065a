import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type AccountView } from '@tessera/core/contract';
import { client, hrefOf, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorFor, Loading } from '../../ui/index.ts';
import { useSession } from '../auth/index.ts';
import { DeleteAccount } from './DeleteAccount.tsx';
import { EmailForm } from './EmailForm.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { SessionList } from './SessionList.tsx';

/** My account: who I am here, my e-mail and password, my sessions, my data, and leaving. */
export function AccountPage() {
  const { t } = useTranslation();
  const account = useResource('account', (signal) => client.account({ signal }));
  let body;
  if (account.data) body = <AccountSections account={account.data} onChanged={account.reload} />;
  else if (account.error !== null) body = <ErrorFor error={account.error} onRetry={account.reload} />;
  else body = <Loading />;
  return (
    <main id="main" className="page page--medium account-page">
      <h1>{t('account.title')}</h1>
      {body}
    </main>
  );
}

function AccountSections({ account, onChanged }: { account: AccountView; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, userChanged } = useSession();
  const id = useId();
  const emailChanged = (changed: AccountView) => {
    if (state.status === 'ready' && state.user) userChanged({ ...state.user, email: changed.email });
    onChanged();
  };
  return (
    <>
      <section className="card" aria-labelledby={`${id}-profile`}>
        <h2 id={`${id}-profile`} className="visually-hidden">
          {t('account.profile.title')}
        </h2>
        <dl className="account-facts">
          <dt>{t('account.profile.name')}</dt>
          <dd data-field="name">{account.name}</dd>
          <dt>{t('account.profile.email')}</dt>
          <dd data-field="email">{account.email}</dd>
          <dt>{t('account.profile.since')}</dt>
          <dd>
            <time dateTime={account.createdAt}>{format.date(account.createdAt)}</time>
          </dd>
        </dl>
      </section>
      <p>
        <Link to={paths.preferences()}>{t('account.preferencesLink')}</Link>
      </p>
      <EmailForm onChanged={emailChanged} />
      <PasswordForm />
      <SessionList />
      <section className="card" aria-labelledby={`${id}-data`}>
        <h2 id={`${id}-data`}>{t('account.data.title')}</h2>
        <p>{t('account.data.intro')}</p>
        <a className="button" href={hrefOf(operations.accountData)} download="tessera-my-data.json">
          {t('account.data.download')}
        </a>
      </section>
      <DeleteAccount />
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/index.ts';
import { confirmLeave, Link, paths } from '../router/index.ts';
import { useSession } from '../features/auth/index.ts';
import { NotificationBell } from '../features/notifications/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function Header() {
  const { t } = useTranslation();
  const { state, signOut } = useSession();
  const user = state.status === 'ready' ? state.user : null;
  const [failure, setFailure] = useState<unknown>(null);

  const leave = async () => {
    // Ask about unsaved work before signing out, as any other way of leaving the page would.
    if (!confirmLeave()) return;
    setFailure(null);
    try {
      await signOut();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header__inner">
        <Link to={paths.projects()} className="app-header__brand">
          {t('app.name')}
        </Link>
        {user && (
          <nav className="app-header__nav" aria-label={t('header.projects')}>
            <Link to={paths.projects()}>{t('header.projects')}</Link>
            <Link to={paths.preferences()}>{t('header.preferences')}</Link>
          </nav>
        )}
        <div className="app-header__tools">
          <LanguageSwitch />
          {user && <NotificationBell key={user.id} />}
          {user && (
            <div className="app-header__user">
              <span className="app-header__name" title={t('header.signedInAs', { name: user.name })}>
                {user.name}
              </span>
              <Link to={paths.account()} className="button button--small button--quiet">
                {t('header.myAccount')}
              </Link>
              <button type="button" className="button button--small" onClick={() => void leave()}>
                {t('header.signOut')}
              </button>
            </div>
          )}
        </div>
      </div>
      {failure !== null && (
        <p className="notice notice--error" role="alert">
          {errorMessage(failure)}
        </p>
      )}
    </header>
  );
}

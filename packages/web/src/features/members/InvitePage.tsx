import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteView, JoinRequest, JoinRequested } from '@tessera/core/contract';
import { ApiError, client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, navigate, paths } from '../../router/index.ts';
import { EMAIL_INPUT, ErrorFor, ErrorNotice, Loading, useSubmit } from '../../ui/index.ts';
import { useSession } from '../auth/index.ts';

/** A password this long at least (the server refuses shorter ones). */
const MIN_PASSWORD = 10;

/** An invitation link: what it offers; signed-in users accept it, someone signed out asks to join with it. */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const invite = useResource(`invite:${token}`, (signal) => client.getInvite({ params: { token }, signal }));
  let body;
  if (invite.data) body = <Invitation token={token} invite={invite.data} />;
  else if (invite.error instanceof ApiError && invite.error.status === 404) body = <ErrorNotice message={t('errors.invite.not-found')} />;
  else if (invite.error !== null) body = <ErrorFor error={invite.error} onRetry={invite.reload} />;
  else body = <Loading />;
  return (
    <main id="main" className="page page--narrow invite-page">
      <h1>{t('invitation.title')}</h1>
      {body}
    </main>
  );
}

/** Where an accepted invitation leads: the first language it names in its project, else the project's first language. */
async function destination(invite: InviteView): Promise<string> {
  const named = invite.langs?.[0];
  try {
    const project = (await client.listProjects()).find((p) => p.id === invite.projectId);
    if (!project) return named ? paths.editor(invite.projectId, named) : paths.projects();
    const lang = invite.langs?.find((l) => project.languages.some((p) => p.lang === l)) ?? project.languages[0]?.lang;
    return lang ? paths.editor(project.id, lang) : paths.projects();
  } catch {
    return named ? paths.editor(invite.projectId, named) : paths.projects();
  }
}

function Invitation({ token, invite }: { token: string; invite: InviteView }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { state, adopt } = useSession();
  const user = state.status === 'ready' ? state.user : null;
  const { busy, failure, run } = useSubmit();
  const [asked, setAsked] = useState<JoinRequested | null>(null);
  const accept = () =>
    run(async () => {
      await adopt(client.acceptInvite({ params: { token } }));
      navigate(await destination(invite), { replace: true });
    });
  const askToJoin = (request: Omit<JoinRequest, 'uiLang'>) =>
    run(async () => {
      setAsked(await client.askToJoin({ params: { token }, body: { ...request, uiLang: i18n.language } }));
    });

  const languages =
    invite.langs === null
      ? t('members.allLanguages')
      : new Intl.ListFormat(format.locale).format(invite.langs.map((l) => format.languageName(l)));

  return (
    <>
      <div className="card invitation">
        <p className="invitation__project">{t('invitation.project', { project: invite.projectName })}</p>
        <dl className="invitation__facts">
          <dt>{t('invites.role')}</dt>
          <dd data-role={invite.role}>{t(`roles.${invite.role}`)}</dd>
          <dt>{t('invites.languages')}</dt>
          <dd>{languages}</dd>
          <dt>{t('invitation.validUntil')}</dt>
          <dd>
            <time dateTime={invite.expiresAt}>{format.dateTime(invite.expiresAt)}</time>
          </dd>
        </dl>
        <p className="field__hint">{t(`invites.roleHints.${invite.role}`)}</p>
      </div>
      {user ? (
        <div className="card form">
          <p>{t('invitation.signedInAs', { name: user.name })}</p>
          {failure !== null && <ErrorFor error={failure} />}
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy} aria-busy={busy} onClick={() => void accept()}>
              {t('invitation.accept')}
            </button>
          </div>
        </div>
      ) : asked ? (
        <div className="card notice notice--success join-asked" role="status">
          <p>{t(`invitation.asked.${asked.confirmedBy}`, { email: asked.email })}</p>
        </div>
      ) : (
        <NewcomerForm token={token} busy={busy} failure={failure} onSubmit={(request) => void askToJoin(request)} />
      )}
    </>
  );
}

type Field = 'name' | 'email' | 'password';

function NewcomerForm({ token, busy, failure, onSubmit }: { token: string; busy: boolean; failure: unknown; onSubmit: (request: Omit<JoinRequest, 'uiLang'>) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const signIn = paths.login(paths.invite(token));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = t('invitation.errors.name');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('invitation.errors.email');
    if (password.length < MIN_PASSWORD) found.password = t('invitation.errors.password', { min: MIN_PASSWORD });
    setErrors(found);
    const first = (['name', 'email', 'password'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onSubmit({ name: name.trim(), email: email.trim(), password });
  };

  const describe = (field: Field, hint = false) => {
    const ids = [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean);
    return {
      id: `${id}-${field}`,
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    };
  };
  const fieldError = (field: Field) =>
    errors[field] && (
      <p className="field__error" id={`${id}-${field}-error`}>
        {errors[field]}
      </p>
    );
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <h2>{t('invitation.newAccount')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('invitation.name')}</label>
        <input type="text" autoComplete="name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} {...describe('name')} />
        {fieldError('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
        <input
          {...EMAIL_INPUT}
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          {...describe('email')}
        />
        {fieldError('email')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
        <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} {...describe('password', true)} />
        <p className="field__hint" id={`${id}-password-hint`}>
          {t('invitation.passwordHint', { min: MIN_PASSWORD })}
        </p>
        {fieldError('password')}
      </div>
      {failure !== null && <ErrorFor error={failure} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
          {t('invitation.createAndAccept')}
        </button>
        <Link to={signIn} className="button button--quiet">
          {t('invitation.signInFirst')}
        </Link>
      </div>
    </form>
  );
}

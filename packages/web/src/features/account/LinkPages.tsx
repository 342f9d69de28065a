import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, type AccountLinkView } from '@tessera/core/contract';
import { ApiError, client, useResource } from '../../api/index.ts';
import { errorMessage, useFormat } from '../../i18n/index.ts';
import { Link, navigate, paths } from '../../router/index.ts';
import { ErrorFor, ErrorNotice, Loading } from '../../ui/index.ts';
import { useSession } from '../auth/index.ts';
import { checkFields, EMAIL_PATTERN, EmailField, Field, FormEnd, PasswordField } from './Field.tsx';
import { useSubmit } from '../../ui/index.ts';

/** Whether a failure says the link cannot serve any more (unknown, used, expired): nothing on the page can help then. */
const isDeadLink = (error: unknown) => error instanceof ApiError && (error.code === 'link.not-found' || error.code === 'link.used' || error.code === 'link.expired' || error.code === 'setup.done');

/** A page opened from a setup or password link: what the link is for, or why it no longer works. */
function LinkPage({ token, title, children }: { token: string; title: string; children: (link: AccountLinkView) => ReactNode }) {
  const { t } = useTranslation();
  const link = useResource(`account-link:${token}`, (signal) => client.getAccountLink({ params: { token }, signal }));
  let body;
  if (link.data) body = children(link.data);
  else if (isDeadLink(link.error)) body = <DeadLink error={link.error} />;
  else if (link.error !== null) body = <ErrorFor error={link.error} onRetry={link.reload} />;
  else body = <Loading />;
  return (
    <main id="main" className="page page--narrow account-link-page">
      <h1>{title}</h1>
      {body}
      <p>
        <Link to={paths.login()}>{t('accountLink.toSignIn')}</Link>
      </p>
    </main>
  );
}

function DeadLink({ error }: { error: unknown }) {
  return <ErrorNotice message={errorMessage(error)} />;
}

function ValidUntil({ link }: { link: AccountLinkView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return <p className="field__hint">{t('accountLink.validUntil', { time: format.dateTime(link.expiresAt) })}</p>;
}

type SetupField = 'name' | 'email' | 'password';

/** `/setup/<token>`: the first coordinator of a new server chooses their name, e-mail and password. */
export function SetupPage({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <LinkPage token={token} title={t('accountLink.setupTitle')}>
      {(link) => <SetupForm token={token} link={link} />}
    </LinkPage>
  );
}

function SetupForm({ token, link }: { token: string; link: AccountLinkView }) {
  const { t } = useTranslation();
  const id = useId();
  const { adopt } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<SetupField, string>>>({});
  const { busy, failure, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<SetupField, string>> = {};
    if (!name.trim()) found.name = t('accountLink.nameRequired');
    if (!EMAIL_PATTERN.test(email.trim())) found.email = t('account.email.invalid');
    if (password.length < MIN_PASSWORD_LENGTH) found.password = t('account.password.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (!checkFields(id, ['name', 'email', 'password'], found, setErrors)) return;
    void run(async () => {
      await adopt(client.completeSetup({ params: { token }, body: { name: name.trim(), email: email.trim(), password } }));
      navigate(paths.projects(), { replace: true });
    });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <p>{t('accountLink.setupIntro')}</p>
      <ValidUntil link={link} />
      <Field id={`${id}-name`} label={t('accountLink.name')} error={errors.name} type="text" autoComplete="name" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      <EmailField id={`${id}-email`} label={t('auth.email')} error={errors.email} value={email} onChange={setEmail} />
      <PasswordField id={`${id}-password`} label={t('auth.password')} hint={t('accountLink.setupPasswordHint', { min: MIN_PASSWORD_LENGTH })} error={errors.password} value={password} onChange={setPassword} isNew />
      <FormEnd busy={busy} label={t('accountLink.setupSubmit')} failure={failure !== null && <ErrorFor error={failure} />} disabled={isDeadLink(failure)} />
    </form>
  );
}

/** `/reset-password/<token>`: the link's account gets a new password; every session of it ends, and this browser is signed in. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <LinkPage token={token} title={t('accountLink.resetTitle')}>
      {(link) => <PasswordByLinkForm token={token} link={link} />}
    </LinkPage>
  );
}

function PasswordByLinkForm({ token, link }: { token: string; link: AccountLinkView }) {
  const { t } = useTranslation();
  const id = useId();
  const { adopt } = useSession();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'password', string>>>({});
  const { busy, failure, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = password.length < MIN_PASSWORD_LENGTH ? { password: t('account.password.tooShort', { min: MIN_PASSWORD_LENGTH }) } : {};
    if (!checkFields(id, ['password'], found, setErrors)) return;
    void run(async () => {
      await adopt(client.setPasswordByLink({ params: { token }, body: { password } }));
      navigate(paths.projects(), { replace: true });
    });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate>
      {link.name && link.email && <p>{t('accountLink.resetFor', { name: link.name, email: link.email })}</p>}
      <ValidUntil link={link} />
      <PasswordField id={`${id}-password`} label={t('accountLink.newPassword')} hint={t('accountLink.resetHint', { min: MIN_PASSWORD_LENGTH })} error={errors.password} value={password} onChange={setPassword} isNew />
      <FormEnd busy={busy} label={t('accountLink.resetSubmit')} failure={failure !== null && <ErrorFor error={failure} />} disabled={isDeadLink(failure)} />
    </form>
  );
}

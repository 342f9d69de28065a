import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { checkFields, Field } from './Field.tsx';
import { useSubmit } from './useSubmit.ts';

type PasswordField = 'currentPassword' | 'newPassword';

/** A new password, after the current one; the other sessions end. */
export function PasswordForm() {
  const { t } = useTranslation();
  const id = useId();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<PasswordField, string>>>({});
  const { busy, failure, done, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<PasswordField, string>> = {};
    if (!currentPassword) found.currentPassword = t('account.currentPasswordRequired');
    if (newPassword.length < MIN_PASSWORD_LENGTH) found.newPassword = t('account.password.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (!checkFields(id, ['currentPassword', 'newPassword'], found, setErrors)) return;
    void run(async () => {
      await client.changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.password.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <Field id={`${id}-currentPassword`} label={t('account.currentPassword')} error={errors.currentPassword} type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />
        <Field
          id={`${id}-newPassword`}
          label={t('account.password.new')}
          hint={t('account.password.hint', { min: MIN_PASSWORD_LENGTH })}
          error={errors.newPassword}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
        />
        {failure !== null && <ErrorFor error={failure} />}
        {done && (
          <p className="notice notice--success" role="status">
            {t('account.password.done')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
            {t('account.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

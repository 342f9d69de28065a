import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { checkFields, FormEnd, PasswordField } from './Field.tsx';
import { useSubmit } from '../../ui/index.ts';

type PasswordFormField = 'currentPassword' | 'newPassword';

/** A new password, after the current one; the other sessions end. */
export function PasswordForm() {
  const { t } = useTranslation();
  const id = useId();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<PasswordFormField, string>>>({});
  const { busy, failure, done, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<PasswordFormField, string>> = {};
    if (!currentPassword) found.currentPassword = t('account.currentPasswordRequired');
    if (newPassword.length < MIN_PASSWORD_LENGTH) found.newPassword = t('account.password.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (!checkFields(id, ['currentPassword', 'newPassword'], found, setErrors)) return;
    void run(async () => {
      await client.changePassword({ body: { currentPassword, newPassword } });
      setCurrentPassword('');
      setNewPassword('');
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.password.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <PasswordField id={`${id}-currentPassword`} label={t('account.currentPassword')} error={errors.currentPassword} value={currentPassword} onChange={setCurrentPassword} />
        <PasswordField
          id={`${id}-newPassword`}
          label={t('account.password.new')}
          hint={t('account.password.hint', { min: MIN_PASSWORD_LENGTH })}
          error={errors.newPassword}
          value={newPassword}
          onChange={setNewPassword}
          isNew
        />
        <FormEnd busy={busy} label={t('account.password.submit')} failure={failure !== null && <ErrorFor error={failure} />} done={done && t('account.password.done')} />
      </form>
    </section>
  );
}

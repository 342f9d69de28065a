import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { checkFields, EMAIL_PATTERN, EmailField, FormEnd, PasswordField } from './Field.tsx';
import { useSubmit } from '../../ui/index.ts';

type EmailFormField = 'email' | 'currentPassword';

/** A new e-mail address, confirmed with the current password. */
export function EmailForm({ onChanged }: { onChanged: (account: AccountView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<EmailFormField, string>>>({});
  const [changedTo, setChangedTo] = useState('');
  const { busy, failure, done, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<EmailFormField, string>> = {};
    if (!EMAIL_PATTERN.test(email.trim())) found.email = t('account.email.invalid');
    if (!currentPassword) found.currentPassword = t('account.currentPasswordRequired');
    if (!checkFields(id, ['email', 'currentPassword'], found, setErrors)) return;
    void run(async () => {
      const changed = await client.changeEmail({ body: { email: email.trim(), currentPassword } });
      setChangedTo(changed.email);
      onChanged(changed);
      setEmail('');
      setCurrentPassword('');
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.email.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <EmailField id={`${id}-email`} label={t('account.email.new')} error={errors.email} value={email} onChange={setEmail} />
        <PasswordField id={`${id}-currentPassword`} label={t('account.currentPassword')} error={errors.currentPassword} value={currentPassword} onChange={setCurrentPassword} />
        <FormEnd
          busy={busy}
          label={t('account.email.submit')}
          failure={failure !== null && <ErrorFor error={failure} />}
          done={done && t('account.email.done', { email: changedTo })}
        />
      </form>
    </section>
  );
}

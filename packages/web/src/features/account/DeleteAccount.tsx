import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor, ErrorNotice } from '../../ui/index.ts';
import { useSession } from '../auth/index.ts';
import { checkFields, Field, FormEnd, PasswordField } from './Field.tsx';
import { useSubmit } from '../../ui/index.ts';

/** The projects a refusal names (409 `account.last-coordinator`), or null for any other failure. */
function projectsLeftAlone(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== 'account.last-coordinator') return null;
  const { projects } = (error.body ?? {}) as { projects?: unknown };
  return Array.isArray(projects) ? projects.filter((p): p is string => typeof p === 'string') : [];
}

/** Erasing my account, after my current password; an optional pseudonym stands in for my name on my work. */
export function DeleteAccount() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { accountDeleted } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'currentPassword', string>>>({});
  const { busy, failure, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checkFields(id, ['currentPassword'], currentPassword ? {} : { currentPassword: t('account.currentPasswordRequired') }, setErrors)) return;
    void run(async () => {
      await client.deleteAccount({ body: { currentPassword, pseudonym: pseudonym.trim() || null } });
      accountDeleted();
    });
  };

  const alone = projectsLeftAlone(failure);
  return (
    <section className="card account-delete" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.delete.title')}</h2>
      <p>{t('account.delete.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <Field
          id={`${id}-pseudonym`}
          label={t('account.delete.pseudonym')}
          hint={t('account.delete.pseudonymHint')}
          type="text"
          autoComplete="off"
          maxLength={100}
          value={pseudonym}
          onChange={(e) => setPseudonym(e.target.value)}
        />
        <PasswordField id={`${id}-currentPassword`} label={t('account.currentPassword')} error={errors.currentPassword} value={currentPassword} onChange={setCurrentPassword} />
        <FormEnd
          busy={busy}
          label={t('account.delete.submit')}
          danger
          failure={
            alone ? (
              <ErrorNotice message={t('account.delete.lastCoordinator', { projects: new Intl.ListFormat(format.locale).format(alone) })} />
            ) : (
              failure !== null && <ErrorFor error={failure} />
            )
          }
        />
      </form>
    </section>
  );
}

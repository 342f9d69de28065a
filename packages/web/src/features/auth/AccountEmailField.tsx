import { useTranslation } from 'react-i18next';
import { EMAIL_INPUT } from '../../ui/index.ts';

/** The e-mail address of one's account, as the sign-in form and “Forgot your password?” ask for it (the browser may fill it in). */
export function AccountEmailField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('auth.email')}</label>
      <input
        id={id}
        {...EMAIL_INPUT}
        name="email"
        autoComplete="username"
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

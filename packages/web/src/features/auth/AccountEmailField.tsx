import { useTranslation } from 'react-i18next';

/** The e-mail address of one's account, as the sign-in form and “Forgot your password?” ask for it (the browser may fill it in). */
export function AccountEmailField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('auth.email')}</label>
      <input
        id={id}
        type="text"
        inputMode="email"
        name="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

import type { InputHTMLAttributes, ReactNode } from 'react';
import { EMAIL_INPUT } from '../../ui/index.ts';

/** A labelled input with its hint and its error, tied together for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  ...input
}: { id: string; label: string; hint?: string | undefined; error?: string | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} {...input} />
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Field errors found before sending: focuses the first field that has one; true when there is none. */
export function checkFields<F extends string>(idPrefix: string, order: readonly F[], found: Partial<Record<F, string>>, show: (found: Partial<Record<F, string>>) => void): boolean {
  show(found);
  const first = order.find((field) => found[field]);
  if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
  return first === undefined;
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ValueProps = { id: string; error?: string | undefined; value: string; onChange: (value: string) => void };

/** An e-mail address field. */
export function EmailField({ id, label, error, value, onChange }: ValueProps & { label: string }) {
  return (
    <Field
      id={id}
      label={label}
      error={error}
      {...EMAIL_INPUT}
      autoComplete="email"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A password field: the current one (to confirm a change), or a new one with its hint. */
export function PasswordField({ id, label, hint, error, value, onChange, isNew = false }: ValueProps & { label: string; hint?: string; isNew?: boolean }) {
  return <Field id={id} label={label} hint={hint} error={error} type="password" autoComplete={isNew ? 'new-password' : 'current-password'} value={value} onChange={(e) => onChange(e.target.value)} />;
}

/** A form's end: what went wrong or what was done, and its button. */
export function FormEnd({ busy, label, failure, done, danger = false, disabled = false }: { busy: boolean; label: string; failure: ReactNode; done?: ReactNode; danger?: boolean; disabled?: boolean }) {
  return (
    <>
      {failure}
      {done && (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`} disabled={busy || disabled} aria-busy={busy}>
          {label}
        </button>
      </div>
    </>
  );
}

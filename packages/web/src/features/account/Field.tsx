import type { InputHTMLAttributes } from 'react';

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

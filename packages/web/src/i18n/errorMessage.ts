import i18next from 'i18next';
import { primaryLanguage } from '@tessera/core';
import { ApiError } from '../api/index.ts';

/** A translation for a key built at run time (an error code), or undefined when the catalogue has none. */
function lookup(key: string): string | undefined {
  return i18next.exists(key) ? i18next.t(key as 'errors.generic') : undefined;
}

/**
 * Where the problem is, when the server says: the line and column in an uploaded file (XML and
 * XLIFF errors), or the unit (a text that cannot be stored).
 */
function withLocation(message: string, body: unknown): string {
  if (typeof body !== 'object' || body === null) return message;
  const { line, column, unitId } = body as { line?: unknown; column?: unknown; unitId?: unknown };
  if (typeof line !== 'number') return typeof unitId === 'number' || typeof unitId === 'string' ? i18next.t('errors.inUnit', { message, unit: unitId }) : message;
  return typeof column === 'number'
    ? i18next.t('errors.atLineColumn', { message, line, column })
    : i18next.t('errors.atLine', { message, line });
}

function samePrimaryLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

/**
 * What to tell the user about a failure, in the UI language: the catalogue's `errors.<code>`
 * message first; then a caller's message for the HTTP status (`byStatus`); then the server's own
 * detail when it is written in the UI language; then a message for the status; then a generic one.
 */
export function errorMessage(error: unknown, byStatus: Partial<Record<number, string>> = {}): string {
  if (!(error instanceof ApiError)) return i18next.t('errors.generic');
  const forCode = lookup(`errors.${error.code}`);
  if (forCode) return withLocation(forCode, error.body);
  const forCaller = byStatus[error.status];
  if (forCaller) return forCaller;
  const server = error.serverMessage;
  const uiLanguage = i18next.resolvedLanguage ?? 'en';
  const serverLanguage = error.contentLanguage ?? 'en';
  if (server && samePrimaryLanguage(serverLanguage, uiLanguage)) return server;
  const status = error.status >= 500 ? 500 : error.status;
  return lookup(`errors.status.${status}`) ?? i18next.t('errors.generic');
}

/** A refusal by a service: HTTP status, a stable code, a message saying what was wrong and what to do. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ServiceError(404, `${what}.not-found`, `No such ${what}.`);
export const forbidden = (message: string) => new ServiceError(403, 'auth.forbidden', message);

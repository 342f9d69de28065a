/**
 * The typed HTTP client, derived from the core contract's operations table: `client.<operation>`
 * exists for every JSON operation of the table, sends to its method and path, takes the input its
 * schemas accept (`z.input`), and checks the answer against its response schema (`z.output`), so
 * a renamed field fails the typecheck here and loudly at run time instead of rendering
 * `undefined` somewhere in a page. Nothing is restated: a new operation of the table is a new
 * function of `client`. Files, streams and pages are links: `hrefOf`.
 */
import {
  operations,
  pathOf,
  problem,
  sessionView,
  staleRevisionProblem,
  type EditorUnit,
  type Operation,
  type OperationName,
  type QueryOf,
  type RequestOf,
  type ResponseOf,
  type SessionView,
} from '@tessera/core/contract';

/** A refused or failed request. `code` is the problem's stable code (or a client-side one). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Stable error code from `application/problem+json`, e.g. `translation.stale`. */
    readonly code: string,
    /** The parsed response body (the whole problem object, with any extra members). */
    readonly body: unknown,
    message: string,
    /** The response's `Content-Language`: the language the problem's title and detail are written in. */
    readonly contentLanguage: string | null = null,
  ) {
    super(message);
  }

  /** The problem's human-readable detail or title, as the server wrote it. */
  get serverMessage(): string | undefined {
    const parsed = problem.safeParse(this.body);
    return parsed.success ? (parsed.data.detail ?? parsed.data.title) : undefined;
  }

  /** For a 409 `revision.stale`: the number of the source revision now in force, when the server says. */
  get sourceRevision(): number | undefined {
    if (this.code !== 'revision.stale' || typeof this.body !== 'object' || this.body === null) return undefined;
    const { sourceRevision } = this.body as { sourceRevision?: unknown };
    return typeof sourceRevision === 'number' ? sourceRevision : undefined;
  }

  /** For a 409 `translation.stale`: the unit as it is now on the server. */
  get current(): EditorUnit | undefined {
    const parsed = staleRevisionProblem.safeParse(this.body);
    return parsed.success ? parsed.data.current : undefined;
  }
}

/** Client-side codes, for failures that never got a problem document. */
const CLIENT_ERROR = {
  network: 'client.network',
  badResponse: 'client.bad-response',
} as const;

let csrfToken = '';
let uiLanguage = '';
const unauthorizedListeners = new Set<() => void>();

/** The `Accept-Language` sent with every request, so problem details come in the UI language. */
export function setRequestLanguage(lang: string): void {
  uiLanguage = lang;
}

/** Called whenever the server answers 401 to anything but the session itself. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** `/a/:projectId/b/:lang` → `{ projectId: string | number; lang: string | number }`. */
type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string | number } & ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string | number }
    : Record<never, never>;

/** The input of an operation: its path's parameters, its query (`z.input` of the query schema), its body (`z.input` of the request schema, or the bytes of an upload). */
export type InputOf<O extends Operation> = (Record<never, never> extends ParamsOf<O['path']> ? { params?: undefined } : { params: ParamsOf<O['path']> }) &
  (O extends { query: object } ? { query?: QueryOf<O> } : { query?: undefined }) &
  (O extends { upload: string } ? { body: Blob } : O extends { request: object } ? { body: RequestOf<O> } : { body?: undefined }) & {
    signal?: AbortSignal | undefined;
    /** Let the request outlive the page (a last word on `pagehide`). */
    keepalive?: boolean;
  };

/** What an operation resolves to: the `z.output` of its response schema, else nothing. */
export type OutputOf<O extends Operation> = ResponseOf<O>;

/** The arguments of a call: the input may be left out when nothing in it is required. */
type ArgsOf<O extends Operation> = Record<never, never> extends InputOf<O> ? [input?: InputOf<O>] : [input: InputOf<O>];

/** `?name=value&…` of the parameters that are set (none: nothing). */
function queryString(query: object | undefined): string {
  const set = Object.entries(query ?? {}).flatMap(([name, value]): [string, string][] => (value === undefined || value === null ? [] : [[name, String(value)]]));
  return set.length === 0 ? '' : `?${new URLSearchParams(set).toString()}`;
}

/** The address of an operation: its path with the parameters filled in, and its query. For links to files, streams and pages. */
export function hrefOf<O extends Operation>(operation: O, input: { params?: InputOf<O>['params']; query?: InputOf<O>['query'] } = {}): string {
  return pathOf(operation.path, (input.params ?? {}) as Record<string, string | number>) + queryString(input.query);
}

interface Input {
  params?: Record<string, string | number> | undefined;
  query?: object | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  keepalive?: boolean;
}

async function send(operation: Operation, input: Input, retried = false): Promise<Response> {
  const method = operation.method.toUpperCase();
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (uiLanguage) headers.set('Accept-Language', uiLanguage);
  let body: BodyInit | undefined;
  if (operation.upload && input.body instanceof Blob) {
    headers.set('Content-Type', operation.upload);
    body = input.body;
  } else if (input.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(input.body);
  }
  if (method !== 'GET') {
    if (!csrfToken) await call(operations.getSession);
    headers.set('X-CSRF-Token', csrfToken);
  }

  let response: Response;
  try {
    response = await fetch(pathOf(operation.path, input.params ?? {}) + queryString(input.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: input.signal,
      keepalive: input.keepalive ?? false,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, CLIENT_ERROR.network, null, 'The server could not be reached.');
  }
  if (response.ok) return response;

  const error = await problemOf(response);
  // A token that went stale (a new session, a restarted server): fetch a fresh one and try once more.
  if (method !== 'GET' && !retried && response.status === 403 && error.code.includes('csrf')) {
    await call(operations.getSession);
    return send(operation, input, true);
  }
  if (response.status === 401 && operation.path !== operations.getSession.path) for (const listener of unauthorizedListeners) listener();
  throw error;
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) body = await response.json().catch(() => null);
  const parsed = problem.safeParse(body);
  const code = parsed.success ? parsed.data.code : `http.${response.status}`;
  const message = parsed.success ? (parsed.data.detail ?? parsed.data.title) : response.statusText;
  return new ApiError(
    response.status,
    code,
    body,
    message || `HTTP ${response.status}`,
    response.headers.get('Content-Language'),
  );
}

/** Operations after which this browser holds no session any more (its CSRF token is gone with it). */
const ENDING_THE_SESSION: readonly Operation[] = [operations.signOut, operations.deleteAccount];

/**
 * Calls one operation of the contract. Every answer that is a session (from `GET /api/session`,
 * a sign-in, an accepted invitation…) carries the CSRF token the next state-changing request needs.
 */
export async function call<O extends Operation>(operation: O, ...[input]: ArgsOf<O>): Promise<OutputOf<O>> {
  const response = await send(operation, (input ?? {}) as Input);
  if (ENDING_THE_SESSION.includes(operation)) csrfToken = '';
  if (!operation.response) return undefined as OutputOf<O>;
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = operation.response.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, CLIENT_ERROR.badResponse, json, `Unexpected response: ${parsed.error.message}`);
  }
  if (operation.response === sessionView) {
    const session = parsed.data as SessionView;
    if (session.csrfToken) csrfToken = session.csrfToken;
  }
  return parsed.data as OutputOf<O>;
}

/** The operations answered with JSON (or nothing): the others are files, streams and pages, reached by `hrefOf`. */
type JsonOperationName = { [K in OperationName]: (typeof operations)[K] extends { produces: string } ? never : K }[OperationName];

/** Every call the web app makes, one function per JSON operation of the table: `client.saveTranslation({ params, body })`. */
export const client = Object.fromEntries(
  Object.entries(operations)
    .filter(([, operation]) => !('produces' in operation))
    .map(([name, operation]) => [name, (input?: Input) => call(operation as Operation, input as never)]),
) as unknown as { [K in JsonOperationName]: (...args: ArgsOf<(typeof operations)[K]>) => Promise<OutputOf<(typeof operations)[K]>> };

import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openDatabase, type Db } from '../src/db/connection.ts';
import { createApp, type AppOptions } from '../src/http/app.ts';
import { seedDemo, type DemoAccount } from '../src/demo/seed.ts';
import { readSettings, type AppSettings, type Limits } from '../src/settings.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { addMembership } from '../src/repositories/projects.ts';
import { inProcessBus, postgresBus } from '../src/live/bus.ts';
import { api, type InviteView, type JoinRequestView, type LiveEvent, type ProjectSummary } from '@tessera/core/contract';

export { tempDataDir } from './database.ts';

export interface TestServer {
  url: string;
  db: Db;
  /** Its database, for the command line to work on too. */
  database: TestDatabase;
  accounts: Record<DemoAccount['role'], DemoAccount>;
  close: () => Promise<void>;
}

/** What a test may set on the app besides its limits: its logger, the public URL, the proxies to trust, who reads the metrics, the SMTP server, the machine-translation engines. */
export type TestAppOptions = Partial<Pick<AppOptions, 'logger' | 'lifecycle'>> & Partial<Pick<AppSettings, 'publicUrl' | 'trustProxy' | 'metricsAllow' | 'mail' | 'machineEngines'>>;

/** The settings of a test server: the defaults (whatever the environment says), with `limits` and `options` over them. */
function testSettings(limits: Partial<Limits>, { publicUrl, trustProxy, metricsAllow, mail, machineEngines }: TestAppOptions): AppSettings {
  const defaults = readSettings({ env: {} });
  return {
    publicUrl: publicUrl ?? defaults.publicUrl,
    trustProxy: trustProxy ?? defaults.trustProxy,
    limits: { ...defaults.limits, ...limits },
    metricsAllow: metricsAllow ?? defaults.metricsAllow,
    mail: mail ?? null,
    machineEngines: machineEngines ?? [],
  };
}

/**
 * A real server on a real database (a SQLite file in a fresh folder, or a fresh PostgreSQL
 * database in the `postgres` test project), seeded with the demo accounts and project.
 */
export async function startTestServer(limits: Partial<Limits> = {}, options: TestAppOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const db = await openDatabase(database.location);
  const seeded = await seedDemo(db);
  if (!seeded) throw new Error('a fresh database must take the demo seed');
  const live = database.location.kind === 'postgres' ? await postgresBus(database.location.url) : inProcessBus();
  const { publicUrl: _publicUrl, trustProxy: _trustProxy, metricsAllow: _metricsAllow, mail: _mail, machineEngines: _machineEngines, ...appOptions } = options;
  const server: Server = createApp({ ...appOptions, checkResponses: true, db, live, settings: testSettings(limits, options), webDir: path.join(database.dataDir, 'no-web') }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    database,
    accounts: Object.fromEntries(seeded.map((a) => [a.role, a])) as TestServer['accounts'],
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await live.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/** A test server with the three demo accounts signed in, and the demo project they share. */
export interface DemoServer {
  server: TestServer;
  coordinator: Client;
  translator: Client;
  reviewer: Client;
  demoProjectId: number;
}

/** `startTestServer`, then signs in the demo coordinator, translator and reviewer and finds the demo project's id. */
export async function startDemoServer(limits: Partial<Limits> = {}, options: TestAppOptions = {}): Promise<DemoServer> {
  const server = await startTestServer(limits, options);
  const coordinator = await Client.signedIn(server, server.accounts.coordinator);
  const translator = await Client.signedIn(server, server.accounts.translator);
  const reviewer = await Client.signedIn(server, server.accounts.reviewer);
  const projects = await coordinator.json<ProjectSummary[]>('GET', api.projects());
  if (projects.length !== 1) throw new Error(`a fresh demo server has one project, not ${projects.length}`);
  return { server, coordinator, translator, reviewer, demoProjectId: projects[0]!.id };
}

/** Makes the demo translator a translator and the demo reviewer a reviewer of `projectId`, for all its languages. */
export async function addDemoTranslatorAndReviewer(server: TestServer, projectId: number): Promise<void> {
  const users = await server.db.selectFrom('users').select(['id', 'email']).execute();
  for (const { id, email } of users) {
    if (email.startsWith('translator')) await addMembership(server.db, projectId, id, { role: 'translator', lang: null });
    if (email.startsWith('reviewer')) await addMembership(server.db, projectId, id, { role: 'reviewer', lang: null });
  }
}

/**
 * A newcomer joins with an invitation as on a server without e-mail: they ask to join with
 * `person`, a coordinator of the project approves the request, and they sign in.
 */
export async function joinByInvitation(
  server: Pick<TestServer, 'url'>,
  coordinator: Client,
  token: string,
  person: { name: string; email: string; password: string },
): Promise<Client> {
  const newcomer = new Client(server.url);
  await newcomer.init();
  const { projectId } = await newcomer.json<InviteView>('GET', api.invite(token));
  const asked = await newcomer.send('POST', api.askToJoin(token), person);
  if (asked.status !== 202) throw new Error(`asking to join failed: ${asked.status} ${await asked.text()}`);
  const request = (await coordinator.json<JoinRequestView[]>('GET', api.joinRequests(projectId))).find((r) => r.email === person.email.toLowerCase());
  if (!request) throw new Error(`no request to join from ${person.email}`);
  const approved = await coordinator.send('POST', api.approveJoinRequest(projectId, request.id));
  if (approved.status !== 204) throw new Error(`approving the request failed: ${approved.status} ${await approved.text()}`);
  return Client.signedIn(server, person);
}

/** A browser-like HTTP client: keeps cookies, sends the CSRF token on writes. */
export class Client {
  private cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  static async signedIn(server: Pick<TestServer, 'url'>, account: Pick<DemoAccount, 'email' | 'password'>): Promise<Client> {
    const client = new Client(server.url);
    await client.init();
    const res = await client.send('POST', '/api/session', { email: account.email, password: account.password });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    return client;
  }

  async init(): Promise<void> {
    const res = await this.send('GET', '/api/session');
    this.csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The headers that make a request this client's: its cookies and, for a write, its CSRF token. */
  identity(csrf = true): Record<string, string> {
    const headers: Record<string, string> = {};
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.cookie = cookie;
    if (csrf && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    return headers;
  }

  /** `headers`: more request headers (say, `X-Forwarded-For` as a reverse proxy sends it). */
  async send(method: string, pathname: string, body?: unknown, options: { csrf?: boolean; raw?: boolean; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers, ...this.identity(options.csrf !== false) };
    let payload: string | Uint8Array | undefined;
    if (body !== undefined) {
      if (options.raw) {
        headers['content-type'] = 'application/octet-stream';
        payload = body as string | Uint8Array;
      } else {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(body);
      }
    }
    const res = await fetch(this.baseUrl + pathname, { method, headers, body: payload, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    await this.followSession(method, pathname, res);
    return res;
  }

  /** As the web app does: a sign-in (or a confirmed request to join) brings the new session's CSRF token; after a sign-out, it asks for a new one. */
  private async followSession(method: string, pathname: string, res: Response): Promise<void> {
    if (!res.ok || method === 'GET') return;
    if (method === 'DELETE' && pathname === '/api/session') return this.init();
    if (pathname === '/api/session' || /^\/api\/(join-requests\/[^/]+\/confirm|account-links\/[^/]+\/(setup|password))$/.test(pathname)) {
      const { csrfToken } = (await res.clone().json()) as { csrfToken?: string };
      if (csrfToken) this.csrfToken = csrfToken;
    }
  }

  /** Opens the project's live event stream as this client. */
  async live(projectId: number): Promise<LiveStream> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    const controller = new AbortController();
    const res = await fetch(`${this.baseUrl}/api/projects/${projectId}/live`, { headers, signal: controller.signal });
    if (res.status !== 200 || !res.body) throw new Error(`live stream refused: ${res.status}`);
    return new LiveStream(res.body, controller);
  }

  async json<T>(method: string, pathname: string, body?: unknown): Promise<T> {
    const res = await this.send(method, pathname, body);
    if (!res.ok) throw new Error(`${method} ${pathname} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

/** The `application/problem+json` body of a refused request. */
export interface ProblemBody {
  code: string;
  detail: string;
  current?: unknown;
}

export async function problemOf(res: Response): Promise<ProblemBody> {
  return (await res.json()) as ProblemBody;
}

export const sharedDir = new URL('../../../../shared/', import.meta.url);
export const readShared = (relative: string) => fs.readFileSync(new URL(relative, sharedDir), 'utf8');

/** A server-sent event stream, read as a browser's EventSource would. */
export class LiveStream {
  readonly events: LiveEvent[] = [];
  private waiters: (() => void)[] = [];

  constructor(body: ReadableStream<Uint8Array>, private readonly controller: AbortController) {
    void this.read(body);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (data) {
            this.events.push(JSON.parse(data) as LiveEvent);
            for (const wake of this.waiters.splice(0)) wake();
          }
        }
      }
    } catch {
      // aborted
    }
  }

  /** The first event (already received or still to come) that `match` accepts, within `ms`. */
  async next(match: (event: LiveEvent) => boolean, ms = 2000): Promise<LiveEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching live event within ${ms} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.controller.abort();
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, pathOf, type ActivityEntry } from '@tessera/core/contract';
import type { Client, TestServer } from './harness.ts';
import { startDemoServer } from './harness.ts';

/** A query string its operation's schema refuses is answered 400 `request.invalid` before anything is read or written. */
let server: TestServer;
let coordinator: Client;
let projectId: number;

const TMX = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en"><seg>Query sentence.</seg></tuv><tuv xml:lang="fr"><seg>Phrase de requête.</seg></tuv></tu></body></tmx>`;

beforeAll(async () => {
  ({ server, coordinator, demoProjectId: projectId } = await startDemoServer());
});
afterAll(() => server?.close());

const at = (operation: { path: string }, query: string) => `${pathOf(operation.path, { projectId, lang: 'fr' })}?${query}`;

async function problemCode(res: Response): Promise<string | undefined> {
  return ((await res.json()) as { code?: string }).code;
}

describe('query parameters, parsed with their operation’s schema', () => {
  it('pages the activity back with ?before=<id>, and refuses a before that is not an id', async () => {
    const feed = await coordinator.json<ActivityEntry[]>('GET', pathOf(operations.activity.path, { projectId, lang: 'fr' }));
    expect(feed.length).toBeGreaterThan(1);
    const older = await coordinator.json<ActivityEntry[]>('GET', at(operations.activity, `before=${feed[0]!.id}`));
    expect(older.map((e) => e.id)).toEqual(feed.slice(1).map((e) => e.id));
    for (const before of ['yesterday', '-1', '1.5']) {
      const res = await coordinator.send('GET', at(operations.activity, `before=${before}`));
      expect({ before, status: res.status, code: await problemCode(res) }).toEqual({ before, status: 400, code: 'request.invalid' });
    }
  });

  it('downloads XLIFF 2.0 with ?format=xliff20, and refuses a format that is not a version of XLIFF', async () => {
    const xliff20 = await coordinator.send('GET', at(operations.exportXliff, 'format=xliff20'));
    expect(xliff20.status).toBe(200);
    expect(await xliff20.text()).toContain('urn:oasis:names:tc:xliff:document:2.0');
    const res = await coordinator.send('GET', at(operations.exportXliff, 'format=xliff30'));
    expect(res.status).toBe(400);
    expect(await problemCode(res)).toBe('request.invalid');
  });

  it('refuses a memory file given two names, and adds nothing to the memory', async () => {
    const before = await server.db.selectFrom('tm_entries').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await coordinator.send('POST', `${operations.importTmx.path}?name=a.tmx&name=b.tmx`, new TextEncoder().encode(TMX), { raw: true });
    expect(res.status).toBe(400);
    expect(await problemCode(res)).toBe('request.invalid');
    const after = await server.db.selectFrom('tm_entries').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a preview asked for with anything but preview=1', async () => {
    const res = await coordinator.send('GET', at(operations.publication, 'preview=yes'));
    expect(res.status).toBe(400);
    expect(await problemCode(res)).toBe('request.invalid');
    expect((await coordinator.send('GET', at(operations.publication, 'preview=1'))).status).toBe(200);
  });
});

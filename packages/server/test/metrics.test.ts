import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, operations, type LanguageView } from '@tessera/core/contract';
import { parseAddressList } from '../src/http/addressList.ts';
import { Client, startDemoServer, startTestServer, type DemoServer, type TestServer } from './harness.ts';

/** The value of one series of a Prometheus text exposition (0 when it is not there yet). */
function valueOf(exposition: string, series: string): number {
  const line = exposition.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function scrape(client: Client): Promise<string> {
  const res = await client.send('GET', operations.metrics.path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

describe('/metrics', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemoServer();
  });
  afterAll(() => demo?.server.close());

  it('counts saves, refused sign-ins and open live streams, and times requests by operation', async () => {
    const { server, translator, demoProjectId } = demo;
    const before = await scrape(translator);

    const unit = (await translator.json<LanguageView>('GET', api.language(demoProjectId, 'ja'))).units.find((u) => u.translate)!;
    await translator.json('PUT', api.translation(demoProjectId, 'ja', unit.id), { target: ['測定の文。'], baseRevision: unit.revision });
    const stranger = new Client(server.url);
    await stranger.init();
    const refused = await stranger.send('POST', api.session(), { email: server.accounts.translator.email, password: 'not the password' });
    expect(refused.status).toBe(401);
    const stream = await translator.live(demoProjectId);

    const after = await scrape(translator);
    expect(valueOf(after, 'tessera_translation_saves_total')).toBe(valueOf(before, 'tessera_translation_saves_total') + 1);
    const failures = 'tessera_sign_in_failures_total{reason="bad-credentials"}';
    expect(valueOf(after, failures)).toBe(valueOf(before, failures) + 1);
    expect(valueOf(after, 'tessera_live_connections')).toBe(1);
    expect(valueOf(after, 'tessera_http_request_duration_seconds_count{operation="saveTranslation",method="PUT",status="200"}')).toBe(1);
    // Labelled by operation, never by a path with its ids.
    expect(after).not.toMatch(/\/api\/projects\/\d/);
    expect(after).toContain('tessera_process_resident_memory_bytes');

    stream.close();
    await expect.poll(async () => valueOf(await scrape(translator), 'tessera_live_connections')).toBe(0);
  });

  it('tells how many sources the memory index holds, one more once a TMX entry is added', async () => {
    const { coordinator, translator } = demo;
    // A look-up makes sure the index has been read.
    const unit = (await translator.json<LanguageView>('GET', api.language(demo.demoProjectId, 'ja'))).units.find((u) => u.translate)!;
    await translator.json('GET', api.memoryMatches(demo.demoProjectId, 'ja', unit.id));
    const before = valueOf(await scrape(translator), 'tessera_memory_index_sources');
    expect(before).toBeGreaterThan(0);
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en"><seg>A sentence counted by the metrics.</seg></tuv><tuv xml:lang="ja"><seg>数えられる文。</seg></tuv></tu></body></tmx>`;
    expect((await coordinator.send('POST', api.memoryImport('metrics.tmx'), new TextEncoder().encode(tmx), { raw: true })).status).toBe(200);
    await translator.json('GET', api.memoryMatches(demo.demoProjectId, 'ja', unit.id));
    expect(valueOf(await scrape(translator), 'tessera_memory_index_sources')).toBe(before + 1);
  });

  it('answers 404 to a client whose address (through a reverse proxy on this machine) is not allowed', async () => {
    const res = await demo.translator.send('GET', operations.metrics.path, undefined, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('tessera_');
  });
});

describe('/metrics with an allow-list of one address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { metricsAllow: parseAddressList('127.0.0.1') });
  });
  afterAll(() => server?.close());

  /** GET /metrics from a chosen local address (127.0.0.2 is loopback too, but not on the list). */
  const scrapeFrom = (localAddress: string) =>
    new Promise<number>((resolve, reject) => {
      http.get(`${server.url}${operations.metrics.path}`, { localAddress }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      }).on('error', reject);
    });

  it('answers the listed address and 404 to another one', async () => {
    expect(await scrapeFrom('127.0.0.1')).toBe(200);
    expect(await scrapeFrom('127.0.0.2')).toBe(404);
  });
});

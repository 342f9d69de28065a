import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** Apertium's language data as Debian installs it (`apertium-eng-spa`, `apertium-eng-cat`). */
export const APERTIUM_MODES = '/usr/share/apertium/modes';

export interface RunningEngine {
  url: string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A real `apertium-apy` (installed from Debian by tests/setup/ensure-tools.mjs) on a free port, once it lists its pairs. */
export async function startApertium(): Promise<RunningEngine> {
  const port = await freePort();
  const child = spawn('apertium-apy', ['-p', String(port), APERTIUM_MODES], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`apertium-apy stopped: ${log}`);
    try {
      const res = await fetch(`${url}/listPairs`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`apertium-apy did not answer /listPairs within 30 s: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

/** What the LibreTranslate-compatible server answers to `POST /translate`: a translation, or something else. */
export type LibreAnswer = { translatedText: string } | { garbage: unknown } | { status: number };

export interface LibreServer extends RunningEngine {
  /** Every request it received, in order. */
  requests: { method: string; path: string; body: unknown; at: number }[];
  /** How it answers each translation (set by the test); by default the text in capitals. */
  answer: (body: { q: string; source: string; target: string; format: string }) => LibreAnswer;
  /** How long it waits before answering a translation, in ms. */
  delayMs: number;
  /** Which translations it holds unanswered until `release()` (set by the test): a job caught half-way, however fast the machine. */
  hold: ((body: { q: string; target: string }) => boolean) | null;
  /** Answers what it holds, and holds nothing more. */
  release: () => void;
}

/**
 * A local server that honours the LibreTranslate API's published shapes — `GET /languages` →
 * `[{code, name, targets}]`, `POST /translate {q, source, target, format}` → `{translatedText}` —
 * and counts the requests it receives.
 */
export async function startLibreTranslate(languages = ['en', 'es', 'fr']): Promise<LibreServer> {
  const held: (() => void)[] = [];
  const engine: Omit<LibreServer, 'url' | 'close'> = {
    requests: [],
    answer: (body) => ({ translatedText: body.q.toUpperCase() }),
    delayMs: 0,
    hold: null,
    release: () => {
      engine.hold = null;
      for (const answer of held.splice(0)) answer();
    },
  };
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const body: unknown = text ? JSON.parse(text) : null;
      engine.requests.push({ method: req.method!, path: req.url!, body, at: Date.now() });
      const send = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (req.method === 'GET' && req.url === '/languages') return send(200, languages.map((code) => ({ code, name: code, targets: languages.filter((t) => t !== code) })));
      if (req.method !== 'POST' || req.url !== '/translate') return send(404, { error: 'Not found' });
      const translation = body as { q: string; source: string; target: string; format: string };
      const respond = () =>
        setTimeout(() => {
          const answer = engine.answer(translation);
          if ('status' in answer) send(answer.status, { error: 'Engine error' });
          else if ('garbage' in answer) send(200, answer.garbage);
          else send(200, answer);
        }, engine.delayMs);
      if (engine.hold?.(translation)) held.push(respond);
      else respond();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(engine, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}

/**
 * The web editor in Chromium: the size of what a browser downloads (gzip), and the time from
 * navigation to a first unit that takes typing, for a project of 5,000 units beside the demo
 * project (18 units) in the same run. Target: under 1.5 s for 5,000 units. Each figure is the
 * median of its openings. Needs the built web app (`npx -y pnpm@12.4.2 --filter @tessera/web build`)
 * and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import type { Benchmark } from './benchmark.ts';
import { startTessera } from './http.ts';

const OPENINGS = 5;
const UNITS = 5_000;
const repo = new URL('../', import.meta.url).pathname;
const dist = path.join(repo, 'packages/web/dist');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The app's scripts and stylesheets, raw and gzip. */
function bundleSize(): { raw: number; gzip: number; files: number } {
  const assets = path.join(dist, 'assets');
  const files = fs.readdirSync(assets).filter((file) => /\.(js|css)$/.test(file));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}

/** Milliseconds from navigating to `url` until the box of its first unit has the focus. */
async function firstEditable(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(url);
  const box = page.getByLabel('Translation of 1.1', { exact: true });
  await box.waitFor();
  await box.focus();
  return performance.now() - started;
}

async function run(print: (line: string) => void): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('Build the web app first: npx -y pnpm@12.4.2 --filter @tessera/web build');
  const bundle = bundleSize();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-web-'));
  const server = await startTessera({}, data);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const coordinator = /^\s+coordinator\s+(\S+)\s+(\S+)$/m.exec(server.output());
    if (!coordinator) throw new Error(`no demo coordinator in:\n${server.output()}`);
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(coordinator[1]!);
    await page.getByLabel('Password').fill(coordinator[2]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Demo: Digital Safety Act statement' }).waitFor();
    const demo = await page.locator('a[href$="/ja"]').first().getAttribute('href');

    const { csrfToken } = (await (await page.request.get(`${server.url}/api/session`)).json()) as { csrfToken: string };
    const sentence = (i: number) => `Sentence ${i} calls on every government to act.`;
    const text = Array.from({ length: UNITS / 10 }, (_, p) => Array.from({ length: 10 }, (_, s) => sentence(10 * p + s)).join(' ')).join('\n\n');
    const created = await page.request.post(`${server.url}/api/projects`, {
      data: { name: 'A very long statement', sourceLang: 'en', targetLangs: ['fr'], text },
      headers: { 'X-CSRF-Token': csrfToken },
      timeout: 180_000,
    });
    if (created.status() !== 201) throw new Error(`the project was not made: ${created.status()} ${await created.text()}`);
    const large = `/projects/${((await created.json()) as { id: number }).id}/fr`;

    // One opening of each first (the server's caches and the browser's), then alternately.
    await firstEditable(page, `${server.url}${demo}`);
    await firstEditable(page, `${server.url}${large}`);
    const small: number[] = [];
    const big: number[] = [];
    for (let round = 0; round < OPENINGS; round++) {
      small.push(await firstEditable(page, `${server.url}${demo}`));
      big.push(await firstEditable(page, `${server.url}${large}`));
    }
    print(`Web app: ${bundle.files} scripts and stylesheets, ${kb(bundle.raw)} (${kb(bundle.gzip)} gzip).\n`);
    print('| navigation → first unit that takes typing | median | fastest | × the demo project |');
    print('|---|---:|---:|---:|');
    print(`| baseline: the demo project (18 units) | ${median(small).toFixed(0)} ms | ${Math.min(...small).toFixed(0)} ms | 1.0 |`);
    print(`| a project of ${UNITS.toLocaleString('en')} units | ${median(big).toFixed(0)} ms | ${Math.min(...big).toFixed(0)} ms | ${(median(big) / median(small)).toFixed(1)} |`);
    print(`\n(median of ${OPENINGS} openings each; target: under 1,500 ms for ${UNITS.toLocaleString('en')} units.)`);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(data, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = { name: 'Web editor: bundle size and first editable unit', run };
export default benchmark;

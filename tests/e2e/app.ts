import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

const repo = new URL('../../', import.meta.url).pathname;

export type DemoRole = 'coordinator' | 'translator' | 'reviewer';

export interface RunningApp {
  url: string;
  passwords: Record<DemoRole, { email: string; password: string }>;
  /** Its data folder, for the command line to work on. */
  data: string;
  /** What it printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
}

/** The tessera command line. */
export const tesseraBin = path.join(repo, 'packages/server/bin/tessera.mjs');

/**
 * Starts the app the way the README does (`tessera serve --demo`) on a fresh data folder and a free
 * port, and reads the demo passwords from what it prints. Without the demo (`demo: false`) it
 * starts as a new server does, with no account and a setup link.
 */
export async function startApp({ demo = true, env = {} }: { demo?: boolean; env?: Record<string, string> } = {}): Promise<RunningApp> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [tesseraBin, 'serve', ...(demo ? ['--demo'] : []), '--port', '0', '--data', data], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  const passwords = Object.fromEntries(
    [...output.matchAll(/^\s+(coordinator|translator|reviewer)\s+(\S+)\s+(\S+)$/gm)].map((m) => [m[1], { email: m[2]!, password: m[3]! }]),
  ) as RunningApp['passwords'];
  return {
    url,
    passwords,
    data,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface AppInChromium {
  readonly app: RunningApp;
  readonly browser: Browser;
  /** A page in a fresh browser context (its own cookies) with an English locale. */
  newPage: () => Promise<Page>;
  /** A fresh page signed in as the demo account with `role`, on the demo project's overview. */
  signIn: (role: DemoRole) => Promise<Page>;
}

/** Starts the app (with `env` over the environment, read when the tests start) and Chromium before the file's tests and stops both after them. */
export function appInChromium(env: () => Record<string, string> = () => ({})): AppInChromium {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp({ env: env() });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app and the browser start in beforeAll');
    return value;
  };
  const newPage = async (): Promise<Page> => (await started(browser).newContext({ locale: 'en-US' })).newPage();
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
    newPage,
    signIn: async (role) => {
      const { url, passwords } = started(app);
      const page = await newPage();
      await page.goto(`${url}/login`);
      await page.getByLabel('Email').fill(passwords[role].email);
      await page.getByLabel('Password').fill(passwords[role].password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Demo: Digital Safety Act statement' }).waitFor();
      return page;
    },
  };
}

/** Waits until `page` shows the editor for `language` (of project `projectId`, or of any project) with its units. */
export async function waitForEditor(page: Page, language: string, projectId = String.raw`\d+`): Promise<void> {
  await page.waitForURL(new RegExp(`/projects/${projectId}/${language}$`));
  await page.locator('[data-unit-id]').first().waitFor();
}

/** From the demo project's overview, opens the Japanese editor; with `live`, also waits until its live stream is connected. */
export async function openJapaneseEditor(page: Page, { live = false } = {}): Promise<void> {
  await page.getByRole('link', { name: 'Open' }).and(page.locator('[href$="/ja"]')).click();
  await waitForEditor(page, 'ja');
  if (live) await page.locator('[data-live="live"]').waitFor();
}

/** Fails on the axe violations that stop a person using a screen reader or a keyboard (serious or critical), naming `what` page it was. */
export async function expectNoSeriousAxeViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')}) ${v.help}`)).toEqual([]);
}

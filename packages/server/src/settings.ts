import path from 'node:path';
import { z } from 'zod';
import { repositoryRoot } from './config.ts';
import type { DatabaseLocation } from './db/connection.ts';
import { LOOPBACK, parseAddressList, type AddressList } from './http/addressList.ts';
import { LOG_LEVELS, type LogLevel } from './http/requestLog.ts';
import type { EngineConfig } from './machine/engine.ts';
import { engineConfigs } from './machine/registry.ts';

/**
 * What an operator sets, in one place: each setting's environment variable, command-line option
 * and default, and a schema that turns its text into a value or refuses it with a message that
 * says what is wanted. To add a setting, add its source to `SETTINGS` and its schema to
 * `settingValues`; `readSettings` reads, checks and returns it with the others.
 */
export const SETTINGS = {
  port: { env: 'PORT', option: 'port', default: '3000', about: 'the port the server listens on' },
  host: { env: 'TESSERA_HOST', option: 'host', default: '127.0.0.1', about: 'the address the server listens on' },
  dataDir: { env: 'TESSERA_DATA', option: 'data', default: path.join(repositoryRoot, 'data'), about: 'the data folder (the SQLite file); default data/ in the repository' },
  databaseUrl: { env: 'DATABASE_URL', secret: true, about: 'a PostgreSQL server (postgres://…) instead of the SQLite file' },
  publicUrl: { env: 'TESSERA_PUBLIC_URL', option: 'public-url', about: 'the address people open (https://… makes cookies Secure and sends HSTS); default http://HOST:PORT/' },
  trustProxy: { env: 'TESSERA_TRUST_PROXY', option: 'trust-proxy', default: 'loopback', about: 'which reverse proxies say who the client is (X-Forwarded-For): false, true, a number of hops, or addresses' },
  maxXliffBytes: { env: 'TESSERA_MAX_XLIFF_BYTES', default: String(20 * 1024 * 1024), about: 'the largest XLIFF or TMX file accepted, in bytes' },
  maxSourceBytes: { env: 'TESSERA_MAX_SOURCE_BYTES', default: String(5 * 1024 * 1024), about: 'the largest statement accepted, in bytes' },
  metricsAllow: { env: 'TESSERA_METRICS_ALLOW', default: LOOPBACK, about: 'who may read /metrics: IP addresses and CIDR ranges, comma-separated (the client’s address as the trusted proxies tell it); anyone else gets 404' },
  logLevel: { env: 'TESSERA_LOG_LEVEL', default: 'info', about: `how much the server logs on stdout, as JSON lines (info: one line per request): ${LOG_LEVELS.join(', ')}` },
  drainTimeout: { env: 'TESSERA_DRAIN_TIMEOUT', default: '10', about: 'on SIGTERM, how many seconds requests in flight may take to finish before they are cut' },
  smtpUrl: { env: 'TESSERA_SMTP_URL', secret: true, about: 'the SMTP server that sends e-mail (smtp://user:password@host:587 or smtps://…:465); no e-mail is sent without it' },
  mailFrom: { env: 'TESSERA_MAIL_FROM', default: 'Tessera <tessera@localhost>', about: 'the sender of e-mail: an address, or a name and an address in angle brackets' },
  machineEngines: { env: 'TESSERA_MT_ENGINES', secret: true, default: '[]', about: 'the machine-translation engines, as a JSON array ([{"id":"apertium","kind":"apertium-apy","url":"http://127.0.0.1:2737"}]; see the README); none by default' },
} as const satisfies Record<string, SettingSource>;

interface SettingSource {
  /** The environment variable. */
  env: string;
  /** The command-line option (without `--`) that overrides it, if any. */
  option?: string;
  /** The text used when neither is given; no default: the setting is absent. */
  default?: string;
  /** Holds a password (in an address): `config check` masks it. */
  secret?: boolean;
  about: string;
}

type SettingName = keyof typeof SETTINGS;

/** Express's `trust proxy`: nobody, everybody, a number of hops, or the proxies' addresses (names such as `loopback` allowed). */
export type TrustProxy = boolean | number | string;

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const byteCount = z.string().regex(/^[1-9]\d*$/, 'must be a whole number of bytes above 0').transform(Number);

const settingValues = z.object({
  port: z
    .string()
    .regex(/^\d+$/, 'must be a port number (0–65535)')
    .transform(Number)
    .refine((port) => port <= 65535, 'must be a port number (0–65535)'),
  host: z.string().regex(/^[\w.:[\]-]+$/, 'must be a host name or an IP address'),
  dataDir: z.string().transform((dir) => path.resolve(dir)),
  databaseUrl: z
    .string()
    .refine((url) => URL.canParse(url) && ['postgres:', 'postgresql:'].includes(new URL(url).protocol), 'must be a postgres:// or postgresql:// address')
    .optional(),
  publicUrl: z
    .string()
    .refine((url) => URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol), 'must be an http:// or https:// address, such as https://tessera.example.org')
    .transform((url) => new URL(url))
    .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password, 'must be the address of the site itself, without a path, query or user (such as https://tessera.example.org)')
    .optional(),
  trustProxy: z.string().transform((text, context): TrustProxy => {
    if (text === 'true' || text === 'false') return text === 'true';
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(',').map((entry) => entry.trim());
    if (entries.includes('')) {
      context.addIssue({ code: 'custom', message: 'must not hold an empty entry' });
      return z.NEVER;
    }
    try {
      parseAddressList(entries.filter((entry) => !PROXY_NAMES.has(entry)).join(','));
    } catch (error) {
      context.addIssue({ code: 'custom', message: `must be false, true, a number of hops, or a list of loopback, linklocal, uniquelocal, addresses and CIDR ranges (${(error as Error).message})` });
      return z.NEVER;
    }
    return entries.join(',');
  }),
  maxXliffBytes: byteCount,
  maxSourceBytes: byteCount,
  metricsAllow: z.string().transform((text, context): AddressList => {
    try {
      return parseAddressList(text);
    } catch (error) {
      context.addIssue({ code: 'custom', message: `must be IP addresses and CIDR ranges, comma-separated (${(error as Error).message})` });
      return z.NEVER;
    }
  }),
  logLevel: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  drainTimeout: z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'must be a number of seconds')
    .transform(Number)
    .refine((seconds) => seconds > 0 && seconds <= 3600, 'must be more than 0 and at most 3600 seconds'),
  smtpUrl: z
    .string()
    .refine((url) => URL.canParse(url) && ['smtp:', 'smtps:'].includes(new URL(url).protocol) && new URL(url).hostname !== '', 'must be an smtp:// or smtps:// address with a host, such as smtp://user:password@mail.example.org:587')
    .refine((url) => !URL.canParse(url) || /^\d*$/.test(new URL(url).port), 'must have a port number')
    .optional(),
  machineEngines: z.string().transform((text, context) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a JSON array of engines' });
      return z.NEVER;
    }
    const parsed = engineConfigs.safeParse(json);
    if (!parsed.success) {
      context.addIssue({ code: 'custom', message: `must be a JSON array of engines (${parsed.error.issues.map((i) => `${i.path.join('.') || 'the array'}: ${i.message}`).join('; ')})` });
      return z.NEVER;
    }
    return parsed.data;
  }),
  mailFrom: z.string().regex(/^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, 'must be an e-mail address, or a name and an address in angle brackets (Tessera <tessera@example.org>)'),
} satisfies Record<SettingName, z.ZodType>);

/** The limits on what one upload or request may carry. */
export interface Limits {
  /** Largest XLIFF (or TMX) file accepted, in bytes. */
  xliffBytes: number;
  /** Largest statement accepted, in bytes. */
  sourceBytes: number;
}

export interface Settings {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when a database URL is set, else the SQLite file in the data folder. */
  database: DatabaseLocation;
  /** The address people open; https means Secure `__Host-` cookies and HSTS. */
  publicUrl: URL;
  trustProxy: TrustProxy;
  limits: Limits;
  /** Who may read `/metrics`. */
  metricsAllow: AddressList;
  logLevel: LogLevel;
  /** How long the drain on SIGTERM waits for requests in flight. */
  drainTimeoutMs: number;
  /** Where e-mail goes out and who sends it; null: no e-mail is sent. */
  mail: MailSettings | null;
  /** The machine-translation engines, in the order they are asked; none: no machine suggestions. */
  machineEngines: EngineConfig[];
}

export interface MailSettings {
  smtpUrl: string;
  from: string;
}

/** What the HTTP app needs of the settings. */
export type AppSettings = Pick<Settings, 'publicUrl' | 'trustProxy' | 'limits' | 'metricsAllow' | 'mail' | 'machineEngines'>;

/** One or more settings have impossible values; the message names each, where it came from and what is wanted. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

type SettingsInput = { env?: NodeJS.ProcessEnv; options?: Record<string, unknown> };

/** Each setting's text and where it came from: the command-line option when given, else the environment variable when not empty, else the default. */
function settingTexts({ env = process.env, options = {} }: SettingsInput) {
  const raw: Partial<Record<SettingName, string>> = {};
  const origin: Partial<Record<SettingName, string>> = {};
  for (const [name, source] of Object.entries(SETTINGS) as [SettingName, SettingSource][]) {
    const option = source.option === undefined ? undefined : options[source.option];
    const fromEnv = env[source.env];
    if (typeof option === 'string') [raw[name], origin[name]] = [option, `--${source.option}`];
    else if (fromEnv !== undefined && fromEnv !== '') [raw[name], origin[name]] = [fromEnv, source.env];
    else if (source.default !== undefined) [raw[name], origin[name]] = [source.default, `the default of ${source.env}`];
  }
  return { raw, origin };
}

/**
 * Reads every setting: the command-line option when given, else the environment variable when
 * not empty, else the default. Refuses impossible values (all of them, in one message).
 */
export function readSettings(input: SettingsInput = {}): Settings {
  const { raw, origin } = settingTexts(input);
  const parsed = settingValues.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path[0] as SettingName;
      const text = raw[name] ?? '';
      return `${origin[name] ?? SETTINGS[name].env} ${issue.message}, not “${(SETTINGS[name] as SettingSource).secret ? maskPassword(text) : text}”.`;
    });
    throw new SettingsError(problems.join('\n'));
  }
  const values = parsed.data;
  const hostInUrl = values.host.includes(':') ? `[${values.host}]` : values.host;
  return {
    port: values.port,
    host: values.host,
    dataDir: values.dataDir,
    database: values.databaseUrl ? { kind: 'postgres', url: values.databaseUrl } : { kind: 'sqlite', dataDir: values.dataDir },
    publicUrl: values.publicUrl ?? new URL(`http://${hostInUrl}:${values.port}/`),
    trustProxy: values.trustProxy,
    limits: { xliffBytes: values.maxXliffBytes, sourceBytes: values.maxSourceBytes },
    metricsAllow: values.metricsAllow,
    logLevel: values.logLevel,
    drainTimeoutMs: Math.round(values.drainTimeout * 1000),
    mail: values.smtpUrl ? { smtpUrl: values.smtpUrl, from: values.mailFrom } : null,
    machineEngines: values.machineEngines,
  };
}

/** Whether people reach the server over HTTPS (then cookies are `Secure` with the `__Host-` prefix, and HSTS is sent). */
export function servesHttps(settings: Pick<Settings, 'publicUrl'>): boolean {
  return settings.publicUrl.protocol === 'https:';
}

/** One setting as `tessera config check` shows it: its variable, its text (a password masked) and where the text came from. */
export interface SettingInForce {
  env: string;
  option?: string;
  /** Absent when the setting is not set and has no default. */
  text?: string;
  /** `--port`, `PORT`, `the default of PORT`. */
  origin?: string;
  about: string;
}

/** The text of every setting and where it came from, passwords masked; readSettings says whether they are possible. */
export function settingsInForce(input: SettingsInput = {}): SettingInForce[] {
  const { raw, origin } = settingTexts(input);
  return (Object.entries(SETTINGS) as [SettingName, SettingSource][]).map(([name, source]) => {
    const text = raw[name];
    return { env: source.env, option: source.option, text: text !== undefined && source.secret ? maskPassword(text) : text, origin: origin[name], about: source.about };
  });
}

/** An address with its password replaced by `****`; a secret that is not an address, wholly. */
export function maskPassword(text: string): string {
  if (!URL.canParse(text)) return '****';
  const url = new URL(text);
  if (url.password) url.password = '****';
  return url.href;
}

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './config.ts';
import { readSettings, servesHttps, SettingsError, settingsInForce } from './settings.ts';

const refusal = (input: Parameters<typeof readSettings>[0]) => {
  try {
    readSettings(input);
  } catch (error) {
    if (error instanceof SettingsError) return error.message;
    throw error;
  }
  throw new Error('the settings were accepted');
};

describe('readSettings', () => {
  it('has a default for everything a first start needs', () => {
    const settings = readSettings({ env: {} });
    expect(settings).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.join(repositoryRoot, 'data'),
      database: { kind: 'sqlite', dataDir: path.join(repositoryRoot, 'data') },
      trustProxy: 'loopback',
      limits: { xliffBytes: 20 * 1024 * 1024, sourceBytes: 5 * 1024 * 1024 },
    });
    expect(settings.publicUrl.href).toBe('http://127.0.0.1:3000/');
    expect(servesHttps(settings)).toBe(false);
  });

  it('reads the environment, and the command line over it; an empty variable counts as unset', () => {
    const env = { PORT: '8080', TESSERA_PUBLIC_URL: 'https://tessera.example.org', TESSERA_TRUST_PROXY: '10.0.0.0/8, loopback', TESSERA_DATA: '', DATABASE_URL: '', TESSERA_MAX_XLIFF_BYTES: '1000' };
    const settings = readSettings({ env, options: { port: '9000', 'trust-proxy': '2', data: 'elsewhere' } });
    expect(settings).toMatchObject({ port: 9000, trustProxy: 2, dataDir: path.resolve('elsewhere'), database: { kind: 'sqlite' }, limits: { xliffBytes: 1000 } });
    expect(settings.publicUrl.href).toBe('https://tessera.example.org/');
    expect(servesHttps(settings)).toBe(true);
    expect(readSettings({ env }).trustProxy).toBe('10.0.0.0/8,loopback');
    expect(readSettings({ env: { TESSERA_TRUST_PROXY: 'false' } }).trustProxy).toBe(false);
    expect(readSettings({ env: { DATABASE_URL: 'postgres://db.example.org/tessera' } }).database).toEqual({ kind: 'postgres', url: 'postgres://db.example.org/tessera' });
  });

  it('refuses impossible values, naming where each came from and what is wanted', () => {
    expect(refusal({ env: { PORT: '70000' } })).toBe('PORT must be a port number (0–65535), not “70000”.');
    expect(refusal({ env: {}, options: { port: 'eighty' } })).toBe('--port must be a port number (0–65535), not “eighty”.');
    expect(refusal({ env: { TESSERA_PUBLIC_URL: 'tessera.example.org' } })).toMatch(/^TESSERA_PUBLIC_URL must be an http:\/\/ or https:\/\/ address/);
    expect(refusal({ env: {}, options: { 'public-url': 'https://example.org/tessera/' } })).toMatch(/^--public-url must be the address of the site itself, without a path/);
    expect(refusal({ env: { TESSERA_TRUST_PROXY: '10.0.0.0/99' } })).toMatch(/^TESSERA_TRUST_PROXY must be false, true, a number of hops, or a list .*“10\.0\.0\.0\/99”/);
    expect(refusal({ env: { TESSERA_TRUST_PROXY: 'yes' } })).toMatch(/^TESSERA_TRUST_PROXY must be/);
    expect(refusal({ env: { TESSERA_MAX_SOURCE_BYTES: '0' } })).toBe('TESSERA_MAX_SOURCE_BYTES must be a whole number of bytes above 0, not “0”.');
    expect(refusal({ env: { DATABASE_URL: 'mysql://db/tessera' } })).toBe('DATABASE_URL must be a postgres:// or postgresql:// address, not “mysql://db/tessera”.');
  });

  it('names every impossible value at once', () => {
    expect(refusal({ env: { PORT: '-1', TESSERA_MAX_XLIFF_BYTES: 'lots' } }).split('\n')).toEqual([
      'PORT must be a port number (0–65535), not “-1”.',
      'TESSERA_MAX_XLIFF_BYTES must be a whole number of bytes above 0, not “lots”.',
    ]);
  });
});

describe('the operating settings', () => {
  it('default to metrics for loopback only, info logs and a 10-second drain', () => {
    const settings = readSettings({ env: {} });
    expect(settings.metricsAllow.has('127.0.0.1')).toBe(true);
    expect(settings.metricsAllow.has('::1')).toBe(true);
    expect(settings.metricsAllow.has('192.0.2.10')).toBe(false);
    expect(settings).toMatchObject({ logLevel: 'info', drainTimeoutMs: 10_000 });
  });

  it('read the environment', () => {
    const settings = readSettings({ env: { TESSERA_METRICS_ALLOW: '10.1.0.0/16, 127.0.0.1', TESSERA_LOG_LEVEL: 'warn', TESSERA_DRAIN_TIMEOUT: '2.5' } });
    expect(settings.metricsAllow.has('10.1.200.3')).toBe(true);
    expect(settings).toMatchObject({ logLevel: 'warn', drainTimeoutMs: 2500 });
  });

  it('refuse impossible values', () => {
    expect(refusal({ env: { TESSERA_METRICS_ALLOW: '10.0.0.0/33' } })).toMatch(/^TESSERA_METRICS_ALLOW must be IP addresses and CIDR ranges, comma-separated \(“10\.0\.0\.0\/33” is not/);
    expect(refusal({ env: { TESSERA_LOG_LEVEL: 'loud' } })).toBe('TESSERA_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not “loud”.');
    expect(refusal({ env: { TESSERA_DRAIN_TIMEOUT: '0' } })).toBe('TESSERA_DRAIN_TIMEOUT must be more than 0 and at most 3600 seconds, not “0”.');
    expect(refusal({ env: { TESSERA_DRAIN_TIMEOUT: 'soon' } })).toBe('TESSERA_DRAIN_TIMEOUT must be a number of seconds, not “soon”.');
  });
});

describe('settingsInForce', () => {
  it('tells each setting’s text and where it came from, with passwords masked, also in a refusal', () => {
    const env = { DATABASE_URL: 'postgres://tessera:s3cret-pw@db.example.org/tessera', TESSERA_LOG_LEVEL: 'debug' };
    const shown = settingsInForce({ env, options: { port: '8080' } });
    expect(shown.find((s) => s.env === 'PORT')).toMatchObject({ text: '8080', origin: '--port' });
    expect(shown.find((s) => s.env === 'TESSERA_LOG_LEVEL')).toMatchObject({ text: 'debug', origin: 'TESSERA_LOG_LEVEL' });
    expect(shown.find((s) => s.env === 'TESSERA_DRAIN_TIMEOUT')).toMatchObject({ text: '10', origin: 'the default of TESSERA_DRAIN_TIMEOUT' });
    expect(shown.find((s) => s.env === 'DATABASE_URL')!.text).toBe('postgres://tessera:****@db.example.org/tessera');
    expect(JSON.stringify(shown)).not.toContain('s3cret-pw');
    expect(refusal({ env: { DATABASE_URL: 'mysql://tessera:s3cret-pw@db.example.org/tessera' } })).toBe(
      'DATABASE_URL must be a postgres:// or postgresql:// address, not “mysql://tessera:****@db.example.org/tessera”.',
    );
  });
});

describe('the machine-translation engines', () => {
  it('are none by default, and read from TESSERA_MT_ENGINES with their defaults', () => {
    expect(readSettings({ env: {} }).machineEngines).toEqual([]);
    const engines = readSettings({ env: { TESSERA_MT_ENGINES: '[{"id":"apertium","kind":"apertium-apy","url":"http://127.0.0.1:2737"}]' } }).machineEngines;
    expect(engines).toEqual([{ id: 'apertium', kind: 'apertium-apy', url: 'http://127.0.0.1:2737', location: 'deployment', timeoutMs: 10_000, requestsPerSecond: 20 }]);
  });

  it('refuse what is not a list of engines Tessera can ask, and mask it (it may hold an API key)', () => {
    expect(refusal({ env: { TESSERA_MT_ENGINES: 'apertium' } })).toBe('TESSERA_MT_ENGINES must be a JSON array of engines, not “****”.');
    expect(refusal({ env: { TESSERA_MT_ENGINES: '[{"id":"x","kind":"deepl","url":"http://127.0.0.1:1"}]' } })).toMatch(/^TESSERA_MT_ENGINES must be a JSON array of engines \(0\.kind: the kind must be one of apertium-apy, libretranslate\)/);
    expect(refusal({ env: { TESSERA_MT_ENGINES: '[{"id":"a","kind":"apertium-apy","url":"ftp://x"},{"id":"a","kind":"libretranslate","url":"http://y"}]' } })).toMatch(/0\.url: the url must be an http:\/\/ or https:\/\/ address/);
    expect(settingsInForce({ env: { TESSERA_MT_ENGINES: '[{"id":"a","kind":"libretranslate","url":"http://y","apiKey":"secret"}]' } }).find((s) => s.env === 'TESSERA_MT_ENGINES')!.text).toBe('****');
  });
});

import { describe, expect, it } from 'vitest';
import { deviceSummary } from './deviceSummary.ts';

describe('deviceSummary', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox on Linux'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0', 'Edge on Windows'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36', 'Chrome on Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari on iOS'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'Safari on macOS'],
    ['curl/8.5.0', 'curl'],
  ])('%s → %s', (agent, summary) => {
    expect(deviceSummary(agent)).toBe(summary);
  });

  it('says nothing it does not recognize', () => {
    expect(deviceSummary('node')).toBeNull();
    expect(deviceSummary('')).toBeNull();
    expect(deviceSummary(null)).toBeNull();
  });
});

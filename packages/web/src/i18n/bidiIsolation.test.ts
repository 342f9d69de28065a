import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import ar from '../../../../locales/ar/ui.json';
import en from '../../../../locales/en/ui.json';
import { bidiSafeIcu, isolatedValues } from './bidiIsolation.ts';

async function translator(lng: 'ar' | 'en') {
  const instance = i18next.createInstance();
  await instance.use(bidiSafeIcu()).init({ resources: { ar: { translation: ar }, en: { translation: en } }, lng, initAsync: false });
  return instance;
}

describe('values in right-to-left messages', () => {
  it('isolates each text put into an Arabic message, so that a Latin name and a date keep their order', async () => {
    const t = (await translator('ar')).t;
    expect(t('editor.lastChange', { user: 'Demo Reviewer', date: '06/12/2026' })).toBe('\u2068Demo Reviewer\u2069 · \u206806/12/2026\u2069');
    // Numbers stay numbers: the plural still chooses its form.
    expect(t('suggestions.title', { count: 2 })).toBe('اقتراحان');
  });

  it('leaves left-to-right messages as they are', async () => {
    const t = (await translator('en')).t;
    expect(t('editor.lastChange', { user: 'Demo Reviewer', date: '06/12/2026' })).toBe('Demo Reviewer · 06/12/2026');
  });

  it('isolates texts only, not numbers or empty values', () => {
    expect(isolatedValues({ name: 'Ana', count: 3, empty: '' })).toEqual({ name: '\u2068Ana\u2069', count: 3, empty: '' });
    expect(isolatedValues(undefined)).toBeUndefined();
  });
});

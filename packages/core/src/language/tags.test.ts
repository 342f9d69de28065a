import { describe, expect, it } from 'vitest';
import { canonicalLanguage, directionOf, languageMatches, primaryLanguage } from './tags.ts';

describe('language tags', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['zh_Hant', 'zh'],
    [' EN ', 'en'],
    ['ckb', 'ckb'],
    ['', ''],
  ])('the primary language of %j is %j', (tag, primary) => {
    expect(primaryLanguage(tag)).toBe(primary);
  });

  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['dv', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ar-Latn', 'ltr'],
    ['en', 'ltr'],
    ['ja', 'ltr'],
    ['not a tag', 'ltr'],
  ])('%s is written %s', (tag, direction) => {
    expect(directionOf(tag)).toBe(direction);
  });

  it('canonicalises well-formed tags and matches sub-languages as lang() does', () => {
    expect(canonicalLanguage('EN-gb')).toBe('en-GB');
    expect(canonicalLanguage('not a tag')).toBeNull();
    expect(languageMatches('en-IE', 'en')).toBe(true);
    expect(languageMatches('eno', 'en')).toBe(false);
  });
});

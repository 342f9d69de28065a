/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}

/** A well-formed BCP 47 tag (as far as Intl accepts it), canonicalised; null when it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical ?? null;
  } catch {
    return null;
  }
}

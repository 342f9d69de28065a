/**
 * Language tags (BCP 47), in one place: a tag's primary language, the direction its script is
 * written in, its canonical form, whether it is well-formed, and XPath's lang() matching.
 */

/** The primary language subtag, lower case: `pt-BR` → `pt`, `zh_Hant` → `zh`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Scripts written right to left. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);

const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * The direction a language is written in, from the script its tag names or implies (`ar` →
 * Arabic → rtl, `ar-Latn` → ltr, `az-Arab` → rtl); ltr for a tag that is not one.
 */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  let direction = directions.get(tag);
  if (!direction) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(tag.replace(/_/g, '-')).maximize().script;
    } catch {
      script = undefined;
    }
    direction = script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    directions.set(tag, direction);
  }
  return direction;
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

/**
 * Well-formed BCP 47 language tags (RFC 5646, section 2.1: syntax only, no registry lookup), as
 * XLIFF 2 requires of srcLang, trgLang and xml:lang.
 */
const LANGTAG =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$/i;

const IRREGULAR = new Set([
  'en-gb-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-be-fr',
  'sgn-be-nl',
  'sgn-ch-de',
]);

export function isWellFormedLanguageTag(tag: string): boolean {
  return LANGTAG.test(tag) || IRREGULAR.has(tag.toLowerCase());
}

/** XPath's lang(): `tag` is `range` or a sub-language of it (`en-IE` matches `en`), ignoring case. */
export function languageMatches(tag: string, range: string): boolean {
  const t = tag.toLowerCase();
  const r = range.toLowerCase();
  return t === r || t.startsWith(r + '-');
}

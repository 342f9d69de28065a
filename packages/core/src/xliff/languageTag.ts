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

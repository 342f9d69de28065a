/**
 * A replacement for a typography rule that applies only right after a character of `klass` (a
 * class of single characters, e.g. `[\p{Script=Arabic}]`), as a lookbehind would, but looked at
 * only where the rule's pattern matched: the text is searched for the mark alone. The rule's
 * pattern must have no groups (the replacement gets the match, where it starts and the text).
 */
export function whenAfter(klass: string, change: (match: string) => string): (match: string, offset: number, text: string) => string {
  const before = new RegExp(`^${klass}$`, 'u');
  const known = new Map<number, boolean>();
  return (match, offset, text) => {
    if (offset === 0) return match;
    let code = text.charCodeAt(offset - 1);
    if (code >= 0xdc00 && code <= 0xdfff && offset >= 2) {
      const high = text.charCodeAt(offset - 2);
      if (high >= 0xd800 && high <= 0xdbff) code = (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
    }
    let after = known.get(code);
    if (after === undefined) {
      after = before.test(String.fromCodePoint(code));
      known.set(code, after);
    }
    return after ? change(match) : match;
  };
}

/**
 * A source sentence shortened for a list: at most `max` characters (by code point, so no
 * character is cut in half), ending at a word boundary when there is one near the end.
 */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  // Break at the last space unless it would throw away more than a third of the room.
  const kept = space > (max * 2) / 3 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

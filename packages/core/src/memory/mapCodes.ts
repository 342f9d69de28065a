import type { Content, InlineCode } from '../model/document.ts';
import { targetWithSourceCodes } from '../model/contentEditing.ts';

/** A code of a source, or a pair of them (an `open` and its `close`): what is mapped as one. */
interface CodeGroup {
  /** `pair` or `standalone`. */
  shape: 'pair' | 'standalone';
  id: string;
  name: string;
}

function groupsOf(source: Content): CodeGroup[] {
  const groups: CodeGroup[] = [];
  const seen = new Set<string>();
  for (const part of source) {
    if (typeof part === 'string' || part.kind === 'close') continue;
    const shape = part.kind === 'open' ? 'pair' : 'standalone';
    const key = `${shape}:${part.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ shape, id: part.id, name: part.name });
  }
  return groups;
}

/**
 * Which code group of `current` each group of `stored` becomes: first those of the same shape and
 * name, in order (the second bold of the stored source is the second bold of this one), then the
 * remaining ones of the same shape, in order. Groups left over on either side are not mapped.
 */
function groupMapping(stored: CodeGroup[], current: CodeGroup[]): Map<string, string> {
  const mapping = new Map<string, string>();
  const taken = new Set<CodeGroup>();
  const pass = (same: (a: CodeGroup, b: CodeGroup) => boolean) => {
    for (const from of stored) {
      const key = `${from.shape}:${from.id}`;
      if (mapping.has(key)) continue;
      const to = current.find((c) => !taken.has(c) && same(from, c));
      if (!to) continue;
      taken.add(to);
      mapping.set(key, to.id);
    }
  };
  pass((a, b) => a.shape === b.shape && a.name === b.name);
  pass((a, b) => a.shape === b.shape);
  return mapping;
}

/**
 * A stored translation made to fit the unit it is offered for: each of its inline codes becomes
 * the code of `currentSource` in the same place — by shape (a pair or a standalone code), name and
 * order in `storedSource`, the source it was translated from — so it carries this unit's codes
 * (its links' addresses, its ids). A code with no counterpart here is dropped (the quality check
 * for missing codes then names what the translation lacks); the text is kept as it is.
 */
export function mapTargetCodes(target: Content, storedSource: Content, currentSource: Content): Content {
  const mapping = groupMapping(groupsOf(storedSource), groupsOf(currentSource));
  const mapped = target.flatMap((part): Content => {
    if (typeof part === 'string') return [part];
    const id = mapping.get(`${part.kind === 'standalone' ? 'standalone' : 'pair'}:${part.id}`);
    return id === undefined ? [] : [{ ...part, id } satisfies InlineCode];
  });
  // The codes themselves (names, attributes) are the current source's.
  return targetWithSourceCodes(mapped, currentSource);
}

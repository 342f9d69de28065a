/** A credit line as a published version froze it: the name shown, and whatever else it says. */
export interface FrozenCredit {
  name: string;
}

/**
 * The credits of a published version with `names` (the names an erased person was credited
 * under) replaced by `shownAs`; everything else as it was, in the same order. Null when none of
 * the names appears, so that nothing needs writing.
 */
export function creditsWithErasedNames<C extends FrozenCredit>(credits: readonly C[], names: ReadonlySet<string>, shownAs: string): C[] | null {
  if (!credits.some((c) => names.has(c.name))) return null;
  return credits.map((c) => (names.has(c.name) ? { ...c, name: shownAs } : c));
}

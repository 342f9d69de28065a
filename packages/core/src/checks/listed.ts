/** How many items a message names; the others are only counted. */
export const LISTED = 10;

/** The first items of a list, to name in a message, and how many there are in all (`count`, for plurals). */
export function listed(items: readonly string[]): { items: string[]; count: number } {
  const unique = [...new Set(items)];
  return { items: unique.slice(0, LISTED), count: unique.length };
}

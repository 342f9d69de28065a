/** The widths of a stacked progress bar, as pure arithmetic. */

/** The parts, in order, each cut to what is left of `room` after the ones before it. */
export function stack(room: number, parts: readonly number[]): number[] {
  let left = Math.max(0, room);
  return parts.map((part) => {
    const width = Math.min(Math.max(0, part), left);
    left -= width;
    return width;
  });
}

/** A part of the total as a CSS width, between 0% and 100%. */
export function share(part: number, total: number): string {
  return total > 0 ? `${Math.min(100, Math.max(0, (part / total) * 100))}%` : '0%';
}

/** Whether a version under embargo until `embargoUntil` (ISO 8601, or none) may be shown at `now`. */
export function isReleased(embargoUntil: string | null, now: Date): boolean {
  return embargoUntil === null || Date.parse(embargoUntil) <= now.getTime();
}

/**
 * Who is editing which unit, from the `presence` events of the live stream: one entry per other
 * user, replaced by their next event, forgotten when they stop or fall silent for a minute.
 */

/** A report older than this is forgotten (editors repeat theirs every 30 s while they edit). */
export const PRESENCE_TTL_MS = 60_000;

export interface PresenceReport {
  userId: number;
  user: string;
  /** The unit they are editing, or null when they stopped. */
  unitId: number | null;
}

interface Entry {
  user: string;
  unitId: number;
  /** When the report arrived (ms since the epoch). */
  at: number;
}

/** Other users' current reports, by user id. */
export type Presence = ReadonlyMap<number, Entry>;

export const noPresence: Presence = new Map();

/** The presence after `report` arrived at `now`; the signed-in user's own reports are ignored. */
export function withReport(presence: Presence, report: PresenceReport, now: number, selfId: number): Presence {
  if (report.userId === selfId) return presence;
  const next = new Map(presence);
  if (report.unitId === null) next.delete(report.userId);
  else next.set(report.userId, { user: report.user, unitId: report.unitId, at: now });
  return next;
}

/** The presence without reports that expired by `now` (the same object when none did). */
export function withoutExpired(presence: Presence, now: number): Presence {
  const live = [...presence].filter(([, entry]) => now - entry.at < PRESENCE_TTL_MS);
  return live.length === presence.size ? presence : new Map(live);
}

/** Milliseconds until the next report expires, or null when there is none. */
export function nextExpiry(presence: Presence, now: number): number | null {
  let soonest: number | null = null;
  for (const entry of presence.values()) {
    const left = Math.max(0, entry.at + PRESENCE_TTL_MS - now);
    if (soonest === null || left < soonest) soonest = left;
  }
  return soonest;
}

/** For each unit someone is editing, their names (sorted), leaving out expired reports. */
export function editorsByUnit(presence: Presence, now: number): Map<number, string[]> {
  const byUnit = new Map<number, string[]>();
  for (const entry of withoutExpired(presence, now).values()) {
    const names = byUnit.get(entry.unitId) ?? [];
    if (!names.includes(entry.user)) names.push(entry.user);
    byUnit.set(entry.unitId, names);
  }
  for (const names of byUnit.values()) names.sort((a, b) => a.localeCompare(b));
  return byUnit;
}

import type { UserRow } from '../db/schema.ts';

/**
 * Who is acting: a signed-in user (whose memberships decide), or the command line run by someone
 * with access to the data folder (who may do everything, and is named in the history).
 */
export type Actor = { kind: 'user'; user: UserRow } | { kind: 'operator'; name: string };

export function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.user.name : actor.name;
}

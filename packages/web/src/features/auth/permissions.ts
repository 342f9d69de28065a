import { mayCoordinate, mayOnLanguage } from '@tessera/core';
import type { MembershipView } from '@tessera/core/contract';

/** What the signed-in user may do in one language of one project, by the rules the server enforces. */
export interface Abilities {
  translate: boolean;
  review: boolean;
  coordinate: boolean;
}

export function abilitiesFor(memberships: readonly MembershipView[], lang: string): Abilities {
  return {
    translate: mayOnLanguage(memberships, 'translate', lang),
    review: mayOnLanguage(memberships, 'review', lang),
    coordinate: mayCoordinate(memberships),
  };
}

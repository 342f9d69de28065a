import { describe, expect, it } from 'vitest';
import { can, type Membership } from './permissions.ts';

const translatorFr: Membership[] = [{ role: 'translator', lang: 'fr' }];
const reviewerAll: Membership[] = [{ role: 'reviewer', lang: null }];
const coordinator: Membership[] = [{ role: 'coordinator', lang: null }];

describe('can', () => {
  it.each([
    ['a translator of French', translatorFr, { do: 'translate', lang: 'fr' }, true],
    ['a translator of French, in Japanese', translatorFr, { do: 'read', lang: 'ja' }, false],
    ['a translator', translatorFr, { do: 'review', lang: 'fr' }, false],
    ['a reviewer of every language', reviewerAll, { do: 'review', lang: 'ar' }, true],
    ['a reviewer', reviewerAll, { do: 'coordinate' }, false],
    ['a coordinator', coordinator, { do: 'review', lang: 'ja' }, true],
    ['a coordinator', coordinator, { do: 'coordinate' }, true],
    ['any member', translatorFr, { do: 'see' }, true],
    ['someone who is no member', [], { do: 'see' }, false],
    ['someone who is no member', [], { do: 'read', lang: 'fr' }, false],
  ] as const)('%s: %j → %s', (_who, memberships, action, allowed) => {
    expect(can(memberships, action)).toBe(allowed);
  });
});

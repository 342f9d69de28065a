import type { TranslationState } from '../model/states.ts';

/**
 * How our translation states travel in XLIFF 1.2.
 *
 * Writing (one XLIFF form per state, so reading our own files gives the state back):
 *
 * | state          | `<trans-unit>`   | `<target>`                                                     |
 * |----------------|------------------|----------------------------------------------------------------|
 * | `untranslated` |                  | none; `state="new"` when a target is present anyway             |
 * | `translated`   |                  | `state="translated"`                                           |
 * | `needs-review` |                  | `state="needs-review-translation"`                             |
 * | `approved`     | `approved="yes"` | `state="signed-off"`                                           |
 * | `rejected`     |                  | `state="needs-translation" state-qualifier="rejected-inaccurate"` |
 *
 * `rejected-inaccurate` is XLIFF's own qualifier for a translation a reviewer
 * turned down; it marks our rejections apart from the plain
 * `needs-translation` other tools write for text nobody has translated yet.
 * A unit in any state but `untranslated` always gets a `<target>` (empty when
 * it has no content), since XLIFF 1.2 keeps the state on the target.
 *
 * Reading also accepts what other tools write:
 * - no `<target>` → `untranslated`, whatever else the unit says;
 * - `approved="yes"`, `signed-off` or `final` → `approved`;
 * - a `rejected-…` state-qualifier → `rejected`;
 * - `translated` → `translated`; `needs-review-*` → `needs-review`;
 * - `new`, `needs-translation`, `needs-l10n`, `needs-adaptation` → `untranslated`
 *   (the target is still returned: it may be a draft or a copy of the source);
 * - no state or a custom `x-…` state → `translated` when the target has content, else `untranslated`.
 *
 * An empty target means "no translation" to any consumer, whatever state it carries.
 */

export interface State12 {
  /** Value of `<target state>`, or null when no target is written. */
  targetState: string | null;
  stateQualifier: string | null;
  approved: boolean;
}

const STATES_12: Readonly<Record<TranslationState, Readonly<State12>>> = {
  untranslated: { targetState: 'new', stateQualifier: null, approved: false },
  translated: { targetState: 'translated', stateQualifier: null, approved: false },
  'needs-review': { targetState: 'needs-review-translation', stateQualifier: null, approved: false },
  approved: { targetState: 'signed-off', stateQualifier: null, approved: true },
  rejected: { targetState: 'needs-translation', stateQualifier: 'rejected-inaccurate', approved: false },
};
const NO_TARGET: Readonly<State12> = { targetState: null, stateQualifier: null, approved: false };

export function state12For(state: TranslationState, hasTarget: boolean): Readonly<State12> {
  return state === 'untranslated' && !hasTarget ? NO_TARGET : STATES_12[state];
}

const FROM_TARGET_STATE: Record<string, TranslationState> = {
  new: 'untranslated',
  'needs-translation': 'untranslated',
  'needs-l10n': 'untranslated',
  'needs-adaptation': 'untranslated',
  translated: 'translated',
  'needs-review-translation': 'needs-review',
  'needs-review-l10n': 'needs-review',
  'needs-review-adaptation': 'needs-review',
  'signed-off': 'approved',
  final: 'approved',
};

export function stateFrom12(input: {
  hasTarget: boolean;
  targetState: string | undefined;
  stateQualifier: string | undefined;
  approved: boolean;
  targetHasContent: boolean;
}): TranslationState {
  if (!input.hasTarget) return 'untranslated';
  if (input.approved) return 'approved';
  if (input.stateQualifier?.startsWith('rejected-')) return 'rejected';
  const { targetState } = input;
  if (targetState !== undefined && Object.hasOwn(FROM_TARGET_STATE, targetState)) return FROM_TARGET_STATE[targetState] as TranslationState;
  return input.targetHasContent ? 'translated' : 'untranslated';
}

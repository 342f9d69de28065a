import type { TranslationState } from '../model/states.ts';

/**
 * How our translation states travel in XLIFF 1.2.
 *
 * Writing (one XLIFF form per state, so reading our own files gives the state back):
 *
 * | state          | `<trans-unit>`   | `<target>`                                         |
 * |----------------|------------------|----------------------------------------------------|
 * | `untranslated` |                  | none; `state="new"` when a target is present anyway |
 * | `translated`   |                  | `state="translated"`                               |
 * | `approved`     | `approved="yes"` | `state="signed-off"`                               |
 * | `rejected`     |                  | `state="needs-translation"` (a reviewer sent it back) |
 *
 * A unit in any state but `untranslated` always gets a `<target>` (empty when
 * it has no content), since XLIFF 1.2 keeps the state on the target.
 *
 * Reading also accepts what other tools write:
 * - no `<target>` → `untranslated`, whatever else the unit says;
 * - `approved="yes"`, `signed-off` or `final` → `approved`;
 * - `translated` and `needs-review-*` (translated, waiting for review) → `translated`;
 * - `needs-translation`, `needs-l10n`, `needs-adaptation` → `rejected`;
 * - `new` → `untranslated`;
 * - no state or a custom `x-…` state → `translated` when the target has content, else `untranslated`.
 *
 * An empty target means "no translation" to any consumer, whatever state it carries.
 */

export interface State12 {
  /** Value of `<target state>`, or null when no target is written. */
  targetState: string | null;
  approved: boolean;
}

export function state12For(state: TranslationState, hasTarget: boolean): State12 {
  switch (state) {
    case 'untranslated':
      return { targetState: hasTarget ? 'new' : null, approved: false };
    case 'translated':
      return { targetState: 'translated', approved: false };
    case 'approved':
      return { targetState: 'signed-off', approved: true };
    case 'rejected':
      return { targetState: 'needs-translation', approved: false };
  }
}

const FROM_TARGET_STATE: Record<string, TranslationState> = {
  new: 'untranslated',
  translated: 'translated',
  'needs-review-translation': 'translated',
  'needs-review-l10n': 'translated',
  'needs-review-adaptation': 'translated',
  'needs-translation': 'rejected',
  'needs-l10n': 'rejected',
  'needs-adaptation': 'rejected',
  'signed-off': 'approved',
  final: 'approved',
};

export function stateFrom12(input: {
  hasTarget: boolean;
  targetState: string | undefined;
  approved: boolean;
  targetHasContent: boolean;
}): TranslationState {
  if (!input.hasTarget) return 'untranslated';
  if (input.approved) return 'approved';
  const known = input.targetState === undefined ? undefined : Object.hasOwn(FROM_TARGET_STATE, input.targetState) ? FROM_TARGET_STATE[input.targetState] : undefined;
  if (known) return known;
  return input.targetHasContent ? 'translated' : 'untranslated';
}

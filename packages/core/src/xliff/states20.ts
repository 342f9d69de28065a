import type { TranslationState } from '../model/states.ts';

/**
 * How our translation states travel in XLIFF 2.0 (`<segment state subState>`).
 *
 * Writing (one form per state, so reading our own files gives the state back):
 *
 * | state          | `state`      | `subState`           | why                                                      |
 * |----------------|--------------|----------------------|----------------------------------------------------------|
 * | `untranslated` | `initial`    |                      | no `<target>` unless there is a draft                    |
 * | `translated`   | `translated` |                      |                                                          |
 * | `needs-review` | `translated` | `tessera:needs-review` | it has a translation, which someone must check          |
 * | `approved`     | `final`      |                      | approved text is what gets published: the end of the process, not an intermediate `reviewed` |
 * | `rejected`     | `initial`    | `tessera:rejected`   | a rejected translation must be done again; `translated` would tell other tools it is finished |
 *
 * A segment in any state but `untranslated` always gets a `<target>` (empty when it has no content):
 * XLIFF 2 requires one for `translated` and `final`, and a rejection is about the text it rejects.
 *
 * Reading also accepts what other tools write:
 * - no `<target>` → `untranslated`, whatever the state says;
 * - `subState="tessera:rejected"` / `"tessera:needs-review"` → `rejected` / `needs-review`;
 * - `final` and `reviewed` → `approved` (both mean someone checked the translation; Tessera has no step in between);
 * - `translated` → `translated`; `initial` → `untranslated` (the target is still returned: it may be a draft);
 * - no `state` attribute (many tools write none) → `translated` when the target has content, else `untranslated`.
 * Other tools' `subState` values are ignored.
 */

export const SUBSTATE_NEEDS_REVIEW = 'tessera:needs-review';
export const SUBSTATE_REJECTED = 'tessera:rejected';

export interface State20 {
  state: 'initial' | 'translated' | 'reviewed' | 'final';
  subState: string | null;
  /** Whether a `<target>` must be written even when the unit has none (written empty). */
  needsTarget: boolean;
}

const STATES_20: Readonly<Record<TranslationState, Readonly<State20>>> = {
  untranslated: { state: 'initial', subState: null, needsTarget: false },
  translated: { state: 'translated', subState: null, needsTarget: true },
  'needs-review': { state: 'translated', subState: SUBSTATE_NEEDS_REVIEW, needsTarget: true },
  approved: { state: 'final', subState: null, needsTarget: true },
  rejected: { state: 'initial', subState: SUBSTATE_REJECTED, needsTarget: true },
};

export function state20For(state: TranslationState): Readonly<State20> {
  return STATES_20[state];
}

export function stateFrom20(hasTarget: boolean, state: string | undefined, subState: string | undefined, targetHasContent: boolean): TranslationState {
  if (!hasTarget) return 'untranslated';
  if (subState !== undefined) {
    if (subState === SUBSTATE_REJECTED) return 'rejected';
    if (subState === SUBSTATE_NEEDS_REVIEW) return 'needs-review';
  }
  switch (state) {
    case 'final':
    case 'reviewed':
      return 'approved';
    case 'translated':
      return 'translated';
    case 'initial':
      return 'untranslated';
    default:
      return targetHasContent ? 'translated' : 'untranslated';
  }
}

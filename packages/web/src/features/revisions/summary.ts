/** How a revision summary is laid out for the coordinator: counts, languages, changes by kind. */
import type { RevisionSummaryView } from '@tessera/core/contract';

export type Change = RevisionSummaryView['changes'][number];
export type ChangeKind = Change['kind'];
export type CountKind = 'kept' | ChangeKind;

/** Changes a coordinator most needs to see come first: rewordings (their translations go to review). */
const GROUP_ORDER: readonly ChangeKind[] = ['edited', 'added', 'retired', 'retouched'];

/** Groups longer than this start closed, so that a long signatory list does not bury the rewordings. */
export const OPEN_GROUP_LIMIT = 20;

export interface ChangeGroup {
  kind: ChangeKind;
  changes: Change[];
  startsOpen: boolean;
}

/** The changes by kind, in `GROUP_ORDER`, each in the order of the document; kinds without changes left out. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  return GROUP_ORDER.flatMap((kind) => {
    const ofKind = changes.filter((change) => change.kind === kind);
    return ofKind.length > 0 ? [{ kind, changes: ofKind, startsOpen: ofKind.length <= OPEN_GROUP_LIMIT }] : [];
  });
}

/** The counts to list: every kind that has units, and always the units kept as they were. */
export function countLines(summary: RevisionSummaryView): { kind: CountKind; count: number }[] {
  return (['edited', 'added', 'retired', 'retouched', 'kept'] as const)
    .map((kind) => ({ kind, count: summary[kind] }))
    .filter(({ kind, count }) => count > 0 || kind === 'kept');
}

/** Whether the new version changes no sentence at all. */
export function changesNothing(summary: RevisionSummaryView): boolean {
  return summary.retouched + summary.edited + summary.added + summary.retired === 0;
}

export interface LanguageLine {
  lang: string;
  kept: number;
  toReview: number;
  retired: number;
}

/** One line per target language, in the project's order (any other language the summary names after them). */
export function languageLines(summary: RevisionSummaryView, langs: readonly string[]): LanguageLine[] {
  const named = [...Object.keys(summary.translationsKept), ...Object.keys(summary.translationsToReview), ...Object.keys(summary.translationsRetired)];
  const all = [...new Set([...langs, ...named])];
  return all.map((lang) => ({
    lang,
    kept: summary.translationsKept[lang] ?? 0,
    toReview: summary.translationsToReview[lang] ?? 0,
    retired: summary.translationsRetired[lang] ?? 0,
  }));
}

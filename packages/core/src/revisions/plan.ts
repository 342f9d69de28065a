import { contentText, type SourceDocument, type Unit } from '../model/document.ts';
import type { TranslationState } from '../model/states.ts';
import { alignRevisions, type Alignment } from './align.ts';

/** A unit of the revision in force, with the state of its translation into each target language. */
export interface UnitInForce {
  id: number;
  text: string;
  states: Record<string, TranslationState>;
}

export interface RevisionChange {
  kind: 'retouched' | 'edited' | 'added' | 'retired';
  before?: string;
  after?: string;
}

export interface RevisionSummary {
  kept: number;
  retouched: number;
  edited: number;
  added: number;
  retired: number;
  /** Per language: translations that carry over unchanged in state. */
  translationsKept: Record<string, number>;
  /** Per language: translations that carry over as `needs-review` because their source was reworded. */
  translationsToReview: Record<string, number>;
  /** Per language: translations of retired units (kept in history, no longer published). */
  translationsRetired: Record<string, number>;
  /** Every change but the units kept as they were, in the new revision's order (retired ones last). */
  changes: RevisionChange[];
}

export interface RevisionPlan {
  /** The new revision's units in reading order, each with what it aligns to. */
  units: { unit: Unit; blockIndex: number; alignment: Alignment }[];
  retired: number[];
  summary: RevisionSummary;
}

const hasText = (state: TranslationState | undefined) => state !== undefined && state !== 'untranslated';

/** Works out what importing `next` over the units in force would do, without doing it. */
export function planRevision(inForce: readonly UnitInForce[], next: SourceDocument, langs: readonly string[]): RevisionPlan {
  const units = next.blocks.flatMap((block, blockIndex) => block.units.map((unit) => ({ unit, blockIndex })));
  const alignment = alignRevisions(
    inForce.map((u) => ({ id: u.id, text: u.text })),
    units.map(({ unit }) => contentText(unit.source)),
  );
  const byId = new Map(inForce.map((u) => [u.id, u]));
  const perLang = () => Object.fromEntries(langs.map((l) => [l, 0])) as Record<string, number>;
  const summary: RevisionSummary = {
    kept: 0,
    retouched: 0,
    edited: 0,
    added: 0,
    retired: alignment.retired.length,
    translationsKept: perLang(),
    translationsToReview: perLang(),
    translationsRetired: perLang(),
    changes: [],
  };
  for (const a of alignment.units) {
    summary[a.kind]++;
    const after = contentText(units[a.newIndex]!.unit.source);
    if (a.kind === 'added') {
      summary.changes.push({ kind: 'added', after });
      continue;
    }
    const old = byId.get(a.oldId)!;
    for (const lang of langs) {
      if (!hasText(old.states[lang])) continue;
      if (a.kind === 'edited') summary.translationsToReview[lang]!++;
      else summary.translationsKept[lang]!++;
    }
    if (a.kind !== 'kept') summary.changes.push({ kind: a.kind, before: old.text, after });
  }
  for (const id of alignment.retired) {
    const old = byId.get(id)!;
    for (const lang of langs) if (hasText(old.states[lang])) summary.translationsRetired[lang]!++;
    summary.changes.push({ kind: 'retired', before: old.text });
  }
  return {
    units: alignment.units.map((a) => ({ ...units[a.newIndex]!, alignment: a })),
    retired: alignment.retired,
    summary,
  };
}

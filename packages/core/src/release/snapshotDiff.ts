import { contentText } from '../model/document.ts';
import type { LanguageUnit } from './languageUnit.ts';

/** What one unit contributed to a published version: its text, and whether that was the source standing in. */
export interface PublishedUnit {
  text: string;
  /** Source text published in place of a missing approval (publication with fallback). */
  fallback: boolean;
}

/** The units of a published version by unit id; units left out are absent. */
export type PublishedUnits = Record<string, PublishedUnit>;

export type PublishedUnitInput = LanguageUnit;

/**
 * What each unit puts into a publication: the approved translation, the source of a
 * do-not-translate unit, or (only with fallback) the source in place of a missing approval.
 * Drafts never appear.
 */
export function publishedUnits(units: readonly PublishedUnitInput[], allowFallback: boolean): PublishedUnits {
  const out: PublishedUnits = {};
  for (const unit of units) {
    if (!unit.translate) out[unit.id] = { text: contentText(unit.source), fallback: false };
    else if (unit.state === 'approved') out[unit.id] = { text: contentText(unit.target), fallback: false };
    else if (allowFallback) out[unit.id] = { text: contentText(unit.source), fallback: true };
  }
  return out;
}

export interface UnitChange {
  unitId: number;
  kind: 'added' | 'changed' | 'removed';
  before: PublishedUnit | null;
  after: PublishedUnit | null;
}

/** The units whose published text (or fallback mark) differs between two versions, in unit order. */
export function diffPublishedUnits(previous: PublishedUnits | null, next: PublishedUnits): UnitChange[] {
  const before = previous ?? {};
  const ids = [...new Set([...Object.keys(before), ...Object.keys(next)])].map(Number).sort((a, b) => a - b);
  const changes: UnitChange[] = [];
  for (const unitId of ids) {
    const a = before[unitId] ?? null;
    const b = next[unitId] ?? null;
    if (a && b && a.text === b.text && a.fallback === b.fallback) continue;
    changes.push({ unitId, kind: !a ? 'added' : !b ? 'removed' : 'changed', before: a, after: b });
  }
  return changes;
}

import type { Content } from '../model/document.ts';
import type { TranslationState } from '../model/states.ts';

/** One translatable unit (a sentence): a 1.2 `<trans-unit>`, a 2.0 `<segment>`. */
export interface XliffUnit {
  /** Stable unit id (the database id as a string). */
  id: string;
  source: Content;
  /** Null when there is no translation yet (no `<target>` element). */
  target: Content | null;
  state: TranslationState;
  /** False → `translate="no"`. */
  translate: boolean;
  /** Free text kept with the unit, e.g. review comments or context. */
  notes: string[];
  /**
   * Whitespace that followed this unit in its block (the model's `Unit.spaceAfter`). XLIFF 2.0
   * carries it as an `<ignorable>` after the segment and its reader always sets it ('' when no
   * `<ignorable>` follows); XLIFF 1.2 ignores it.
   */
  spaceAfter?: string;
}

/**
 * One document block: a 1.2 `<group>` of units, a 2.0 `<unit>` of segments. `kind` is the block kind,
 * e.g. `paragraph`, `list-item`.
 */
export interface XliffGroup {
  id: string;
  kind: string;
  units: XliffUnit[];
}

/** The content of one XLIFF file: one project, one target language. */
export interface XliffDocument {
  /** Identifies the project, e.g. `tessera:project/12`; the server checks it on import. */
  original: string;
  sourceLang: string;
  /** Empty when the file names no target language. */
  targetLang: string;
  groups: XliffGroup[];
}

/** Where a streaming reader hands each unit as soon as it is complete. */
export type UnitSink = (unit: XliffUnit) => void;

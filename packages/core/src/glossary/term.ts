/**
 * A glossary entry of one language pair: how a source term is translated, or that it is kept as it is
 * (do-not-translate), with the variants a translator must not use.
 */
export interface GlossaryTerm {
  /** The term as it is written in the source language, e.g. "prior judicial authorization". */
  source: string;
  /** Its approved translation; null for a do-not-translate term (kept as the source writes it). */
  target: string | null;
  doNotTranslate: boolean;
  /** Translations that must not be used for this term. */
  forbidden: readonly string[];
  /** What translators should know (definition, context, usage). */
  note: string;
}

/** The glossary of a language: its panel in the editor, and its terms marked in every unit's source. */
export { GlossaryProvider, useGlossary, useUnitTerms } from './GlossaryContext.tsx';
export { GlossaryPanel } from './GlossaryPanel.tsx';
export { SourceWithTerms } from './SourceWithTerms.tsx';

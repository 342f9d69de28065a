import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { termsForUnit, glossaryMatcher, type Content, type GlossaryTerm, type TermMatch } from '@tessera/core';
import type { GlossaryView } from '@tessera/core/contract';
import { useResource } from '../../api/index.ts';
import { glossaryApi } from './glossaryApi.ts';

/** The glossary of the language being edited, and its terms compiled for finding them in sources. */
export interface Glossary {
  projectId: number;
  lang: string;
  sourceLang: string;
  view: GlossaryView | undefined;
  error: unknown;
  reload: () => void;
  /** The glossary's terms in a source text (longest first, in text order). */
  match: (text: string) => TermMatch[];
}

const GlossaryContext = createContext<Glossary | null>(null);
const NO_MATCHES = (): TermMatch[] => [];

/** Loads a language's glossary once for the whole editor: its panel and every unit's source read it. */
export function GlossaryProvider({ projectId, lang, sourceLang, children }: { projectId: number; lang: string; sourceLang: string; children: ReactNode }) {
  const resource = useResource(`glossary:${projectId}:${lang}`, (signal) => glossaryApi(projectId, lang).read(signal));
  const view = resource.data;
  const match = useMemo(() => (view && view.terms.length > 0 ? glossaryMatcher(view.terms, sourceLang) : NO_MATCHES), [view, sourceLang]);
  const value = useMemo<Glossary>(
    () => ({ projectId, lang, sourceLang, view, error: resource.error, reload: resource.reload, match }),
    [projectId, lang, sourceLang, view, resource.error, resource.reload, match],
  );
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

/** The glossary of the editor around; null outside one (a source then shows no terms). */
export function useGlossary(): Glossary | null {
  return useContext(GlossaryContext);
}

const NO_TERMS: GlossaryTerm[] = [];

/** The glossary's entries that occur in a unit's source (for the quality checks of its translation); none outside an editor. */
export function useUnitTerms(source: Content): GlossaryTerm[] {
  const glossary = useGlossary();
  const sourceLang = glossary?.sourceLang ?? '';
  const match = glossary?.match;
  return useMemo(() => (match ? termsForUnit(source, match, sourceLang) : NO_TERMS), [source, match, sourceLang]);
}

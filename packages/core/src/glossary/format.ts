import { InputError } from '../errors/index.ts';
import { MAX_GLOSSARY_TERMS } from '../limits.ts';
import { termKey, termProblem, type GlossaryTerm } from './term.ts';

/** The two languages of a glossary: terms of `sourceLang` and how they are said in `targetLang` (BCP 47 tags). */
export interface LanguagePair {
  sourceLang: string;
  targetLang: string;
}

/** A glossary of one language pair, as written to a file. */
export interface GlossaryFile extends LanguagePair {
  terms: readonly GlossaryTerm[];
}

/** A file format glossaries are imported from and exported to (one module each; see formats.ts). */
export interface GlossaryFormat {
  id: string;
  /** What people call it (`TBX`, `CSV`). */
  label: string;
  /** File name extensions, without the dot; the first is the one exports get. */
  extensions: readonly string[];
  mediaType: string;
  /** Whether an uploaded text is in this format, at a glance (the first format that says so reads it). */
  recognizes(text: string): boolean;
  /** The file's entries for the pair, checked (termProblem) and each source term once; an InputError for a file that cannot be read. */
  read(text: string, pair: LanguagePair, options?: { maxBytes?: number }): GlossaryTerm[];
  write(file: GlossaryFile): string;
}

/**
 * The entries read from a file, checked: a bad one refuses the whole file (naming where it is), a
 * source term given twice keeps its last entry, and more than MAX_GLOSSARY_TERMS is refused.
 */
export function checkedTerms(found: readonly { line: number; term: GlossaryTerm }[], what: string): GlossaryTerm[] {
  const byKey = new Map<string, GlossaryTerm>();
  for (const { line, term } of found) {
    const problem = termProblem(term);
    if (problem !== null) throw new InputError('glossary.invalid', `The ${what} has a bad entry (line ${line}): ${problem}`, { line });
    const key = termKey(term.source);
    byKey.delete(key);
    byKey.set(key, term);
  }
  if (byKey.size > MAX_GLOSSARY_TERMS) throw new InputError('input.too-large', `The ${what} holds more than ${MAX_GLOSSARY_TERMS} terms; split it.`);
  return [...byKey.values()];
}

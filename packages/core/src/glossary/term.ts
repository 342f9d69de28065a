import { MAX_FORBIDDEN_VARIANTS, MAX_TERM_CHARS, MAX_TERM_NOTE_CHARS } from '../limits.ts';
import { firstUnstorable } from '../text/storableText.ts';

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

/** The parts of a term as a form, a file or a request gives them, before they are tidied. */
export interface GlossaryTermInput {
  source: string;
  target?: string | null;
  doNotTranslate?: boolean;
  forbidden?: readonly string[];
  note?: string;
}

/**
 * A term tidied: spaces trimmed and runs of them made one in the terms, empty and repeated
 * forbidden variants dropped, no translation for a do-not-translate term. Check it with termProblem.
 */
export function glossaryTerm(input: GlossaryTermInput): GlossaryTerm {
  const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');
  const doNotTranslate = input.doNotTranslate === true;
  const target = doNotTranslate ? null : tidy(input.target ?? '');
  const forbidden: string[] = [];
  for (const variant of input.forbidden ?? []) {
    const v = tidy(variant);
    if (v !== '' && !forbidden.includes(v)) forbidden.push(v);
  }
  return { source: tidy(input.source), target, doNotTranslate, forbidden, note: (input.note ?? '').trim() };
}

/** What is wrong with a (tidied) term, in a sentence; null when nothing is. */
export function termProblem(term: GlossaryTerm): string | null {
  if (term.source === '') return 'The term is empty.';
  if (!term.doNotTranslate && (term.target === null || term.target === '')) return `“${term.source}” has no translation and is not marked do-not-translate.`;
  const texts: [string, string][] = [
    ['term', term.source],
    ['translation', term.target ?? ''],
    ...term.forbidden.map((f): [string, string] => ['forbidden variant', f]),
  ];
  for (const [what, text] of texts) {
    if (text.length > MAX_TERM_CHARS) return `The ${what} “${text.slice(0, 40)}…” is longer than ${MAX_TERM_CHARS} characters.`;
  }
  if (term.forbidden.length > MAX_FORBIDDEN_VARIANTS) return `“${term.source}” has more than ${MAX_FORBIDDEN_VARIANTS} forbidden variants.`;
  if (term.forbidden.some((f) => f.includes('|'))) return 'A forbidden variant may not contain “|” (it separates variants in CSV files).';
  if (term.note.length > MAX_TERM_NOTE_CHARS) return `The note of “${term.source}” is longer than ${MAX_TERM_NOTE_CHARS} characters.`;
  for (const [what, text] of [...texts, ['note', term.note] as [string, string]]) {
    const found = firstUnstorable(text);
    if (found) return `The ${what} holds a character that cannot be stored (${found.character}, character ${found.index + 1}).`;
  }
  return null;
}

/** The key two terms of a language pair may not share: the source term, in lower case. */
export function termKey(source: string): string {
  return source.trim().replace(/\s+/g, ' ').toLowerCase();
}

import { contentText, type Content } from '../model/document.ts';
import type { GlossaryTerm } from '../glossary/term.ts';

/** What else a check may know of a unit besides its own text. */
export interface CheckContext {
  /** Glossary entries whose source term occurs in this unit's source. */
  terms?: readonly GlossaryTerm[];
  /** Other approved translations, in the same language, of the identical source text. */
  sameSource?: readonly string[];
  /** The engine whose output the translation is, saved as it came and not yet approved; absent otherwise. */
  machine?: string | null;
}

/** What a check looks at: one unit's source and translation, and what is known around them. */
export interface CheckInput {
  source: Content;
  target: Content;
  sourceText: string;
  targetText: string;
  sourceLang: string;
  targetLang: string;
  terms: readonly GlossaryTerm[];
  sameSource: readonly string[];
  machine: string | null;
}

/** A value of a message: a number (for plurals), a word, or a list the reader's language joins. */
export type MessageValue = string | number | string[];

/**
 * What a check says of a translation, as a message of the UI catalogue: `qa.checks.<check>.<key>`,
 * with its values. Core builds no sentence; each language says it in its own words.
 */
export interface CheckMessage {
  key: string;
  values: Record<string, MessageValue>;
}

/** An error keeps a translation from approval and publication; a warning may be overridden with a reason. */
export type CheckSeverity = 'error' | 'warning';

/** What a check found: the key of its message under `qa.checks.<id>`, and its values; null when the translation passes. */
export type CheckResult = { key: string; values?: Record<string, MessageValue> } | null;

export interface Check {
  /** Stable id, e.g. `end-punctuation`; its messages are `qa.checks.<id>.*` in the UI catalogues. */
  id: string;
  severity: CheckSeverity;
  /** What the check looks for (for the documentation and the code's readers). */
  description: string;
  run(input: CheckInput): CheckResult;
}

export function defineCheck(check: Check): Check {
  return check;
}

export function checkInput(source: Content, target: Content, sourceLang: string, targetLang: string, context: CheckContext = {}): CheckInput {
  return {
    source,
    target,
    sourceText: contentText(source),
    targetText: contentText(target),
    sourceLang,
    targetLang,
    terms: context.terms ?? [],
    sameSource: context.sameSource ?? [],
    machine: context.machine ?? null,
  };
}

import { contentText, type Content } from '../model/document.ts';

/** What a check looks at: one unit's source and translation. */
export interface CheckInput {
  source: Content;
  target: Content;
  sourceText: string;
  targetText: string;
  sourceLang: string;
  targetLang: string;
}

export interface Check {
  /** Stable id, e.g. `end-punctuation`. */
  id: string;
  name: string;
  description: string;
  /** A message saying what is wrong, or null when the translation passes. */
  run(input: CheckInput): string | null;
}

export function defineCheck(check: Check): Check {
  return check;
}

export function checkInput(source: Content, target: Content, sourceLang: string, targetLang: string): CheckInput {
  return { source, target, sourceText: contentText(source), targetText: contentText(target), sourceLang, targetLang };
}


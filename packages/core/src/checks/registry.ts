import type { Content } from '../model/document.ts';
import { checkInput, type Check } from './defineCheck.ts';
import { bidiControls } from './bidiControls.ts';
import { doubleSpace } from './doubleSpace.ts';
import { edgeWhitespace } from './edgeWhitespace.ts';
import { endPunctuation } from './endPunctuation.ts';
import { inlineCodes } from './inlineCodes.ts';
import { numbers } from './numbers.ts';
import { sameAsSource } from './sameAsSource.ts';
import { urls } from './urls.ts';

/** Every quality check, in the order their findings are shown. */
export const CHECKS: readonly Check[] = [inlineCodes, numbers, urls, endPunctuation, sameAsSource, edgeWhitespace, doubleSpace, bidiControls];

export interface QaFinding {
  check: string;
  message: string;
}

/** The checks a translation fails; none for an empty translation (it is simply not done). */
export function runChecks(source: Content, target: Content, sourceLang: string, targetLang: string): QaFinding[] {
  const input = checkInput(source, target, sourceLang, targetLang);
  if (input.targetText.trim() === '') return [];
  const findings: QaFinding[] = [];
  for (const check of CHECKS) {
    const message = check.run(input);
    if (message !== null) findings.push({ check: check.id, message });
  }
  return findings;
}

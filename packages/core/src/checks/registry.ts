import type { Content } from '../model/document.ts';
import { checkInput, type Check, type CheckContext, type CheckMessage, type CheckSeverity } from './defineCheck.ts';
import { bidiControls } from './bidiControls.ts';
import { brackets } from './brackets.ts';
import { doNotTranslate } from './doNotTranslate.ts';
import { doubleSpace } from './doubleSpace.ts';
import { edgeWhitespace } from './edgeWhitespace.ts';
import { emails } from './emails.ts';
import { endPunctuation } from './endPunctuation.ts';
import { forbiddenTerm } from './forbiddenTerm.ts';
import { frenchSpacing } from './frenchSpacing.ts';
import { glossaryTerm } from './glossaryTerm.ts';
import { inconsistent } from './inconsistent.ts';
import { inlineCodes } from './inlineCodes.ts';
import { invertedMarks } from './invertedMarks.ts';
import { machineUnedited } from './machineUnedited.ts';
import { lengthRatio } from './lengthRatio.ts';
import { numbers } from './numbers.ts';
import { placeholders } from './placeholders.ts';
import { sameAsSource } from './sameAsSource.ts';
import { urls } from './urls.ts';

/** Every quality check, in the order their findings are shown: errors first. */
export const CHECKS: readonly Check[] = [
  inlineCodes,
  placeholders,
  doNotTranslate,
  forbiddenTerm,
  bidiControls,
  numbers,
  urls,
  emails,
  glossaryTerm,
  endPunctuation,
  invertedMarks,
  frenchSpacing,
  brackets,
  inconsistent,
  sameAsSource,
  lengthRatio,
  edgeWhitespace,
  doubleSpace,
  machineUnedited,
];

export interface QaFinding {
  check: string;
  severity: CheckSeverity;
  /** What is wrong, as a message of the UI catalogue (`qa.checks.<check>.<…>`) and its values. */
  message: CheckMessage;
}

/** The checks a translation fails; none for an empty translation (it is simply not done). */
export function runChecks(source: Content, target: Content, sourceLang: string, targetLang: string, context: CheckContext = {}): QaFinding[] {
  const input = checkInput(source, target, sourceLang, targetLang, context);
  if (input.targetText.trim() === '') return [];
  const findings: QaFinding[] = [];
  for (const check of CHECKS) {
    const found = check.run(input);
    if (found !== null) findings.push({ check: check.id, severity: check.severity, message: { key: `qa.checks.${check.id}.${found.key}`, values: found.values ?? {} } });
  }
  return findings;
}

/** The findings that block approval and publication. */
export const errorsOf = (findings: readonly QaFinding[]): QaFinding[] => findings.filter((f) => f.severity === 'error');
/** The findings a reviewer may override with a reason. */
export const warningsOf = (findings: readonly QaFinding[]): QaFinding[] => findings.filter((f) => f.severity === 'warning');

export { CHECKS, runChecks, type QaFinding } from './registry.ts';
export { defineCheck, type Check, type CheckInput } from './defineCheck.ts';
export { inlineCodeProblems } from './inlineCodes.ts';

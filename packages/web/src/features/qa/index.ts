export { QaWarnings } from './QaWarnings.tsx';
export { qaLines, QA_CHECKS, type QaLine } from './qaLabels.ts';

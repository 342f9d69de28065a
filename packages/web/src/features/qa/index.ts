export { QaWarnings } from './QaWarnings.tsx';
export { useQaText } from './useQaText.ts';
export { messageValues } from './qaMessage.ts';

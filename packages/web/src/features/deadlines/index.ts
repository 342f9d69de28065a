export { DeadlineLabel } from './DeadlineLabel.tsx';
export { LanguageSettings } from './LanguageSettings.tsx';
export { daysUntil, deadlineStatus, deadlineFromInput, type DeadlineStatus } from './deadline.ts';

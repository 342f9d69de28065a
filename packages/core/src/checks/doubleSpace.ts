import { defineCheck } from './defineCheck.ts';

export const doubleSpace = defineCheck({
  id: 'double-space',
  severity: 'warning',
  description: 'The translation has two spaces in a row where the source has none.',
  run: ({ sourceText, targetText }) => (/ {2}/.test(targetText.trim()) && !/ {2}/.test(sourceText.trim()) ? { key: 'found' } : null),
});

import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';

const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export const emails = defineCheck({
  id: 'emails',
  severity: 'warning',
  description: 'An e-mail address of the source is missing or changed in the translation.',
  run: ({ sourceText, targetText }) => {
    const kept = new Set(targetText.match(EMAIL_PATTERN) ?? []);
    const missing = (sourceText.match(EMAIL_PATTERN) ?? []).filter((address) => !kept.has(address));
    return missing.length ? { key: 'missing', values: listed(missing) } : null;
  },
});

import { defineCheck } from './defineCheck.ts';

const leading = (text: string) => /^\s*/u.exec(text)![0];
const trailing = (text: string) => /\s*$/u.exec(text)![0];

export const edgeWhitespace = defineCheck({
  id: 'edge-whitespace',
  severity: 'warning',
  description: 'The translation starts or ends with whitespace the source does not have (or lacks what it has).',
  run: ({ sourceText, targetText }) => {
    if (leading(sourceText) !== leading(targetText)) return { key: 'leading' };
    if (trailing(sourceText) !== trailing(targetText)) return { key: 'trailing' };
    return null;
  },
});

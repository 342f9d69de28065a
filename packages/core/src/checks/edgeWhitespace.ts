import { defineCheck } from './defineCheck.ts';

const leading = (text: string) => /^\s*/u.exec(text)![0];
const trailing = (text: string) => /\s*$/u.exec(text)![0];

export const edgeWhitespace = defineCheck({
  id: 'edge-whitespace',
  name: 'Leading or trailing space',
  description: 'The translation starts or ends with whitespace the source does not have (or lacks what it has).',
  run: ({ sourceText, targetText }) =>
    leading(sourceText) !== leading(targetText) || trailing(sourceText) !== trailing(targetText)
      ? 'The spaces at the start or end differ from the source.'
      : null,
});

export { segmentSentences } from './sentences.ts';

export { segmentSentences, sentenceBoundaries } from './sentences.ts';
export { cleanText, type CleanOptions, type SegmentOptions } from './clean.ts';
export {
  scoreSegmenter,
  passesCase,
  comparablePieces,
  upstreamAssertsOnlyClean,
  upstreamOptions,
  type ScoringRule,
  type SegmentationCase,
  type SegmentationScore,
  type ScoreLine,
} from './score.ts';

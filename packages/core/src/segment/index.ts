export { segmentSentences, sentenceBoundaries } from './sentences.ts';
export { scoreSegmenter, passesCase, comparablePieces, type SegmentationCase, type SegmentationScore, type ScoreLine } from './score.ts';

export { EXACT_SCORE, fuzzyScore, MAX_FUZZY_SCORE, TYPOGRAPHY_SCORE, wordScore } from './fuzzyScore.ts';
export { MatchIndex, type IndexedSource, type IndexHit, type IndexQuery, type MatchIndexSnapshot } from './matchIndex.ts';
export { WordLcs } from './wordLcs.ts';
export { MAX_MATCHES, MIN_MATCH_SCORE, rankMatches, type MatchOptions, type MemoryCandidate } from './rankMatches.ts';
export { memoryTokens } from './tokens.ts';
export { LEVERAGE_BANDS, leverageOf, MIN_LEVERAGE_SCORE, wordCount, type LeverageBand, type LeverageLine, type LeverageUnit } from './leverage.ts';
export { mapTargetCodes } from './mapCodes.ts';
export { byMatchKind, MATCH_KINDS, matchKind, neighboursInOrder, prefillMatch, type MatchKind, type Neighbours } from './matchKind.ts';

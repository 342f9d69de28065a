export { EXACT_SCORE, fuzzyScore, MAX_FUZZY_SCORE, TYPOGRAPHY_SCORE } from './fuzzyScore.ts';
export { lookupTerms } from './lookupTerms.ts';
export { MAX_MATCHES, MIN_MATCH_SCORE, rankMatches, type MatchOptions, type MemoryCandidate } from './rankMatches.ts';
export { indexTerms, memoryTokens } from './tokens.ts';
export { LEVERAGE_BANDS, leverageOf, MIN_LEVERAGE_SCORE, wordCount, type LeverageBand, type LeverageLine, type LeverageUnit } from './leverage.ts';
export { mapTargetCodes } from './mapCodes.ts';
export { byMatchKind, MATCH_KINDS, matchKind, neighboursInOrder, prefillMatch, type MatchKind, type Neighbours } from './matchKind.ts';

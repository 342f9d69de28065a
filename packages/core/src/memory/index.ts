export { EXACT_SCORE, fuzzyScore, MAX_FUZZY_SCORE, TYPOGRAPHY_SCORE } from './fuzzyScore.ts';
export { lookupTerms } from './lookupTerms.ts';
export { MAX_MATCHES, MIN_MATCH_SCORE, rankMatches, type MatchOptions, type MemoryCandidate } from './rankMatches.ts';
export { indexTerms, memoryTokens } from './tokens.ts';

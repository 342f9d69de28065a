export { canonicalLanguage, directionOf, isWellFormedLanguageTag, languageMatches, primaryLanguage } from './tags.ts';

/** A unit's content (text with inline codes) as the web app shows it and as the translation box edits it. */
export * from './formatting.ts';
export { SourceText } from './SourceText.tsx';

import { contentText, type Content } from '../model/document.ts';
import { publicationLocale } from './locales/index.ts';

/** What the spacing between two sentences depends on: their text, language, and whether the source stands in. */
interface Sentence {
  content: Content;
  lang: string;
  fallback: boolean;
}

/**
 * What stands between two sentences of a block. The source's own spacing stays between source
 * sentences; between translated sentences of a language written without spaces, nothing does.
 */
export function separatorBetween(previous: Sentence, next: Sentence, sourceSpace: string): string {
  if (sourceSpace === '') return '';
  const previousTight = !previous.fallback && !publicationLocale(previous.lang).spaceBetweenSentences;
  const nextTight = !next.fallback && !publicationLocale(next.lang).spaceBetweenSentences;
  if (previousTight && (nextTight || /[。！？」』）]$/u.test(contentText(previous.content)))) return '';
  return sourceSpace.includes('\n') ? ' ' : sourceSpace;
}

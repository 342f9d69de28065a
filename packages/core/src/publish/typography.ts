import { contentText } from '../model/document.ts';
import type { Run } from './assemble.ts';
import { publicationLocale } from './locales/index.ts';

/**
 * What stands between two sentences of a block. The source's own spacing stays between source
 * sentences; between translated sentences of a language written without spaces, nothing does.
 */
export function separatorBetween(previous: Run, next: Run, sourceSpace: string): string {
  if (sourceSpace === '') return '';
  const previousTight = !previous.fallback && !publicationLocale(previous.lang).spaceBetweenSentences;
  const nextTight = !next.fallback && !publicationLocale(next.lang).spaceBetweenSentences;
  if (previousTight && (nextTight || /[。！？」』）]$/u.test(contentText(previous.content)))) return '';
  return sourceSpace.includes('\n') ? ' ' : sourceSpace;
}

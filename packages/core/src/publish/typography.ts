import type { Content } from '../model/document.ts';
import { publicationLocale } from './locales/index.ts';

/** Whether sentences are apart by a space in the source language and in the publication's language. */
export interface SentenceSpacing {
  source: boolean;
  target: boolean;
}

export function sentenceSpacing(sourceLang: string, lang: string): SentenceSpacing {
  return { source: publicationLocale(sourceLang).spaceBetweenSentences, target: publicationLocale(lang).spaceBetweenSentences };
}

/** Marks that end a sentence of a language written without spaces, so that no space follows them. */
const TIGHT_ENDS = new Set(['。', '！', '？', '」', '』', '）']);

/** Whether the text of `content` ends with a mark after which no space goes. */
export function endsTight(content: Content): boolean {
  for (let at = content.length - 1; at >= 0; at--) {
    const part = content[at];
    if (typeof part === 'string' && part !== '') return TIGHT_ENDS.has(part.charAt(part.length - 1));
  }
  return false;
}

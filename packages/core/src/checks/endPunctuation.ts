import { primaryLanguage } from '../language/index.ts';
import { defineCheck } from './defineCheck.ts';

/** Sentence-final marks, folded to their meaning so that “。” and “.” count as the same. */
const FOLD: Record<string, string> = {
  '.': '.', '。': '.', '．': '.', '।': '.', '۔': '.',
  '!': '!', '！': '!',
  '?': '?', '？': '?', '؟': '?',
  ':': ':', '：': ':',
  ';': ';', '；': ';', '؛': ';',
};

/** The meaning of the last mark before any closing quotes or brackets, or '' for none. */
function finalMark(text: string): string {
  const trimmed = text.trim().replace(/[\s"'”’»」』)\]）]+$/u, '');
  return FOLD[trimmed.at(-1) ?? ''] ?? '';
}

export const endPunctuation = defineCheck({
  id: 'end-punctuation',
  name: 'Final punctuation',
  description: 'The translation ends with a different sentence mark than the source (a full stop for a question mark, none for a colon…).',
  run: ({ sourceText, targetText, targetLang }) => {
    const source = finalMark(sourceText);
    const target = finalMark(targetText);
    if (source === target) return null;
    // Japanese and Chinese often end a list item or a heading without a full stop.
    if (source === '.' && target === '' && ['ja', 'zh'].includes(primaryLanguage(targetLang))) return null;
    return source === '' ? `The translation ends with “${target}”, the source with no mark.` : `The source ends with “${source}”; the translation ${target ? `with “${target}”` : 'with no mark'}.`;
  },
});

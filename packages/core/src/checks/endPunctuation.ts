import { primaryLanguage } from '../language/index.ts';
import { defineCheck, type CheckResult } from './defineCheck.ts';

/** Sentence-final marks, folded to their meaning so that “。” and “.” count as the same. */
const FOLD: Record<string, string> = {
  '.': '.', '。': '.', '．': '.', '।': '.', '۔': '.',
  '!': '!', '！': '!',
  '?': '?', '？': '?', '؟': '?',
  ':': ':', '：': ':',
  ';': ';', '；': ';', '؛': ';',
};

/** The marks a language's script writes for the Latin ones, where they differ. */
const SCRIPT_MARKS: Record<string, Record<string, string>> = {
  ja: { '.': '。', '?': '？', '!': '！' },
  zh: { '.': '。', '?': '？', '!': '！', ':': '：', ';': '；' },
  ar: { '?': '؟', ';': '؛' },
  fa: { '?': '؟', ';': '؛' },
  ur: { '.': '۔', '?': '؟', ';': '؛' },
};

/** The last mark before any closing quotes or brackets, or '' for none. */
function finalChar(text: string): string {
  const trimmed = text.trim().replace(/[\s"'”’»」』)\]）]+$/u, '');
  const last = trimmed.at(-1) ?? '';
  return last in FOLD ? last : '';
}

export const endPunctuation = defineCheck({
  id: 'end-punctuation',
  severity: 'warning',
  description:
    'The translation ends with a different sentence mark than the source (a full stop for a question mark, none for a colon…), or with the Latin mark where its script has its own (。 in Japanese, ؟ in Arabic).',
  run: ({ sourceText, targetText, targetLang }): CheckResult => {
    const sourceChar = finalChar(sourceText);
    const targetChar = finalChar(targetText);
    const source = FOLD[sourceChar] ?? '';
    const target = FOLD[targetChar] ?? '';
    const lang = primaryLanguage(targetLang);
    if (source === target) {
      const expected = SCRIPT_MARKS[lang]?.[targetChar];
      return expected ? { key: 'script', values: { found: targetChar, expected } } : null;
    }
    // Japanese and Chinese often end a list item or a heading without a full stop.
    if (source === '.' && target === '' && ['ja', 'zh'].includes(lang)) return null;
    if (target === '') return { key: 'missing', values: { source: sourceChar } };
    if (source === '') return { key: 'added', values: { target: targetChar } };
    return { key: 'different', values: { source: sourceChar, target: targetChar } };
  },
});

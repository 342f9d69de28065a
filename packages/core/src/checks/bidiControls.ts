import { defineCheck } from './defineCheck.ts';

/**
 * Embeddings (LRE, RLE, PDF), overrides (LRO, RLO) and isolates (LRI, RLI, FSI, PDI): invisible
 * characters that reorder what a reader sees, so a pasted or planted one can make a published
 * sentence read otherwise than it is stored. Marks (LRM, RLM, ALM) do not reorder and are left alone.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/gu;

function bidiControlsOf(text: string): string[] {
  return text.match(BIDI_CONTROL) ?? [];
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const bidiControls = defineCheck({
  id: 'bidi-controls',
  severity: 'error',
  description: 'The translation has invisible characters that reorder text (embeddings, overrides, isolates) where the source has none.',
  run: ({ sourceText, targetText }) => {
    const found = bidiControlsOf(targetText);
    if (found.length === 0 || bidiControlsOf(sourceText).length > 0) return null;
    const chars = [...new Set(found.map(codePoint))];
    return { key: 'found', values: { count: chars.length, chars } };
  },
});

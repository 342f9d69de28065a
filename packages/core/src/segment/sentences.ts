/**
 * A first sentence segmenter: the boundaries of `Intl.Segmenter`, with its known faults corrected by a
 * few rules. It is non-destructive: the pieces it returns join back to the input exactly, and the
 * whitespace between two sentences stays at the end of the first.
 */
import { canonicalLanguage } from '../model/languages.ts';
import { abbreviationsFor, isAbbreviation } from './abbreviations.ts';

/** Full stops that end a sentence with no space after them (Chinese and Japanese). */
const CJK_TERMINATORS = new Set(['。', '！', '？', '｡']);
/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set([')', ']', '}', '"', "'", '”', '’', '»', '」', '』', '）', '】', '〕', '〉', '》']);
/** Opening quotes and brackets that may precede an abbreviation (`(e.g.`). */
const OPENERS = new Set(['(', '[', '{', '"', "'", '“', '‘', '«', '¿', '¡']);
/** Abbreviations and initials are short: a longer token is never one, which keeps the look-back bounded. */
const MAX_TOKEN = 32;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const HIRAGANA = /\p{Script=Hiragana}/u;

/**
 * The characters after which Unicode sentence boundaries (UAX #29) can fall: sentence terminators
 * and paragraph separators. A text without any is one sentence, which spares a call to the segmenter.
 */
const MAY_END_SENTENCE = /[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;

/** Segmenters by language tag as given; a handful of languages at a time, cleared if it ever grows. */
const segmenters = new Map<string, Intl.Segmenter>();
const MAX_CACHED = 64;

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(canonicalLanguage(lang) ?? 'und', { granularity: 'sentence' });
    if (segmenters.size >= MAX_CACHED) segmenters.clear();
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Splits `text` into sentences in language `lang`; the pieces are never empty and join back to `text`. */
export function segmentSentences(text: string, lang: string): string[] {
  if (!MAY_END_SENTENCE.test(text)) return text === '' ? [] : [text];
  const abbreviations = abbreviationsFor(lang);
  const pieces: string[] = [];
  let start = 0;
  for (const index of proposedBoundaries(text, sentenceSegmenter(lang))) {
    if (!isSentenceBoundary(text, index, abbreviations)) continue;
    pieces.push(text.slice(start, index));
    start = index;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** Segmenting window and the margin at its end where boundaries are left for the next window. */
const WINDOW = 1024;
const MARGIN = 128;

/**
 * The boundaries (> 0) `Intl.Segmenter` proposes in `text`. Stepping its iterator costs time in
 * proportion to the length of the whole string in V8, so a long text is segmented a window at a time;
 * a window restarts at the last boundary it found, whose context is the same in the full text.
 */
function* proposedBoundaries(text: string, segmenter: Intl.Segmenter): Generator<number> {
  let base = 0;
  while (base < text.length) {
    const end = Math.min(text.length, base + WINDOW);
    const final = end === text.length;
    let next = base;
    for (const { index } of segmenter.segment(text.slice(base, end))) {
      if (index === 0) continue;
      if (!final && index > end - base - MARGIN) break;
      next = base + index;
      yield next;
    }
    if (final) return;
    base = next > base ? next : restartPoint(text, end - MARGIN);
  }
}

/**
 * Where to resume after a window without a boundary (a sentence longer than the window): just after a
 * space that follows a letter or digit, so no sentence-final punctuation straddles the restart.
 */
function restartPoint(text: string, from: number): number {
  for (let i = from; i > from - WINDOW / 4; i--) {
    if (isSpace(text.charCodeAt(i - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(i - 2))) return i;
  }
  const code = text.charCodeAt(from);
  return code >= 0xdc00 && code <= 0xdfff ? from + 1 : from;
}

/** Whether the boundary `Intl.Segmenter` proposes before `text[at]` really ends a sentence. */
function isSentenceBoundary(text: string, at: number, abbreviations: ReadonlySet<string>): boolean {
  // No space between the two pieces: the boundary falls inside a URL, an e-mail address, a number
  // or a name such as `IP.rec` — unless a Chinese or Japanese full stop ends the sentence.
  if (!isSpace(text.charCodeAt(at - 1))) return endsWithCjkTerminator(text, at);
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= MAX_TOKEN && !isSpace(text.charCodeAt(start - 1))) start--;
  if (end - start > MAX_TOKEN) return true;
  while (start < end && OPENERS.has(text.charAt(start))) start++;
  const token = text.slice(start, end);
  return !(isAbbreviation(token, abbreviations) || INITIALS.test(token));
}

/** White space as `\s` knows it, tested by code unit (this runs at every proposed boundary). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Whether a Chinese or Japanese full stop ends the sentence before `text[at]`; not when it ends a
 * quotation that a particle in hiragana goes on from (`「止めて！」と言った。`).
 */
function endsWithCjkTerminator(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && CLOSERS.has(text.charAt(i - 1))) i--;
  if (!CJK_TERMINATORS.has(text.charAt(i - 1))) return false;
  return i === at || !HIRAGANA.test(text.charAt(at));
}

import { appendPart, type Content, type InlineCode } from '../model/document.ts';
import { findTerms } from '../glossary/match.ts';
import type { GlossaryTerm } from '../glossary/term.ts';

/**
 * A unit's source as an engine may see it: its text with every part the engine must not change —
 * inline codes, URLs, e-mail addresses, numbers and do-not-translate terms — replaced by a
 * placeholder `⟦n⟧`, and what each placeholder stands for.
 */
export interface ProtectedText {
  text: string;
  /** What `⟦n⟧` stands for: `slots[n - 1]`. */
  slots: (string | InlineCode)[];
}

const OPEN = '⟦';
const CLOSE = '⟧';
const PLACEHOLDER = /⟦(\d+)⟧/g;
/** URLs and e-mail addresses (without the punctuation that ends a sentence after them), then numbers. */
const KEPT = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’”]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\p{N}+(?:[.,:/]\p{N}+)*/gu;

/** Where in a text each part to keep is: its start, end and text. */
function keptSpans(text: string, doNotTranslate: readonly GlossaryTerm[], sourceLang: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(KEPT)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of findTerms(text, doNotTranslate, sourceLang)) spans.push({ start: m.start, end: m.end });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The source with placeholders for what an engine must leave alone. `terms` may be the whole
 * glossary of the pair: only its do-not-translate terms are kept out of the engine's reach.
 */
export function protectContent(source: Content, terms: readonly GlossaryTerm[], sourceLang: string): ProtectedText {
  const doNotTranslate = terms.filter((t) => t.doNotTranslate);
  const slots: (string | InlineCode)[] = [];
  const hold = (slot: string | InlineCode) => `${OPEN}${slots.push(slot)}${CLOSE}`;
  let text = '';
  for (const part of source) {
    if (typeof part !== 'string') {
      text += hold(part);
      continue;
    }
    let at = 0;
    for (const span of keptSpans(part, doNotTranslate, sourceLang)) {
      text += part.slice(at, span.start) + hold(part.slice(span.start, span.end));
      at = span.end;
    }
    text += part.slice(at);
  }
  return { text, slots };
}

/** What an engine's answer gives back: the content, and how many placeholders it lost (their codes are put at the end; lost text stays lost, and the checks say so). */
export interface RestoredContent {
  content: Content;
  lost: number;
}

/**
 * The engine's translation of a protected text as content: each placeholder put back as what it
 * stands for. Null when the answer is not a translation of it: a placeholder it was never given,
 * or one given once and answered twice.
 */
export function restoreContent(output: string, protectedText: ProtectedText): RestoredContent | null {
  const content: Content = [];
  const seen = new Set<number>();
  const push = (part: string | InlineCode) => appendPart(content, part);
  let at = 0;
  for (const m of output.matchAll(PLACEHOLDER)) {
    const n = Number(m[1]);
    const slot = protectedText.slots[n - 1];
    if (slot === undefined || seen.has(n)) return null;
    seen.add(n);
    push(output.slice(at, m.index));
    push(slot);
    at = m.index + m[0].length;
  }
  push(output.slice(at));
  // A stray bracket: a placeholder the engine broke apart.
  if (content.some((part) => typeof part === 'string' && (part.includes(OPEN) || part.includes(CLOSE)))) return null;
  const restored = trimEdges(content);
  let lost = 0;
  protectedText.slots.forEach((slot, index) => {
    if (seen.has(index + 1)) return;
    lost++;
    if (typeof slot !== 'string') restored.push(slot);
  });
  return { content: restored, lost };
}

/** Content without spaces at its start and end (an engine may add them around a placeholder). */
function trimEdges(content: Content): Content {
  const result = [...content];
  if (typeof result[0] === 'string') result[0] = result[0].trimStart();
  const last = result.length - 1;
  if (typeof result[last] === 'string') result[last] = result[last].trimEnd();
  return result.filter((part) => part !== '');
}

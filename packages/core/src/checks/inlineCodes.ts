import type { Content, InlineCode } from '../model/document.ts';
import { defineCheck } from './defineCheck.ts';

const codesOf = (content: Content) => content.filter((p): p is InlineCode => typeof p !== 'string');
const key = (code: InlineCode) => `${code.kind}:${code.id}`;

/** What is wrong with the target's inline codes against the source's: missing, invented, or out of order. */
export function inlineCodeProblems(source: Content, target: Content): string | null {
  const s = codesOf(source).map(key);
  const t = codesOf(target).map(key);
  const inSource = new Set(s);
  const inTarget = new Set(t);
  const missing = s.filter((k) => !inTarget.has(k));
  const invented = t.filter((k) => !inSource.has(k));
  if (missing.length) return `Formatting missing from the translation: ${missing.length} code(s).`;
  if (invented.length) return `Formatting the source does not have: ${invented.length} code(s).`;
  // Pairs must still open before they close, and nest.
  const open: string[] = [];
  for (const code of codesOf(target)) {
    if (code.kind === 'open') open.push(code.id);
    if (code.kind === 'close' && open.pop() !== code.id) return 'Formatting codes are crossed or closed before they open.';
  }
  return null;
}

export const inlineCodes = defineCheck({
  id: 'inline-codes',
  name: 'Formatting codes',
  description: 'The translation drops, invents or mis-nests the source’s inline formatting (bold, links, line breaks).',
  run: ({ source, target }) => inlineCodeProblems(source, target),
});

import type { Content, InlineCode } from '../model/document.ts';
import { defineCheck } from './defineCheck.ts';

const codesOf = (content: Content) => content.filter((p): p is InlineCode => typeof p !== 'string');
const key = (code: InlineCode) => `${code.kind}:${code.id}`;

/** What is wrong with the target's inline codes against the source's: missing, invented, or crossed. */
export function inlineCodeProblems(source: Content, target: Content): { key: 'missing' | 'extra' | 'crossed'; values: { count: number } } | null {
  const s = codesOf(source).map(key);
  const t = codesOf(target).map(key);
  const inSource = new Set(s);
  const inTarget = new Set(t);
  const missing = s.filter((k) => !inTarget.has(k));
  const invented = t.filter((k) => !inSource.has(k));
  if (missing.length) return { key: 'missing', values: { count: missing.length } };
  if (invented.length) return { key: 'extra', values: { count: invented.length } };
  // Pairs must still open before they close, and nest.
  const open: string[] = [];
  let crossed = 0;
  for (const code of codesOf(target)) {
    if (code.kind === 'open') open.push(code.id);
    if (code.kind === 'close' && open.pop() !== code.id) crossed++;
  }
  return crossed ? { key: 'crossed', values: { count: crossed } } : null;
}

export const inlineCodes = defineCheck({
  id: 'inline-codes',
  severity: 'error',
  description: 'The translation drops, invents or mis-nests the source’s inline formatting (bold, links, line breaks).',
  run: ({ source, target }) => inlineCodeProblems(source, target),
});

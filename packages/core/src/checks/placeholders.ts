import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';

/**
 * Placeholders a program fills in: `{{name}}` (Mustache), `{name}` and `{0}` (ICU, .NET), `%s`,
 * `%d`, `%1$s` (printf, positional) and `%(name)s` (Python). A literal “50 %” is not one.
 */
const PLACEHOLDER = /\{\{\s*[\p{L}\p{N}_.-]+\s*\}\}|\{[\p{L}\p{N}_.-]+\}|%(?:\d+\$)?[-+0#]*\d*(?:\.\d+)?[sdifuxXeEgGc@]|%\([\p{L}\p{N}_]+\)[sdif]/gu;

export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}

/** What `a` has more often than `b`, once per extra occurrence. */
function surplus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const p of b) left.set(p, (left.get(p) ?? 0) + 1);
  return a.filter((p) => {
    const n = left.get(p) ?? 0;
    left.set(p, n - 1);
    return n <= 0;
  });
}

export const placeholders = defineCheck({
  id: 'placeholders',
  severity: 'error',
  description: 'A placeholder of the source ({name}, {{name}}, %s, %1$s…) is missing from the translation, or the translation has one the source does not.',
  run: ({ sourceText, targetText }) => {
    const source = placeholdersIn(sourceText);
    const target = placeholdersIn(targetText);
    const missing = surplus(source, target);
    if (missing.length) return { key: 'missing', values: listed(missing) };
    const extra = surplus(target, source);
    return extra.length ? { key: 'extra', values: listed(extra) } : null;
  },
});

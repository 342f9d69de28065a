import { contentText } from '../model/document.ts';
import type { Run } from './assemble.ts';

/** Scripts written without spaces between sentences. */
const NO_SPACE_LANGS = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * What stands between two sentences of a block. The source's own spacing stays between source
 * sentences; between translated sentences of a language written without spaces, nothing does.
 */
export function separatorBetween(previous: Run, next: Run, sourceSpace: string): string {
  if (sourceSpace === '') return '';
  const previousTight = !previous.fallback && NO_SPACE_LANGS.has(primary(previous.lang));
  const nextTight = !next.fallback && NO_SPACE_LANGS.has(primary(next.lang));
  if (previousTight && (nextTight || /[。！？」』）]$/u.test(contentText(previous.content)))) return '';
  return sourceSpace.includes('\n') ? ' ' : sourceSpace;
}

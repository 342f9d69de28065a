import { contentText, type BlockKind, type Content } from '../model/document.ts';
import { directionOf } from '../language/index.ts';
import type { TranslationState } from '../model/states.ts';
import { separatorBetween } from './typography.ts';

export interface PublicationUnitInput {
  source: Content;
  spaceAfter: string;
  translate: boolean;
  target: Content;
  state: TranslationState;
}

export interface PublicationBlockInput {
  kind: BlockKind;
  level?: number | null;
  list?: number | null;
  date?: string | null;
  units: PublicationUnitInput[];
}

export interface PublicationInput {
  sourceLang: string;
  lang: string;
  blocks: PublicationBlockInput[];
  /** `preview` shows every unit, unapproved ones in the source language and marked; `publish` follows `allowFallback`. */
  mode: 'preview' | 'publish';
  /** In `publish` mode: show unapproved units in the source language instead of leaving them out. */
  allowFallback: boolean;
  /** In `preview` mode: show translations not approved yet, marked as drafts, instead of their source. */
  showDrafts?: boolean;
  /** Signatories as in the source, or sorted the way readers of the language sort names (Intl.Collator). */
  signatoryOrder?: 'source' | 'collation';
}

/**
 * A run of content in the publication; `fallback` runs are source text standing in for a missing
 * approval, `draft` runs (previews only) translations not approved yet.
 */
export interface Run {
  content: Content;
  lang: string;
  fallback: boolean;
  draft?: boolean;
}

export interface AssembledBlock {
  kind: BlockKind;
  level: number;
  list: number | null;
  date: string | null;
  runs: Run[];
}

export interface Publication {
  lang: string;
  sourceLang: string;
  dir: 'ltr' | 'rtl';
  mode: 'preview' | 'publish';
  blocks: AssembledBlock[];
  /** Units shown in the source language because they are not approved. */
  fallbackUnits: number;
  /** Units left out because they are not approved and fallback is not allowed. */
  omittedUnits: number;
  /** Translations shown in a preview before they are approved. */
  draftUnits: number;
}

/** Puts one language version together from approved translations (pure: the caller fetches, this decides). */
export function assemblePublication(input: PublicationInput): Publication {
  const showFallback = input.mode === 'preview' || input.allowFallback;
  let fallbackUnits = 0;
  let omittedUnits = 0;
  let draftUnits = 0;
  const showDrafts = input.mode === 'preview' && input.showDrafts === true;
  const blocks: AssembledBlock[] = [];
  for (const block of input.blocks) {
    // Page furniture (a running footer, a stray heading of the page it was copied from) is not published.
    if (block.kind === 'aside') continue;
    const runs: Run[] = [];
    let pendingSpace = '';
    for (const unit of block.units) {
      let run: Run | null;
      if (!unit.translate) run = { content: unit.source, lang: input.sourceLang, fallback: false };
      else if (unit.state === 'approved') run = { content: unit.target, lang: input.lang, fallback: false };
      else if (showDrafts && isDraft(unit)) {
        draftUnits++;
        run = { content: unit.target, lang: input.lang, fallback: false, draft: true };
      } else if (showFallback) {
        fallbackUnits++;
        run = { content: unit.source, lang: input.sourceLang, fallback: true };
      } else {
        omittedUnits++;
        run = null;
      }
      if (!run) continue;
      const previous = runs.at(-1);
      if (previous) appendContent(previous.content, [separatorBetween(previous, run, pendingSpace)]);
      runs.push({ ...run, content: [...run.content] });
      pendingSpace = unit.spaceAfter;
    }
    const isDate = block.kind === 'date' && block.date;
    if (runs.length === 0 && !isDate) continue;
    blocks.push({ kind: block.kind, level: block.level ?? 2, list: block.list ?? null, date: block.date ?? null, runs: mergeRuns(runs) });
  }
  return {
    lang: input.lang,
    sourceLang: input.sourceLang,
    dir: directionOf(input.lang),
    mode: input.mode,
    blocks: input.signatoryOrder === 'collation' ? collateSignatories(blocks, input.lang) : blocks,
    fallbackUnits,
    omittedUnits,
    draftUnits,
  };
}

/** A translation someone wrote that is waiting for review (a rejected one is not shown). */
function isDraft(unit: PublicationUnitInput): boolean {
  return (unit.state === 'translated' || unit.state === 'needs-review') && contentText(unit.target).trim() !== '';
}

/** Each list of signatories sorted by the collation of `lang`; every other block stays where it is. */
function collateSignatories(blocks: AssembledBlock[], lang: string): AssembledBlock[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const nameOf = (block: AssembledBlock): string => block.runs.map((run) => contentText(run.content)).join('');
  const sorted = [...blocks];
  let start = 0;
  while (start < sorted.length) {
    const first = sorted[start]!;
    let end = start;
    while (end < sorted.length && sorted[end]!.kind === 'signatory' && first.kind === 'signatory' && sorted[end]!.list === first.list) end++;
    if (end > start + 1) sorted.splice(start, end - start, ...sorted.slice(start, end).sort((a, b) => collator.compare(nameOf(a), nameOf(b))));
    start = Math.max(end, start + 1);
  }
  return sorted;
}

/** Adds `parts` at the end of `content` (a run's own copy), text next to text joined into one string. */
function appendContent(content: Content, parts: Content): void {
  for (const part of parts) {
    if (part === '') continue;
    const last = content.at(-1);
    if (typeof part === 'string' && typeof last === 'string') content[content.length - 1] = last + part;
    else content.push(part);
  }
}

/** Adjacent runs of the same language and kind read as one. */
function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.lang === run.lang && last.fallback === run.fallback && last.draft === run.draft) appendContent(last.content, run.content);
    else merged.push({ ...run });
  }
  return merged;
}

/** The title of a publication: its first title block, else its first heading. */
export function publicationTitle(publication: Publication): string {
  const block = publication.blocks.find((b) => b.kind === 'title') ?? publication.blocks.find((b) => b.kind === 'heading');
  return block ? block.runs.map((r) => contentText(r.content)).join('') : '';
}

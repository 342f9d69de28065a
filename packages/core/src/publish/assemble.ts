import { contentText, type BlockKind, type Content } from '../model/document.ts';
import { directionOf } from '../language/index.ts';
import type { TranslationState } from '../model/states.ts';
import type { SignatoryOrder } from './signatoryOrder.ts';
import { endsTight, sentenceSpacing, type SentenceSpacing } from './typography.ts';

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
  signatoryOrder?: SignatoryOrder;
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

/**
 * Puts one language version together from approved translations (pure: the caller fetches, this decides).
 * Sentences of one kind (same language, same mark) next to each other become one run, built in place.
 */
export function assemblePublication(input: PublicationInput): Publication {
  const showFallback = input.mode === 'preview' || input.allowFallback;
  let fallbackUnits = 0;
  let omittedUnits = 0;
  let draftUnits = 0;
  const showDrafts = input.mode === 'preview' && input.showDrafts === true;
  const spacing = sentenceSpacing(input.sourceLang, input.lang);
  const blocks: AssembledBlock[] = [];
  for (const block of input.blocks) {
    // Page furniture (a running footer, a stray heading of the page it was copied from) is not published.
    if (block.kind === 'aside') continue;
    // Made with its first run (most blocks have one: an array grown by push would hold room for more).
    let runs: Run[] | null = null;
    let current: Run | null = null;
    // Whether `current` holds its own copy of its content yet (one unit's run shares the unit's, as nothing is added to it).
    let owned = false;
    let previous: UnitRun | null = null;
    let previousContent: Content = [];
    let pendingSpace = '';
    for (const unit of block.units) {
      let kind: UnitRun;
      if (!unit.translate) kind = SOURCE;
      else if (unit.state === 'approved') kind = TRANSLATION;
      else if (showDrafts && isDraft(unit)) {
        draftUnits++;
        kind = DRAFT;
      } else if (showFallback) {
        fallbackUnits++;
        kind = FALLBACK;
      } else {
        omittedUnits++;
        continue;
      }
      const content = kind.lang === 'target' ? unit.target : unit.source;
      const lang = kind.lang === 'target' ? input.lang : input.sourceLang;
      if (current && previous) {
        const separator = separatorBetween(spacing, previous, kind, previousContent, pendingSpace);
        const joins = current.lang === lang && current.fallback === kind.fallback && current.draft === kind.draft;
        if (!owned && (separator !== '' || joins)) {
          current.content = [...current.content];
          owned = true;
        }
        appendText(current.content, separator);
        if (joins) appendContent(current.content, content);
        else current = null;
      }
      if (!current) {
        current = kind.draft ? { content, lang, fallback: false, draft: true } : { content, lang, fallback: kind.fallback };
        owned = false;
        if (runs) runs.push(current);
        else runs = [current];
      }
      previous = kind;
      previousContent = content;
      pendingSpace = unit.spaceAfter;
    }
    const isDate = block.kind === 'date' && block.date;
    if (!runs && !isDate) continue;
    blocks.push({ kind: block.kind, level: block.level ?? 2, list: block.list ?? null, date: block.date ?? null, runs: runs ?? [] });
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

/** What a unit contributes: text of the source or of the language, and how it is marked. */
interface UnitRun {
  lang: 'source' | 'target';
  fallback: boolean;
  draft: boolean | undefined;
}
const SOURCE: UnitRun = { lang: 'source', fallback: false, draft: undefined };
const TRANSLATION: UnitRun = { lang: 'target', fallback: false, draft: undefined };
const DRAFT: UnitRun = { lang: 'target', fallback: false, draft: true };
const FALLBACK: UnitRun = { lang: 'source', fallback: true, draft: undefined };

/**
 * What stands between two sentences of a block. The source's own spacing stays between source
 * sentences; between translated sentences of a language written without spaces, nothing does.
 * `before` is the previous sentence.
 */
function separatorBetween(spacing: SentenceSpacing, previous: UnitRun, next: UnitRun, before: Content, sourceSpace: string): string {
  if (sourceSpace === '') return '';
  const previousTight = !previous.fallback && !spacing[previous.lang];
  const nextTight = !next.fallback && !spacing[next.lang];
  if (previousTight && (nextTight || endsTight(before))) return '';
  return sourceSpace.includes('\n') ? ' ' : sourceSpace;
}

/** A translation someone wrote that is waiting for review (a rejected one is not shown). */
function isDraft(unit: PublicationUnitInput): boolean {
  return (unit.state === 'translated' || unit.state === 'needs-review') && contentText(unit.target).trim() !== '';
}

const collators = new Map<string, Intl.Collator>();

/** The collator of `lang` for names, made once per language. */
function nameCollator(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/** Each list of signatories sorted by the collation of `lang`; every other block stays where it is. */
function collateSignatories(blocks: AssembledBlock[], lang: string): AssembledBlock[] {
  const collator = nameCollator(lang);
  const nameOf = (block: AssembledBlock): string => block.runs.map((run) => contentText(run.content)).join('');
  const sorted = [...blocks];
  let start = 0;
  while (start < sorted.length) {
    const first = sorted[start]!;
    let end = start;
    while (end < sorted.length && sorted[end]!.kind === 'signatory' && first.kind === 'signatory' && sorted[end]!.list === first.list) end++;
    if (end > start + 1) {
      const named = sorted.slice(start, end).map((block) => ({ block, name: nameOf(block) }));
      named.sort((a, b) => collator.compare(a.name, b.name));
      for (const [index, { block }] of named.entries()) sorted[start + index] = block;
    }
    start = Math.max(end, start + 1);
  }
  return sorted;
}

/** Adds `parts` at the end of `content` (a run's own copy), text next to text joined into one string. */
function appendContent(content: Content, parts: Content): void {
  for (const part of parts) {
    if (typeof part === 'string') appendText(content, part);
    else content.push(part);
  }
}

function appendText(content: Content, text: string): void {
  if (text === '') return;
  const at = content.length - 1;
  const last = content[at];
  if (typeof last === 'string') content[at] = last + text;
  else content.push(text);
}

/** The title of a publication: its first title block, else its first heading. */
export function publicationTitle(publication: Publication): string {
  const block = publication.blocks.find((b) => b.kind === 'title') ?? publication.blocks.find((b) => b.kind === 'heading');
  return block ? block.runs.map((r) => contentText(r.content)).join('') : '';
}

import { directionOf } from '../../language/index.ts';
import { publicationTitle, type AssembledBlock, type Run } from '../assemble.ts';
import { formatPublicationDate } from '../formatDate.ts';
import { inlineTree, type InlineNode } from '../inline.ts';
import { inertText, isolateLeftToRight } from '../inertText.ts';
import { typographyOf } from '../locales/index.ts';
import type { PublicationDocument } from './types.ts';

/** Block kinds as every format writes them (asides are never published). */
export type LaidBlockKind = 'title' | 'heading' | 'paragraph' | 'date' | 'list-item' | 'signatory';

/** A run ready to write: inert text, the language's typography, left-to-right stretches of right-to-left text isolated. */
export interface LaidRun {
  nodes: InlineNode[];
  lang: string;
  /** `fallback`: source text standing in for a translation; `draft`: a translation not approved yet. */
  mark: 'fallback' | 'draft' | null;
  /** Written in a direction other than the page's: to be isolated from the text around it. */
  isolate: boolean;
}

export interface LaidBlock {
  kind: LaidBlockKind;
  /** 1 for the title, 2–6 for headings. */
  level: number;
  /** For a date block: the date, YYYY-MM-DD. */
  date: string | null;
  runs: LaidRun[];
}

/** The body in reading order; consecutive items of one list are one list. */
export type LaidSection = { type: 'block'; block: LaidBlock } | { type: 'list'; signatories: boolean; items: LaidBlock[] };

export interface LaidCredits {
  role: 'translator' | 'reviewer';
  label: string;
  names: string[];
}

/** One language version as every format writes it: body, notices and credits in the page's language. */
export interface LaidPublication {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** The statement's date, YYYY-MM-DD, when it has one. */
  date: string | null;
  sections: Iterable<LaidSection>;
  /** Says that some text is not (or not yet) the approved translation; null when all of it is. */
  notice: string | null;
  /** Which snapshot this is (number, date, source revision); null for a preview. */
  versionLine: string | null;
  creditsHeading: string;
  credits: LaidCredits[];
}

/** Changes every text of `nodes` in place (the caller's own, fresh tree). */
function changeText(nodes: InlineNode[], change: (text: string) => string): InlineNode[] {
  for (const node of nodes) {
    if (node.type === 'text') node.text = change(node.text);
    else if (node.type === 'element') changeText(node.children, change);
  }
  return nodes;
}

/** What every run of one language version is laid out with, worked out once for the version. */
interface Setting {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's typography, and isolation of left-to-right stretches on a right-to-left page. */
  typeset: (text: string) => string;
  /** Whether runs in each language are written in a direction other than the page's. */
  isolate: Map<string, boolean>;
}

function layRun(run: Run, setting: Setting): LaidRun {
  const translated = run.lang === setting.lang && !run.fallback;
  const nodes = inlineTree(run.content);
  if (translated) changeText(nodes, setting.typeset);
  let isolate = setting.isolate.get(run.lang);
  if (isolate === undefined) {
    isolate = directionOf(run.lang) !== setting.dir;
    setting.isolate.set(run.lang, isolate);
  }
  return { nodes, lang: run.lang, mark: run.fallback ? 'fallback' : run.draft ? 'draft' : null, isolate };
}

function layBlock(block: AssembledBlock, setting: Setting): LaidBlock | null {
  if (block.kind === 'aside') return null;
  const { lang, dir } = setting;
  if (block.kind === 'date' && block.date) {
    const text = formatPublicationDate(block.date, lang);
    return { kind: 'date', level: 0, date: block.date, runs: [{ nodes: [{ type: 'text', text: dir === 'rtl' ? isolateLeftToRight(text) : text }], lang, mark: null, isolate: false }] };
  }
  const level = block.kind === 'title' ? 1 : block.kind === 'heading' ? Math.min(6, Math.max(2, block.level)) : 0;
  // Sized once (most blocks have one run).
  const runs = new Array<LaidRun>(block.runs.length);
  for (let at = 0; at < runs.length; at++) runs[at] = layRun(block.runs[at]!, setting);
  return { kind: block.kind, level, date: block.date, runs };
}

const typesetters = new Map<string, (text: string) => string>();

/** Text translated into `lang` as a page in direction `dir` shows it: typography, then left-to-right stretches of right-to-left text isolated. */
function typesetterOf(lang: string, dir: 'ltr' | 'rtl'): (text: string) => string {
  const key = `${dir}:${lang}`;
  let typeset = typesetters.get(key);
  if (!typeset) {
    const typography = typographyOf(lang);
    typeset = dir === 'rtl' ? (text) => isolateLeftToRight(typography(text)) : typography;
    typesetters.set(key, typeset);
  }
  return typeset;
}

/**
 * The body's sections, each laid out when it is reached (a format writes it, and it is done with).
 * A list is handed over once the block after it shows where it ends.
 */
class Sections implements Iterator<LaidSection, undefined> {
  private readonly blocks: readonly AssembledBlock[];
  private readonly setting: Setting;
  private at = 0;
  /** The list being filled: consecutive items of the same kind and list number. */
  private list: (LaidSection & { type: 'list' }) | null = null;
  private listNumber: number | string = '';
  /** A block laid out after a list, to hand over after it. */
  private waiting: LaidSection | null = null;

  constructor(blocks: readonly AssembledBlock[], setting: Setting) {
    this.blocks = blocks;
    this.setting = setting;
  }

  next(): IteratorResult<LaidSection, undefined> {
    if (this.waiting) {
      const value = this.waiting;
      this.waiting = null;
      return { done: false, value };
    }
    while (this.at < this.blocks.length) {
      const assembled = this.blocks[this.at++]!;
      const block = layBlock(assembled, this.setting);
      if (!block) continue;
      const list = this.list;
      if (block.kind === 'list-item' || block.kind === 'signatory') {
        const number = assembled.list ?? '';
        if (list && list.items[0]!.kind === block.kind && this.listNumber === number) {
          list.items.push(block);
          continue;
        }
        this.list = { type: 'list', signatories: block.kind === 'signatory', items: [block] };
        this.listNumber = number;
        if (list) return { done: false, value: list };
        continue;
      }
      this.list = null;
      if (list) {
        this.waiting = { type: 'block', block };
        return { done: false, value: list };
      }
      return { done: false, value: { type: 'block', block } };
    }
    const list = this.list;
    this.list = null;
    return list ? { done: false, value: list } : { done: true, value: undefined };
  }

  [Symbol.iterator](): Iterator<LaidSection, undefined> {
    return this;
  }
}


/** Lays one language version out for the formats: the single place where text is made safe and typeset. */
export function layOutPublication(doc: PublicationDocument): LaidPublication {
  const { publication, strings: t } = doc;
  const lang = publication.lang;
  const dir = publication.dir;
  const setting: Setting = { lang, dir, typeset: typesetterOf(lang, dir), isolate: new Map() };
  const sections = { [Symbol.iterator]: () => new Sections(publication.blocks, setting) };
  const pending = publication.fallbackUnits + publication.draftUnits;
  const notice =
    publication.mode === 'preview'
      ? t('preview.banner', { count: pending })
      : publication.fallbackUnits > 0
        ? t('publication.fallbackNotice', { count: publication.fallbackUnits })
        : null;
  const versionLine =
    doc.version === null
      ? null
      : t('publication.version', { version: doc.version, revision: doc.sourceRevision, date: doc.publishedAt ? formatPublicationDate(doc.publishedAt, lang) : '' });
  const credits: LaidCredits[] = [];
  for (const role of ['translator', 'reviewer'] as const) {
    const names = doc.credits.filter((credit) => credit.role === role).map((credit) => inertText(credit.name).trim()).filter((name) => name !== '');
    if (names.length > 0) credits.push({ role, label: t(`publication.${role}`, { count: names.length }), names });
  }
  const dateBlock = publication.blocks.find((block) => block.kind === 'date' && block.date);
  return {
    lang,
    dir,
    title: inertText(doc.title ?? publicationTitle(publication)).trim(),
    date: doc.date ?? dateBlock?.date ?? null,
    sections,
    notice: notice === null ? null : inertText(notice),
    versionLine: versionLine === null ? null : inertText(versionLine),
    creditsHeading: t('publication.credits'),
    credits,
  };
}

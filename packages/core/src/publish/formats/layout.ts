import { directionOf } from '../../language/index.ts';
import { publicationTitle, type AssembledBlock, type Run } from '../assemble.ts';
import { formatPublicationDate } from '../formatDate.ts';
import { inlineTree, type InlineNode } from '../inline.ts';
import { inertText, isolateLeftToRight } from '../inertText.ts';
import { applyTypography } from '../locales/index.ts';
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
  sections: LaidSection[];
  /** Says that some text is not (or not yet) the approved translation; null when all of it is. */
  notice: string | null;
  /** Which snapshot this is (number, date, source revision); null for a preview. */
  versionLine: string | null;
  creditsHeading: string;
  credits: LaidCredits[];
}

function mapText(nodes: InlineNode[], change: (text: string) => string): InlineNode[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, text: change(node.text) };
    if (node.type === 'element') return { ...node, children: mapText(node.children, change) };
    return node;
  });
}

function layRun(run: Run, lang: string, dir: 'ltr' | 'rtl'): LaidRun {
  const translated = run.lang === lang && !run.fallback;
  let nodes = inlineTree(run.content);
  if (translated) nodes = mapText(nodes, dir === 'rtl' ? (text) => isolateLeftToRight(applyTypography(text, lang)) : (text) => applyTypography(text, lang));
  return { nodes, lang: run.lang, mark: run.fallback ? 'fallback' : run.draft ? 'draft' : null, isolate: directionOf(run.lang) !== dir };
}

function layBlock(block: AssembledBlock, lang: string, dir: 'ltr' | 'rtl'): LaidBlock | null {
  if (block.kind === 'aside') return null;
  if (block.kind === 'date' && block.date) {
    const text = formatPublicationDate(block.date, lang);
    return { kind: 'date', level: 0, date: block.date, runs: [{ nodes: [{ type: 'text', text: dir === 'rtl' ? isolateLeftToRight(text) : text }], lang, mark: null, isolate: false }] };
  }
  const level = block.kind === 'title' ? 1 : block.kind === 'heading' ? Math.min(6, Math.max(2, block.level)) : 0;
  return { kind: block.kind, level, date: block.date, runs: block.runs.map((run) => layRun(run, lang, dir)) };
}

/** Lays one language version out for the formats: the single place where text is made safe and typeset. */
export function layOutPublication(doc: PublicationDocument): LaidPublication {
  const { publication, strings: t } = doc;
  const lang = publication.lang;
  const dir = publication.dir;
  const laid: { block: LaidBlock; list: number | null }[] = [];
  for (const block of publication.blocks) {
    const one = layBlock(block, lang, dir);
    if (one) laid.push({ block: one, list: block.list });
  }
  const sections: LaidSection[] = [];
  let current = null as { key: string; section: LaidSection & { type: 'list' } } | null;
  for (const { block, list } of laid) {
    if (block.kind === 'list-item' || block.kind === 'signatory') {
      const key = `${block.kind}:${list ?? ''}`;
      if (current?.key === key) current.section.items.push(block);
      else {
        current = { key, section: { type: 'list', signatories: block.kind === 'signatory', items: [block] } };
        sections.push(current.section);
      }
    } else {
      current = null;
      sections.push({ type: 'block', block });
    }
  }
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

import type { Content, InlineCode } from '../model/document.ts';

/**
 * How inline codes are kept in XLIFF 1.2 so our own files read back exactly:
 *
 * - `name` goes into `ctype="x-{name}"` (an XLIFF extension value; `%` and
 *   whitespace are %-escaped because `x-` values may not contain whitespace).
 *   An empty name writes no `ctype`.
 * - `attrs`, and the name of a close code written as `<ept>` (which has no
 *   `ctype`), go into `equiv-text` as JSON: `{"attrs":{…},"name":"…"}`. Strict
 *   XLIFF 1.2 allows no attributes of our own on inline elements, and
 *   `equiv-text` is the one free-text attribute they all share.
 * - An `open`/`close` pair becomes `<g>` when it nests properly, the names match
 *   and the close has no attrs; everything else becomes `<bpt>`/`<ept>`
 *   (paired by `id`, as our model pairs them), standalone codes `<x/>`.
 */

const ESCAPED_IN_NAME = /[%\t\n\r ]/g;
const ESCAPE_SEQUENCE = /%(25|20|09|0A|0D)/g;

/** An XLIFF extension value (`x-…`) for a code name or block kind; undefined for ''. */
export function toXValue(name: string): string | undefined {
  if (name === '') return undefined;
  return 'x-' + name.replace(ESCAPED_IN_NAME, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** The name for a `ctype`/`restype`: `x-…` values decoded, standard values (`bold`, `lb`…) as they are. */
export function fromXValue(value: string | undefined): string {
  if (value === undefined) return '';
  if (!value.startsWith('x-')) return value;
  return value.slice(2).replace(ESCAPE_SEQUENCE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface CodeMeta {
  name?: string;
  attrs?: Record<string, string>;
}

export function codeMetaJson(meta: CodeMeta): string | undefined {
  if (meta.name === undefined && meta.attrs === undefined) return undefined;
  return JSON.stringify(meta);
}

/** Our JSON from `equiv-text`; undefined for anything else (other tools put display text there). */
export function parseCodeMeta(equivText: string | undefined): CodeMeta | undefined {
  if (equivText === undefined || !equivText.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(equivText);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const meta: CodeMeta = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (key === 'name' && typeof field === 'string') meta.name = field;
    else if (key === 'attrs' && isStringRecord(field)) meta.attrs = field;
    else return undefined;
  }
  return meta;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isPlainObject(value) && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * The name a close code gets when its element says none: the name of the
 * first open code with the same id in the same content, else empty. Writer
 * and reader share this rule, so the writer stores a close's name only when
 * it differs.
 */
export function derivedCloseName(content: Content, id: string): string {
  for (const part of content) {
    if (typeof part !== 'string' && part.kind === 'open' && part.id === id) return part.name;
  }
  return '';
}

export type CodeForm = 'g-open' | 'g-close' | 'bpt' | 'ept' | 'x';

/**
 * The element each inline code of `content` is written as (indexed like
 * `content`; strings get no entry). A close pairs with the nearest unpaired
 * open of the same id; opens left between them cannot nest and become `<bpt>`.
 */
export function planCodeForms(content: Content): (CodeForm | undefined)[] {
  const forms: (CodeForm | undefined)[] = new Array(content.length);
  const openStack: number[] = [];
  for (let i = 0; i < content.length; i++) {
    const part = content[i];
    if (part === undefined || typeof part === 'string') continue;
    if (part.kind === 'standalone') {
      forms[i] = 'x';
    } else if (part.kind === 'open') {
      forms[i] = 'bpt';
      openStack.push(i);
    } else {
      forms[i] = 'ept';
      const at = findPairableOpen(content, openStack, part);
      if (at >= 0) {
        const openIndex = openStack[at] as number;
        forms[openIndex] = 'g-open';
        forms[i] = 'g-close';
        // Opens above the pair would cross its end: they stay <bpt>.
        openStack.length = at;
      }
    }
  }
  return forms;
}

function findPairableOpen(content: Content, openStack: number[], close: InlineCode): number {
  for (let at = openStack.length - 1; at >= 0; at--) {
    const open = content[openStack[at] as number] as InlineCode;
    if (open.id !== close.id) continue;
    return open.name === close.name && close.attrs === undefined ? at : -1;
  }
  return -1;
}

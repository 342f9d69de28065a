import type { Content } from '../model/document.ts';
import { planCodes20, type CodeForm20 } from './inlineCodes20.ts';

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
 *   and the close has no attrs; other pairs become `<bpt>`/`<ept>` (paired by
 *   `id`, as our model pairs them), an open or close without its partner an
 *   isolated `<it pos="open|close">`, standalone codes `<x/>`.
 */

const ESCAPED_IN_NAME = /[%\t\n\r ]/g;
const ESCAPE_SEQUENCE = /%(25|20|09|0A|0D)/g;

const xValues = new Map<string, string>();

/** An XLIFF extension value (`x-…`) for a code name or block kind; undefined for ''. */
export function toXValue(name: string): string | undefined {
  if (name === '') return undefined;
  let value = xValues.get(name);
  if (value === undefined) {
    value = 'x-' + name.replace(ESCAPED_IN_NAME, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    if (xValues.size < 1000) xValues.set(name, value);
  }
  return value;
}

const namesOfXValues = new Map<string, string>();

/** The name for a `ctype`/`restype`: `x-…` values decoded, standard values (`bold`, `lb`…) as they are. */
export function fromXValue(value: string | undefined): string {
  if (value === undefined) return '';
  if (!value.startsWith('x-')) return value;
  let name = namesOfXValues.get(value);
  if (name === undefined) {
    name = value.slice(2).replace(ESCAPE_SEQUENCE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (namesOfXValues.size < 1000) namesOfXValues.set(value, name);
  }
  return name;
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
  if (equivText === undefined || equivText.charCodeAt(0) !== 0x7b /* { */) return undefined;
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
  if (!isPlainObject(value)) return false;
  for (const key in value) if (typeof value[key] !== 'string') return false;
  return true;
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

export type CodeForm = 'g-open' | 'g-close' | 'bpt' | 'ept' | 'it-open' | 'it-close' | 'x';

const FORM_OF_20: Record<CodeForm20, CodeForm> = {
  'pc-open': 'g-open',
  'pc-close': 'g-close',
  sc: 'bpt',
  ec: 'ept',
  'sc-isolated': 'it-open',
  'ec-isolated': 'it-close',
  ph: 'x',
};

/**
 * The element each inline code of `content` is written as (indexed like `content`; strings get
 * no entry). A close pairs with the nearest unpaired open of the same id before it; a pair is
 * `<g>` when it nests properly (see planCodes20), else `<bpt>`/`<ept>`; an open or close without
 * its partner is an isolated `<it pos="open|close">`, as XLIFF 1.2 wants.
 */
export function planCodeForms(content: Content): (CodeForm | undefined)[] {
  return planCodes20(content).forms.map((form) => (form === undefined ? undefined : FORM_OF_20[form]));
}

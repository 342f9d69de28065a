import type { Content, InlineCode } from '../model/document.ts';
import { escapeAttr } from '../xml/escape.ts';
import { fromUserValue, toUserValue } from './ids20.ts';

/**
 * How inline codes are kept in XLIFF 2.0 so our own files read back exactly, while staying valid
 * for the schema and the processing requirements:
 *
 * - An `open`/`close` pair that nests properly, with the same name and no attrs on the close,
 *   becomes `<pc>`; other pairs `<sc>`/`<ec startRef>`; an open without its close
 *   `<sc isolated="yes">`, a close without its open `<ec id isolated="yes">`; standalone codes `<ph>`.
 *   A close pairs with the nearest unpaired open of the same id before it.
 * - The name: `b`, `i`, `u` and `br` as XLIFF's own `type="fmt" subType="xlf:b|xlf:i|xlf:u|xlf:lb"`,
 *   others as `subType="tessera:{name}"` with a `type` guessed from the name (`a` → `link`,
 *   `img` → `image`, formatting → `fmt`, else `other`). An empty name writes neither; an `<ec>`
 *   paired with an `<sc>` writes its name only when it differs from the `<sc>`'s.
 * - `attrs` (e.g. `href`) as JSON in `<originalData><data>`, referenced by `dataRef` (`dataRefStart`
 *   and `dataRefEnd` on `<pc>`, which the spec wants in pairs). Inline elements allow no
 *   attributes of our own, and original data is where XLIFF keeps what a code stands for.
 *
 * Reading other tools' codes: the name is the `subType` (the four `xlf:` ones mapped back), else
 * the `type`, else empty; `data` that is not our JSON adds no attrs.
 */

const XLF_SUBTYPES: Record<string, string> = { b: 'xlf:b', i: 'xlf:i', u: 'xlf:u', br: 'xlf:lb' };
const NAMES_OF_XLF: Record<string, string> = { 'xlf:b': 'b', 'xlf:i': 'i', 'xlf:u': 'u', 'xlf:lb': 'br' };

const TYPE_OF_NAME: Record<string, string> = {
  a: 'link',
  link: 'link',
  img: 'image',
  image: 'image',
  picture: 'image',
  q: 'quote',
  blockquote: 'quote',
  cite: 'quote',
  button: 'ui',
  kbd: 'ui',
  var: 'ui',
};
const FORMATTING = new Set(['b', 'i', 'u', 'em', 'strong', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'small', 'big', 'mark', 'span', 'code', 'tt', 'font', 'abbr', 'br', 'hr', 'wbr']);

const typeAttrsCache = new Map<string, string>();

/** ` type="…" subType="…"` for a code name; '' for the empty name. */
export function typeAttrs(name: string): string {
  if (name === '') return '';
  const cached = typeAttrsCache.get(name);
  if (cached !== undefined) return cached;
  const attrs = computeTypeAttrs(name);
  if (typeAttrsCache.size < 1000) typeAttrsCache.set(name, attrs);
  return attrs;
}

function computeTypeAttrs(name: string): string {
  const xlf = Object.hasOwn(XLF_SUBTYPES, name) ? XLF_SUBTYPES[name] : undefined;
  if (xlf !== undefined) return ' type="fmt" subType="' + xlf + '"';
  const type = (Object.hasOwn(TYPE_OF_NAME, name) ? TYPE_OF_NAME[name] : undefined) ?? (FORMATTING.has(name) ? 'fmt' : 'other');
  return ' type="' + type + '" subType="' + escapeAttr(toUserValue(name)) + '"';
}

/** ` type="other" subType="tessera:%"`: an explicit empty name (for an `<ec>` whose `<sc>` has one). */
export const EMPTY_NAME_ATTRS = ' type="other" subType="tessera:%"';

const namesOfSubTypes = new Map<string, string>();

/** The name of a code read with these `type`/`subType` values. */
export function nameFrom(type: string | undefined, subType: string | undefined): string {
  if (subType === undefined) return type ?? '';
  let name = namesOfSubTypes.get(subType);
  if (name === undefined) {
    name = fromUserValue(subType) ?? (Object.hasOwn(NAMES_OF_XLF, subType) ? (NAMES_OF_XLF[subType] as string) : subType);
    if (namesOfSubTypes.size < 1000) namesOfSubTypes.set(subType, name);
  }
  return name;
}

/** The `<data>` text for a code's attrs. */
export function attrsJson(attrs: Record<string, string>): string {
  return JSON.stringify(attrs);
}

/** Attrs from a `<data>` text when it is our JSON (an object of strings), else undefined. */
export function attrsFromData(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined || text.charCodeAt(0) !== 0x7b /* { */) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const key in record) if (typeof record[key] !== 'string') return undefined;
  return record as Record<string, string>;
}

export type CodeForm20 = 'pc-open' | 'pc-close' | 'sc' | 'ec' | 'sc-isolated' | 'ec-isolated' | 'ph';

export interface CodePlan {
  /** Indexed like the content; strings get no entry. */
  forms: (CodeForm20 | undefined)[];
  /** For `ec` and `pc-close`: the index of the open code it closes. */
  partner: number[];
}

/**
 * The element each inline code of `content` is written as. Pairs first (a close with the nearest
 * unpaired open of the same id before it), then which pairs can be `<pc>`: a pair whose open is
 * still on the stack of open `<pc>` candidates when its close comes; candidates above it would
 * cross it and become `<sc>`.
 */
export function planCodes20(content: Content): CodePlan {
  const n = content.length;
  const forms: (CodeForm20 | undefined)[] = new Array<CodeForm20 | undefined>(n);
  const partner: number[] = new Array<number>(n).fill(-1);
  // Contents hold a handful of codes: scanning back is cheaper than a map.
  for (let i = 0; i < n; i++) {
    const part = content[i];
    if (part === undefined || typeof part === 'string') continue;
    if (part.kind === 'standalone') forms[i] = 'ph';
    else if (part.kind === 'open') forms[i] = 'sc-isolated';
    else {
      let open = -1;
      for (let j = i - 1; j >= 0; j--) {
        const candidate = content[j];
        if (forms[j] === 'sc-isolated' && typeof candidate !== 'string' && candidate !== undefined && candidate.id === part.id) {
          open = j;
          break;
        }
      }
      if (open < 0) {
        forms[i] = 'ec-isolated';
      } else {
        forms[i] = 'ec';
        forms[open] = 'sc';
        partner[i] = open;
        partner[open] = i;
      }
    }
  }
  // Which pairs can be <pc>.
  let stack: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    if (form === 'sc') {
      const close = content[partner[i] as number] as InlineCode;
      const open = content[i] as InlineCode;
      if (open.name === close.name && close.attrs === undefined) (stack ??= []).push(i);
    } else if (form === 'ec' && stack !== undefined) {
      const open = partner[i] as number;
      const at = stack.lastIndexOf(open);
      if (at >= 0) {
        // Candidates above `open` would cross this pair: they stay <sc>.
        stack.length = at;
        forms[open] = 'pc-open';
        forms[i] = 'pc-close';
      }
    }
  }
  return { forms, partner };
}

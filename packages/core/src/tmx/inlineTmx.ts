import type { Content, InlineCode } from '../model/document.ts';
import { escapeAttr, escapeText } from '../xml/escape.ts';
import { planCodes20 } from '../xliff/inlineCodes20.ts';

/**
 * Inline codes in TMX 1.4b `<seg>`s. TMX keeps the original code as text inside the element;
 * we have no original markup, so we write an HTML-like tag built from the code's name and attrs
 * (`<a href="…">`, `</a>`, `<br/>`), escaped:
 *
 * - a pair (a close with the nearest unpaired open of the same id before it) is
 *   `<bpt i x type>` … `<ept i>`; an open or a close without its partner, or a pair whose names
 *   differ (`<ept>` has no type), `<it pos="begin|end">`; a standalone code `<ph>`;
 * - `type` holds the name; `x` numbers the codes of a translation unit by their id, so a code of
 *   the source and the same code of the target share it; `i` numbers the pairs of a segment.
 *
 * Reading: `bpt`/`ept` (paired by `i`), `it`, `ph` and `ut` become codes whose id is `x` (else
 * `i` for pairs, else a number in the segment) and whose name is `type`; attrs come back when the
 * code text is a start tag of that name (`<a href="x">` with type `a`). `hi` keeps its text and
 * codes; a code's own text, including any `sub`, is left out.
 */

/** Numbers the code ids of one translation unit, in order of first appearance. */
export class CodeNumbers {
  private readonly numbers = new Map<string, number>();

  of(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(id, n);
    }
    return n;
  }
}

function nativeTag(code: InlineCode, kind: 'start' | 'end' | 'empty'): string {
  if (kind === 'end') return '</' + code.name + '>';
  let tag = '<' + code.name;
  if (code.attrs) for (const [name, value] of Object.entries(code.attrs)) tag += ' ' + name + '="' + value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;') + '"';
  return tag + (kind === 'empty' ? '/>' : '>');
}

const typeAttr = (code: InlineCode): string => (code.name === '' ? '' : ' type="' + escapeAttr(code.name) + '"');

/** The inner XML of a `<seg>`. */
export function writeSeg(content: Content, numbers: CodeNumbers): string {
  let xml = '';
  let plan: ReturnType<typeof planCodes20> | undefined;
  const pairOf: number[] = [];
  let pairs = 0;
  for (let i = 0; i < content.length; i++) {
    const part = content[i] as string | InlineCode;
    if (typeof part === 'string') {
      xml += escapeText(part);
      continue;
    }
    plan ??= planCodes20(content);
    const x = ' x="' + String(numbers.of(part.id)) + '"';
    let form = plan.forms[i];
    // <ept> carries no type: a close named otherwise than its open is written as an isolated pair.
    const partner = plan.partner[i] ?? -1;
    if ((form === 'sc' || form === 'ec') && partner >= 0 && (content[partner] as InlineCode).name !== part.name) form = form === 'sc' ? 'sc-isolated' : 'ec-isolated';
    switch (form) {
      case 'pc-open':
      case 'sc':
        pairOf[i] = ++pairs;
        xml += '<bpt i="' + String(pairs) + '"' + x + typeAttr(part) + '>' + escapeText(nativeTag(part, 'start')) + '</bpt>';
        break;
      case 'pc-close':
      case 'ec':
        xml += '<ept i="' + String(pairOf[plan.partner[i] as number] ?? 0) + '">' + escapeText(nativeTag(part, 'end')) + '</ept>';
        break;
      case 'sc-isolated':
        xml += '<it pos="begin"' + x + typeAttr(part) + '>' + escapeText(nativeTag(part, 'start')) + '</it>';
        break;
      case 'ec-isolated':
        xml += '<it pos="end"' + x + typeAttr(part) + '>' + escapeText(nativeTag(part, 'end')) + '</it>';
        break;
      default:
        xml += '<ph' + x + typeAttr(part) + '>' + escapeText(nativeTag(part, 'empty')) + '</ph>';
    }
  }
  return xml;
}

const START_TAG = /^<([^\s/<>="']+)((?:\s+[^\s/<>="']+\s*=\s*"[^"]*")*)\s*\/?>$/;
const ATTRIBUTE = /([^\s/<>="']+)\s*=\s*"([^"]*)"/g;
const ENTITY = /&(amp|quot|lt|gt|apos);/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** The attributes of a code's text when it is a start tag named `name`; undefined otherwise or when it has none. */
export function attrsFromNative(native: string, name: string): Record<string, string> | undefined {
  const match = START_TAG.exec(native.trim());
  if (match === null || match[1] !== name || match[2] === undefined || match[2] === '') return undefined;
  const attrs: Record<string, string> = {};
  for (const [, key, value] of match[2].matchAll(ATTRIBUTE)) attrs[key as string] = (value as string).replace(ENTITY, (_, e: string) => ENTITIES[e] as string);
  return attrs;
}

import type { Content, InlineCode } from '../model/document.ts';
import { escapeAttr, escapeText } from './escape.ts';
import { codeXmlId } from './ids20.ts';
import { attrsJson, EMPTY_NAME_ATTRS, planCodes20, typeAttrs } from './inlineCodes20.ts';

/** Collects the `<data>` elements of one `<unit>`. */
export class OriginalData {
  private xml = '';
  private count = 0;

  /** Adds a `<data>` with this text; returns its id. */
  add(text: string): string {
    this.count++;
    const id = 'd' + String(this.count);
    this.xml += '        <data id="' + id + '">' + escapeText(text) + '</data>\n';
    return id;
  }

  /** The `<originalData>` element, or '' when nothing was added. */
  element(): string {
    return this.count === 0 ? '' : '      <originalData>\n' + this.xml + '      </originalData>\n';
  }
}

/** XML ids of the inline elements written for one `<source>`, with their element names. */
export type InlineElements = Map<string, string>;

/**
 * The inner XML of a `<source>` or `<target>` of the segment `segmentKey` (its XML id): text and
 * inline codes (see inlineCodes20.ts), no added whitespace. `elements` collects the XML ids used;
 * for a target, pass the source's as `sourceElements`: a target code reuses the id of the source
 * code it corresponds to, and never the id of a source element of another kind.
 */
export function writeContent20(content: Content, segmentKey: string, data: OriginalData, elements?: InlineElements, sourceElements?: InlineElements): string {
  let xml = '';
  let plan: ReturnType<typeof planCodes20> | undefined;
  let used: Set<string> | undefined;
  let xmlIds: string[] | undefined;
  const idFor = (index: number, code: InlineCode, element: string): string => {
    used ??= new Set();
    xmlIds ??= [];
    const base = codeXmlId(segmentKey, code.id);
    let id = base;
    for (let n = 2; used.has(id) || (sourceElements?.get(id) ?? element) !== element; n++) id = base + ':' + String(n);
    used.add(id);
    elements?.set(id, element);
    xmlIds[index] = id;
    return id;
  };
  for (let i = 0; i < content.length; i++) {
    const part = content[i] as string | InlineCode;
    if (typeof part === 'string') {
      xml += escapeText(part);
      continue;
    }
    plan ??= planCodes20(content);
    switch (plan.forms[i]) {
      case 'pc-open': {
        xml += '<pc id="' + idFor(i, part, 'pc') + '"' + typeAttrs(part.name);
        if (part.attrs !== undefined) {
          const ref = data.add(attrsJson(part.attrs));
          xml += ' dataRefEnd="' + ref + '" dataRefStart="' + ref + '"';
        }
        xml += '>';
        break;
      }
      case 'pc-close':
        xml += '</pc>';
        break;
      case 'sc':
      case 'sc-isolated':
        xml += '<sc id="' + idFor(i, part, 'sc') + '"' + typeAttrs(part.name) + dataRef(part, data);
        xml += plan.forms[i] === 'sc-isolated' ? ' isolated="yes"/>' : '/>';
        break;
      case 'ec': {
        const open = content[plan.partner[i] as number] as InlineCode;
        const name = part.name === open.name ? '' : part.name === '' ? EMPTY_NAME_ATTRS : typeAttrs(part.name);
        xml += '<ec startRef="' + (xmlIds?.[plan.partner[i] as number] ?? '') + '"' + name + dataRef(part, data) + '/>';
        break;
      }
      case 'ec-isolated':
        xml += '<ec id="' + idFor(i, part, 'ec') + '" isolated="yes"' + typeAttrs(part.name) + dataRef(part, data) + '/>';
        break;
      default:
        xml += '<ph id="' + idFor(i, part, 'ph') + '"' + typeAttrs(part.name) + dataRef(part, data) + '/>';
    }
  }
  return xml;
}

function dataRef(code: InlineCode, data: OriginalData): string {
  return code.attrs === undefined ? '' : ' dataRef="' + escapeAttr(data.add(attrsJson(code.attrs))) + '"';
}

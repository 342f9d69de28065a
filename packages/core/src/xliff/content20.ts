import type { Content, InlineCode } from '../model/document.ts';
import { escapeAttr, escapeText } from '../xml/escape.ts';
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

/** XML ids of the inline elements written for one `<source>`, each followed by its element name. */
export type InlineElements = string[];

/**
 * The inner XML of a `<source>` or `<target>` of the segment `segmentKey` (its XML id): text and
 * inline codes (see inlineCodes20.ts), no added whitespace. `elements` collects the XML ids used
 * (with their element names); for a target, pass the source's as `sourceElements`: a target code
 * reuses the id of the source code it corresponds to, and never the id of a source element of
 * another kind.
 */
export function writeContent20(content: Content, segmentKey: string, data: OriginalData, elements?: InlineElements, sourceElements?: InlineElements): string {
  if (content.length === 1 && typeof content[0] === 'string') return escapeText(content[0]);
  let xml = '';
  let plan: ReturnType<typeof planCodes20> | undefined;
  // XML ids given so far, and each code's (by content index), for <ec startRef>.
  let used: string[] | undefined;
  let xmlIds: string[] | undefined;
  for (let i = 0; i < content.length; i++) {
    const part = content[i] as string | InlineCode;
    if (typeof part === 'string') {
      xml += escapeText(part);
      continue;
    }
    if (plan === undefined) {
      plan = planCodes20(content);
      used = [];
      xmlIds = [];
    }
    switch (plan.forms[i]) {
      case 'pc-open': {
        xml += '<pc id="' + xmlIdFor(i, part, 'pc', segmentKey, used as string[], xmlIds as string[], elements, sourceElements) + '"' + typeAttrs(part.name);
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
        xml += '<sc id="' + xmlIdFor(i, part, 'sc', segmentKey, used as string[], xmlIds as string[], elements, sourceElements) + '"' + typeAttrs(part.name) + dataRef(part, data);
        xml += plan.forms[i] === 'sc-isolated' ? ' isolated="yes"/>' : '/>';
        break;
      case 'ec': {
        const open = content[plan.partner[i] as number] as InlineCode;
        const name = part.name === open.name ? '' : part.name === '' ? EMPTY_NAME_ATTRS : typeAttrs(part.name);
        xml += '<ec startRef="' + (xmlIds?.[plan.partner[i] as number] ?? '') + '"' + name + dataRef(part, data) + '/>';
        break;
      }
      case 'ec-isolated':
        xml += '<ec id="' + xmlIdFor(i, part, 'ec', segmentKey, used as string[], xmlIds as string[], elements, sourceElements) + '" isolated="yes"' + typeAttrs(part.name) + dataRef(part, data) + '/>';
        break;
      default:
        xml += '<ph id="' + xmlIdFor(i, part, 'ph', segmentKey, used as string[], xmlIds as string[], elements, sourceElements) + '"' + typeAttrs(part.name) + dataRef(part, data) + '/>';
    }
  }
  return xml;
}

/** The XML id for the code at `index`: `{segment}:{code}`, with `:{n}` when taken or when the source has it on another element. */
function xmlIdFor(index: number, code: InlineCode, element: string, segmentKey: string, used: string[], xmlIds: string[], elements: InlineElements | undefined, sourceElements: InlineElements | undefined): string {
  const base = codeXmlId(segmentKey, code.id);
  let id = base;
  for (let n = 2; used.includes(id) || clashes(sourceElements, id, element); n++) id = base + ':' + String(n);
  used.push(id);
  elements?.push(id, element);
  xmlIds[index] = id;
  return id;
}

function clashes(sourceElements: InlineElements | undefined, id: string, element: string): boolean {
  if (sourceElements === undefined) return false;
  for (let i = 0; i < sourceElements.length; i += 2) if (sourceElements[i] === id) return sourceElements[i + 1] !== element;
  return false;
}

function dataRef(code: InlineCode, data: OriginalData): string {
  return code.attrs === undefined ? '' : ' dataRef="' + escapeAttr(data.add(attrsJson(code.attrs))) + '"';
}

import type { Content, InlineCode } from '../model/document.ts';
import { escapeAttr, escapeText } from './escape.ts';
import { codeMetaJson, toXValue, derivedCloseName, planCodeForms } from './inlineCodes12.ts';

/** The inner XML of a `<source>` or `<target>`: text and inline codes, no added whitespace. */
export function writeContent12(content: Content): string {
  const forms = planCodeForms(content);
  let xml = '';
  for (let i = 0; i < content.length; i++) {
    const part = content[i] as string | InlineCode;
    if (typeof part === 'string') {
      xml += escapeText(part);
      continue;
    }
    switch (forms[i]) {
      case 'g-open':
        xml += '<g' + codeAttrs(part, true, undefined) + '>';
        break;
      case 'g-close':
        xml += '</g>';
        break;
      case 'bpt':
        xml += '<bpt' + codeAttrs(part, true, undefined) + '/>';
        break;
      case 'ept': {
        const name = part.name === derivedCloseName(content, part.id) ? undefined : part.name;
        xml += '<ept' + codeAttrs(part, false, name) + '/>';
        break;
      }
      default:
        xml += '<x' + codeAttrs(part, true, undefined) + '/>';
    }
  }
  return xml;
}

function codeAttrs(code: InlineCode, withCtype: boolean, nameInMeta: string | undefined): string {
  let attrs = ' id="' + escapeAttr(code.id) + '"';
  if (withCtype) {
    const ctype = toXValue(code.name);
    if (ctype !== undefined) attrs += ' ctype="' + escapeAttr(ctype) + '"';
  }
  const meta = codeMetaJson({
    ...(nameInMeta === undefined ? {} : { name: nameInMeta }),
    ...(code.attrs === undefined ? {} : { attrs: code.attrs }),
  });
  if (meta !== undefined) attrs += ' equiv-text="' + escapeAttr(meta) + '"';
  return attrs;
}

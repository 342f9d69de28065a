import type { Content, InlineCode } from '../model/document.ts';
import { escapeAttr, escapeText } from '../xml/escape.ts';
import { codeMetaJson, toXValue, derivedCloseName, planCodeForms } from './inlineCodes12.ts';

/** The inner XML of a `<source>` or `<target>`: text and inline codes, no added whitespace. */
export function writeContent12(content: Content): string {
  if (content.length === 1 && typeof content[0] === 'string') return escapeText(content[0]);
  let forms: ReturnType<typeof planCodeForms> | undefined;
  let xml = '';
  for (let i = 0; i < content.length; i++) {
    const part = content[i] as string | InlineCode;
    if (typeof part === 'string') {
      xml += escapeText(part);
      continue;
    }
    forms ??= planCodeForms(content);
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
      case 'it-open':
        xml += '<it' + codeAttrs(part, true, undefined, ' pos="open"') + '/>';
        break;
      case 'it-close': {
        // Without a ctype the reader names the close after an open of the same id: say '' when that differs.
        const name = part.name === '' && derivedCloseName(content, part.id) !== '' ? '' : undefined;
        xml += '<it' + codeAttrs(part, true, name, ' pos="close"') + '/>';
        break;
      }
      default:
        xml += '<x' + codeAttrs(part, true, undefined) + '/>';
    }
  }
  return xml;
}

function codeAttrs(code: InlineCode, withCtype: boolean, nameInMeta: string | undefined, pos = ''): string {
  let attrs = ' id="' + escapeAttr(code.id) + '"' + pos;
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

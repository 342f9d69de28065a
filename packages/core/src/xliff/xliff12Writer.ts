import { escapeAttr, escapeText, flat } from '../xml/escape.ts';
import { writeContent12 } from './content12.ts';
import { toXValue } from './inlineCodes12.ts';
import { state12For } from './states12.ts';
import type { XliffDocument, XliffUnit } from './types.ts';

export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
const TESSERA_TOOL_ID = 'tessera';

/**
 * Serialises one project/language as XLIFF 1.2 (strict schema), in one pass.
 * Indentation only between structural elements; `<source>`, `<target>` and
 * `<note>` hold exactly their text. Throws an Error on characters XML 1.0
 * cannot carry. States: see states12.ts; inline codes: see inlineCodes12.ts.
 * Group and unit ids are written as given: the caller keeps them apart
 * (the server uses `b{blockId}` for groups and the unit's id for units).
 */
export function writeXliff12(doc: XliffDocument): string {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += '<xliff version="1.2" xmlns="' + XLIFF12_NAMESPACE + '">\n';
  xml += '  <file original="' + escapeAttr(doc.original) + '" source-language="' + escapeAttr(doc.sourceLang) + '"';
  if (doc.targetLang !== '') xml += ' target-language="' + escapeAttr(doc.targetLang) + '"';
  xml += ' datatype="plaintext">\n';
  xml += '    <header>\n      <tool tool-id="' + TESSERA_TOOL_ID + '" tool-name="Tessera"/>\n    </header>\n';
  xml += '    <body>\n';
  for (const group of doc.groups) {
    xml += '      <group id="' + escapeAttr(group.id) + '"';
    const restype = toXValue(group.kind);
    if (restype !== undefined) xml += ' restype="' + escapeAttr(restype) + '"';
    xml += '>\n';
    let units = '';
    for (const unit of group.units) units += writeUnit(unit);
    xml += flat(units) + '      </group>\n';
  }
  xml += '    </body>\n  </file>\n</xliff>\n';
  return xml;
}

function writeUnit(unit: XliffUnit): string {
  const { targetState, stateQualifier, approved } = state12For(unit.state, unit.target !== null);
  let xml = '        <trans-unit id="' + escapeAttr(unit.id) + '"';
  if (!unit.translate) xml += ' translate="no"';
  if (approved) xml += ' approved="yes"';
  xml += ' xml:space="preserve">\n';
  xml += '          <source>' + writeContent12(unit.source) + '</source>\n';
  if (targetState !== null) {
    xml += '          <target state="' + targetState + '"';
    if (stateQualifier !== null) xml += ' state-qualifier="' + stateQualifier + '"';
    xml += '>' + writeContent12(unit.target ?? []) + '</target>\n';
  }
  for (const note of unit.notes) xml += '          <note>' + escapeText(note) + '</note>\n';
  xml += '        </trans-unit>\n';
  return xml;
}

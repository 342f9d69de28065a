import { canonicalLanguage } from '../language/index.ts';
import { OriginalData, writeContent20, type InlineElements } from './content20.ts';
import { escapeAttr, escapeText, flat } from '../xml/escape.ts';
import { doNotTranslateMarkId, encodeId, noteXmlId, toUserValue } from './ids20.ts';
import { state20For } from './states20.ts';
import type { XliffDocument, XliffGroup, XliffUnit } from './types.ts';

export const XLIFF20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** The id of the `<group>` written into a file with no blocks; encodeId never produces it. */
export const EMPTY_FILE_GROUP_ID = '_x-empty';

/**
 * Serialises one project/language as XLIFF 2.0 (valid against the 2.0 core schema and the
 * processing requirements), in one pass:
 *
 * - one `<file id="f1" original="…">` with `xml:space="preserve"`: every space in every source,
 *   target and note is kept;
 * - a document block (XliffGroup) is one `<unit id type="tessera:{kind}">`; a block with no
 *   sentences is an empty `<group>` (a `<unit>` needs a segment);
 * - a sentence (XliffUnit) is one `<segment id state subState>`, its id the unit id, followed by
 *   `<ignorable>` holding its `spaceAfter` when that is not empty;
 * - `translate="no"` on the `<unit>` when no sentence of the block is to be translated; otherwise
 *   the source of each do-not-translate sentence is wrapped in `<mrk translate="no">`
 *   (`<segment>` has no `translate`);
 * - notes of a sentence in the unit's `<notes>`, ids and codes as in ids20.ts and
 *   inlineCodes20.ts, states as in states20.ts.
 *
 * Indentation only between structural elements. Throws an Error on characters XML 1.0 cannot
 * carry, on a source language that is not a BCP 47 tag, and on a missing or malformed target
 * language when the file holds translations (XLIFF 2 requires `trgLang` then).
 */
export function writeXliff20(doc: XliffDocument): string {
  checkLanguage(doc.sourceLang, 'source');
  if (doc.targetLang !== '') checkLanguage(doc.targetLang, 'target');
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += '<xliff xmlns="' + XLIFF20_NAMESPACE + '" version="2.0" srcLang="' + escapeAttr(doc.sourceLang) + '"';
  if (doc.targetLang !== '') xml += ' trgLang="' + escapeAttr(doc.targetLang) + '"';
  xml += '>\n  <file id="f1"';
  if (doc.original !== '') xml += ' original="' + escapeAttr(doc.original) + '"';
  xml += ' xml:space="preserve">\n';
  let hasTarget = false;
  for (const group of doc.groups) {
    const written = writeGroup(group);
    xml += written.xml;
    hasTarget ||= written.hasTarget;
  }
  // A <file> needs a unit or group; the reader skips this one.
  if (doc.groups.length === 0) xml += '    <group id="' + EMPTY_FILE_GROUP_ID + '"/>\n';
  if (hasTarget && doc.targetLang === '') {
    throw new Error('An XLIFF 2.0 file with translations needs a target language (trgLang).');
  }
  return xml + '  </file>\n</xliff>\n';
}

function checkLanguage(tag: string, which: string): void {
  if (canonicalLanguage(tag) === null || !/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(tag)) {
    throw new Error(`The ${which} language "${tag}" is not a BCP 47 language tag, which XLIFF 2.0 requires.`);
  }
}

function writeGroup(group: XliffGroup): { xml: string; hasTarget: boolean } {
  const type = group.kind === '' ? '' : ' type="' + escapeAttr(toUserValue(group.kind)) + '"';
  if (group.units.length === 0) return { xml: '    <group id="' + encodeId(group.id) + '"' + type + '/>\n', hasTarget: false };
  const allDoNotTranslate = group.units.every((u) => !u.translate);
  let notes = '';
  const data = new OriginalData();
  let segments = '';
  let hasTarget = false;
  for (const unit of group.units) {
    const key = encodeId(unit.id);
    for (let i = 0; i < unit.notes.length; i++) {
      notes += '        <note id="' + noteXmlId(key, i) + '">' + escapeText(unit.notes[i] as string) + '</note>\n';
    }
    segments += writeSegment(unit, key, data, !allDoNotTranslate && !unit.translate);
    hasTarget ||= unit.target !== null || unit.state !== 'untranslated';
  }
  let xml = '    <unit id="' + encodeId(group.id) + '"' + type;
  if (allDoNotTranslate) xml += ' translate="no"';
  xml += '>\n';
  if (notes !== '') xml += '      <notes>\n' + notes + '      </notes>\n';
  return { xml: flat(xml + data.element() + segments + '    </unit>\n'), hasTarget };
}

function writeSegment(unit: XliffUnit, key: string, data: OriginalData, markDoNotTranslate: boolean): string {
  const { state, subState, needsTarget } = state20For(unit.state);
  let xml = '      <segment id="' + key + '" state="' + state + '"';
  if (subState !== null) xml += ' subState="' + subState + '"';
  xml += '>\n        <source>';
  const elements: InlineElements = [];
  const source = writeContent20(unit.source, key, data, elements);
  xml += markDoNotTranslate ? '<mrk id="' + doNotTranslateMarkId(key) + '" translate="no">' + source + '</mrk>' : source;
  xml += '</source>\n';
  if (unit.target !== null || needsTarget) xml += '        <target>' + writeContent20(unit.target ?? [], key, data, undefined, elements) + '</target>\n';
  xml += '      </segment>\n';
  const space = unit.spaceAfter ?? '';
  if (space !== '') xml += '      <ignorable>\n        <source>' + escapeText(space) + '</source>\n      </ignorable>\n';
  return xml;
}

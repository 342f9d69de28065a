import type { Content } from '../model/document.ts';
import { escapeAttr, escapeText } from '../xml/escape.ts';
import { CodeNumbers, writeSeg } from './inlineTmx.ts';

/** One translation of a translation memory: a source segment and its translation. */
export interface TmxEntry {
  source: Content;
  target: Content;
  /** BCP 47 tags, e.g. `en`, `fr-CA`. */
  sourceLang: string;
  targetLang: string;
  /** When the translation was made (ISO 8601, e.g. `2024-05-01T10:00:00Z`). */
  created?: string;
  /** Who made it (a user name). */
  creator?: string;
  /** A comment kept with the translation. */
  note?: string;
}

export interface TmxDocument {
  /** The source language of the memory (TMX `srclang`). */
  srcLang: string;
  entries: TmxEntry[];
}

/**
 * Serialises a translation memory as TMX 1.4b, valid against tmx14.dtd: a header naming Tessera
 * (segtype `sentence`, datatype `plaintext`), one `<tu>` per entry with a `<tuv>` for the source and
 * one for the target, `creationdate`/`creationid` from `created`/`creator`, a `<note>` for `note`,
 * and inline codes as described in inlineTmx.ts. An entry whose source language is not the
 * memory's gets its own `srclang`. No DOCTYPE: readers need none, and careful ones refuse DTDs.
 * Throws an Error for characters XML 1.0 cannot carry and for a `created` that is not a date.
 */
export function writeTmx(doc: TmxDocument): string {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  xml += '  <header creationtool="Tessera" creationtoolversion="1" segtype="sentence" o-tmf="Tessera" adminlang="en" srclang="' + escapeAttr(doc.srcLang) + '" datatype="plaintext"/>\n';
  xml += '  <body>\n';
  for (const entry of doc.entries) {
    xml += '    <tu';
    if (entry.sourceLang.toLowerCase() !== doc.srcLang.toLowerCase()) xml += ' srclang="' + escapeAttr(entry.sourceLang) + '"';
    if (entry.created !== undefined) xml += ' creationdate="' + tmxDate(entry.created) + '"';
    if (entry.creator !== undefined) xml += ' creationid="' + escapeAttr(entry.creator) + '"';
    xml += '>\n';
    if (entry.note !== undefined) xml += '      <note>' + escapeText(entry.note) + '</note>\n';
    const numbers = new CodeNumbers();
    xml += '      <tuv xml:lang="' + escapeAttr(entry.sourceLang) + '"><seg>' + writeSeg(entry.source, numbers) + '</seg></tuv>\n';
    xml += '      <tuv xml:lang="' + escapeAttr(entry.targetLang) + '"><seg>' + writeSeg(entry.target, numbers) + '</seg></tuv>\n';
    xml += '    </tu>\n';
  }
  return xml + '  </body>\n</tmx>\n';
}

/** `2024-05-01T10:00:00Z` → `20240501T100000Z`, the TMX form (UTC). */
function tmxDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`"${iso}" is not a date and time (ISO 8601).`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

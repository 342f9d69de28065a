import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../errors/index.ts';
import { MAX_GLOSSARY_BYTES, MAX_GLOSSARY_TERMS, MAX_XML_DEPTH } from '../limits.ts';
import { escapeAttr, escapeText } from '../xml/escape.ts';
import { tooDeep } from '../xml/safety.ts';
import { readWithSaxes } from '../xml/saxesReading.ts';
import type { GlossaryFile, GlossaryFormat, LanguagePair } from './format.ts';
import { checkedTerms } from './format.ts';
import { glossaryTerm, type GlossaryTerm } from './term.ts';

/**
 * TBX, the termbase exchange format: TBX v3 (ISO 30042:2019, `<tbx>` with `conceptEntry` /
 * `langSec` / `termSec`) and the older TBX-Basic / TBX 2 (`<martif>` with `termEntry` / `langSet`
 * / `tig` or `ntig`), as memoQ, Trados MultiTerm, Phrase or Weblate write them.
 *
 * A concept becomes one entry per source term that is not deprecated: its translation is the
 * target language's preferred term (else its first admitted one), its forbidden variants the target
 * terms whose `administrativeStatus` is deprecated or superseded, and its note every definition
 * (`descrip type="definition"`) and `note` of the concept, of the two languages and of the terms, one
 * a line. A translation written exactly as the source term marks a do-not-translate entry, which
 * is how it is written back. Concepts without a term in both languages are left out.
 */

const WHAT = 'TBX file';
const FORBIDDEN_STATUS = new Set(['deprecatedterm', 'supersededterm']);

interface TermDraft {
  text: string;
  status: string;
  notes: string[];
  line: number;
}
interface LangDraft {
  lang: string;
  notes: string[];
  terms: TermDraft[];
}
interface ConceptDraft {
  notes: string[];
  langs: LangDraft[];
}

/** What an element's text is collected for, once it closes. */
type Capture = (text: string) => void;
interface Frame {
  name: string;
  capture?: Capture;
  text: string;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

class TbxReader {
  private readonly stack: Frame[] = [];
  private concept: ConceptDraft | null = null;
  private lang: LangDraft | null = null;
  private term: TermDraft | null = null;
  readonly concepts: ConceptDraft[] = [];

  constructor(private readonly line: () => number) {}

  open(tag: SaxesTagPlain): void {
    if (this.stack.length >= MAX_XML_DEPTH) throw tooDeep(WHAT, this.line());
    const name = local(tag.name);
    if (this.stack.length === 0 && name !== 'tbx' && name !== 'martif') {
      throw new InputError('glossary.invalid', `This is not a TBX file: its root element is <${tag.name}>, not <tbx> (TBX v3) or <martif> (TBX 2).`, { line: this.line() });
    }
    const frame: Frame = { name, text: '' };
    const type = (tag.attributes['type'] ?? '').trim();
    const notes = (): string[] | undefined => this.term?.notes ?? this.lang?.notes ?? this.concept?.notes;
    if (name === 'conceptEntry' || name === 'termEntry') {
      if (this.concepts.length >= MAX_GLOSSARY_TERMS) {
        throw new InputError('input.too-large', `The ${WHAT} holds more than ${MAX_GLOSSARY_TERMS} entries; split it.`, { line: this.line() });
      }
      this.concept = { notes: [], langs: [] };
    } else if ((name === 'langSec' || name === 'langSet') && this.concept) {
      const lang = tag.attributes['xml:lang'] ?? tag.attributes['lang'];
      if (lang === undefined || lang.trim() === '') {
        throw new InputError('glossary.invalid', `A <${tag.name}> has no language (xml:lang) (line ${this.line()}).`, { line: this.line() });
      }
      this.lang = { lang: lang.trim(), notes: [], terms: [] };
      this.concept.langs.push(this.lang);
    } else if ((name === 'termSec' || name === 'tig' || name === 'ntig') && this.lang) {
      this.term = { text: '', status: '', notes: [], line: this.line() };
      this.lang.terms.push(this.term);
    } else if (name === 'term' && this.term) {
      const term = this.term;
      frame.capture = (text) => (term.text = text);
    } else if (name === 'termNote' && this.term && (type === 'administrativeStatus' || type === 'normativeAuthorization')) {
      const term = this.term;
      frame.capture = (text) => (term.status = text.trim().toLowerCase().replace(/-admn-sts$/, ''));
    } else if ((name === 'note' || (name === 'descrip' && type === 'definition')) && this.concept) {
      const into = notes();
      frame.capture = (text) => {
        if (text.trim() !== '') into?.push(text.trim());
      };
    }
    this.stack.push(frame);
  }

  text(text: string): void {
    // Text goes to the innermost element that collects it (inline markup like <hi> inside a term).
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i] as Frame;
      if (frame.capture) {
        frame.text += text;
        return;
      }
    }
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    frame.capture?.(frame.text);
    if (frame.name === 'conceptEntry' || frame.name === 'termEntry') {
      if (this.concept) this.concepts.push(this.concept);
      this.concept = null;
    } else if (frame.name === 'langSec' || frame.name === 'langSet') this.lang = null;
    else if (frame.name === 'termSec' || frame.name === 'tig' || frame.name === 'ntig') this.term = null;
  }
}

const inLanguage = (lang: string, wanted: string) => {
  const a = lang.toLowerCase();
  const b = wanted.toLowerCase();
  return a === b || a.startsWith(b + '-') || b.startsWith(a + '-');
};

const preferredFirst = (terms: TermDraft[]) => [...terms].sort((a, b) => Number(b.status === 'preferredterm') - Number(a.status === 'preferredterm'));

/** The entries of one concept for the pair (none when it lacks a term in either language). */
function entriesOf(concept: ConceptDraft, pair: LanguagePair): { line: number; term: GlossaryTerm }[] {
  const sourceLangs = concept.langs.filter((l) => inLanguage(l.lang, pair.sourceLang));
  const targetLangs = concept.langs.filter((l) => inLanguage(l.lang, pair.targetLang));
  const sources = preferredFirst(sourceLangs.flatMap((l) => l.terms).filter((t) => t.text.trim() !== '' && !FORBIDDEN_STATUS.has(t.status)));
  const targetTerms = targetLangs.flatMap((l) => l.terms).filter((t) => t.text.trim() !== '');
  const allowed = preferredFirst(targetTerms.filter((t) => !FORBIDDEN_STATUS.has(t.status)));
  const translation = allowed[0];
  if (translation === undefined) return [];
  const forbidden = targetTerms.filter((t) => FORBIDDEN_STATUS.has(t.status)).map((t) => t.text);
  const notes = [...concept.notes, ...sourceLangs.flatMap((l) => l.notes), ...targetLangs.flatMap((l) => l.notes), ...translation.notes];
  return sources.map((source) => {
    const all = [...notes, ...source.notes].filter((n, i, list) => list.indexOf(n) === i);
    const doNotTranslate = translation.text.trim() === source.text.trim();
    const term = glossaryTerm({ source: source.text, target: doNotTranslate ? null : translation.text, doNotTranslate, forbidden, note: all.join('\n') });
    return { line: source.line, term };
  });
}

/** Reads a TBX file's entries for one language pair; see the module's description. Refuses what the XML readers refuse. */
export function readTbx(text: string, pair: LanguagePair, options: { maxBytes?: number } = {}): GlossaryTerm[] {
  const concepts = readWithSaxes(
    text,
    WHAT,
    options.maxBytes ?? MAX_GLOSSARY_BYTES,
    (line) => {
      const reader = new TbxReader(line);
      return { onOpen: (tag) => reader.open(tag), onClose: () => reader.close(), onText: (t) => reader.text(t), finish: () => reader.concepts };
    },
    (doctype, line) => {
      // TBX 2 files name their DTD (`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`): accepted, never loaded.
      if (doctype.includes('[')) {
        throw new InputError('xml.dtd-forbidden', `The ${WHAT} declares a DTD internal subset (line ${line}); only a DOCTYPE naming the TBX DTD is allowed.`, { line });
      }
    },
  );
  const found = concepts.flatMap((c) => entriesOf(c, pair));
  if (found.length === 0) {
    if (concepts.length === 0) throw new InputError('input.empty', `The ${WHAT} holds no entries (conceptEntry or termEntry).`);
    const langs = [...new Set(concepts.flatMap((c) => c.langs.map((l) => l.lang)))].join(', ');
    throw new InputError('glossary.wrong-language', `The ${WHAT} holds no entry with a term in both ${pair.sourceLang} and ${pair.targetLang} (its languages: ${langs}).`, { languages: langs });
  }
  return checkedTerms(found, WHAT);
}

const status = (s: 'preferred' | 'deprecated') => `<termNote type="administrativeStatus">${s}Term-admn-sts</termNote>`;
const termSec = (text: string, s: 'preferred' | 'deprecated') => `<termSec><term>${escapeText(text)}</term>${status(s)}</termSec>`;

/**
 * Writes a glossary as TBX v3 (TBX-Basic dialect, DCA style): one concept an entry, the source
 * term and its translation preferred, forbidden variants deprecated, the note a `<note>` of the
 * concept; a do-not-translate entry has its source term as translation. Throws an Error for
 * characters XML cannot carry (stored terms have none).
 */
export function writeTbx(file: GlossaryFile): string {
  const { sourceLang, targetLang } = file;
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n';
  xml += `<tbx type="TBX-Basic" style="dca" xml:lang="${escapeAttr(sourceLang)}" xmlns="urn:iso:std:iso:30042:ed-2">\n`;
  xml += `  <tbxHeader><fileDesc><sourceDesc><p>Tessera glossary, ${escapeText(sourceLang)} to ${escapeText(targetLang)}</p></sourceDesc></fileDesc></tbxHeader>\n`;
  xml += '  <text>\n    <body>\n';
  file.terms.forEach((term, index) => {
    xml += `      <conceptEntry id="c${index + 1}">\n`;
    if (term.note !== '') xml += `        <note>${escapeText(term.note)}</note>\n`;
    xml += `        <langSec xml:lang="${escapeAttr(sourceLang)}">${termSec(term.source, 'preferred')}</langSec>\n`;
    xml += `        <langSec xml:lang="${escapeAttr(targetLang)}">${termSec(term.target ?? term.source, 'preferred')}`;
    for (const variant of term.forbidden) xml += termSec(variant, 'deprecated');
    xml += '</langSec>\n      </conceptEntry>\n';
  });
  return xml + '    </body>\n  </text>\n</tbx>\n';
}

export const tbxFormat: GlossaryFormat = {
  id: 'tbx',
  label: 'TBX',
  extensions: ['tbx', 'xml'],
  mediaType: 'application/x-tbx+xml',
  recognizes: (text) => /^\uFEFF?\s*</.test(text),
  read: readTbx,
  write: writeTbx,
};

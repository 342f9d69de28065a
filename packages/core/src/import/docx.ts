/**
 * The DOCX importer: the main document of a Word (Office Open XML) package, read with the same care
 * as an XLIFF file (saxes, strict XML, no DTDs, a nesting limit — see xliff/xmlSafety.ts) from a ZIP
 * package opened with fflate under size limits (see zip.ts).
 *
 * - Blocks: each paragraph (`w:p`), table cells' included. Its style decides its kind: `Title` is the
 *   title, `heading 1`…`heading 6` (or a style with an outline level, or based on one) a heading of
 *   that level; a paragraph with numbering (`w:numPr`, directly or from its style) a list item; any
 *   other a paragraph. Paragraphs in text boxes come after the paragraph that anchors them.
 * - Inline codes: direct bold, italic, underline, strike-through, superscript and subscript (and those
 *   of character styles such as `Strong`) as open/close pairs named `b`, `i`, `u`, `s`, `sup`, `sub`;
 *   hyperlinks (`w:hyperlink` to an external target or a bookmark, and `HYPERLINK` fields) as a pair
 *   named `a` with `attrs.href` when the target is safe (see urls.ts); a line break (`w:br`, `w:cr`) as
 *   a standalone `br`; a picture as a standalone `img`, its description (alt text) kept as a subflow
 *   as in HTML (see html.ts). Tabs are spaces, and white space is collapsed.
 * - Left out: deleted and moved-away text of tracked changes (inserted text is kept), field codes
 *   (their displayed result is kept), the fallback copy of alternate content, and the parts outside
 *   the main document (headers, footers, footnotes, comments).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { strFromU8 } from 'fflate';
import { InputError } from '../errors/index.ts';
import type { InlineCode, SourceDocument } from '../model/document.ts';
import { MAX_XML_DEPTH } from '../limits.ts';
import { checkXmlInput, dtdForbidden, malformedXml, tooDeep } from '../xml/safety.ts';
import { ContentBuilder } from './contentBuilder.ts';
import { checkedBlocks } from './html.ts';
import { structureDocument, type MarkedBlock } from './structure.ts';
import { safeUrl } from './urls.ts';
import { MAX_DOCX_INFLATED_BYTES } from '../limits.ts';
import { ZipPackage } from './zip.ts';

const WHAT = 'DOCX document';
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const DRAWING_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;
const STYLES_TYPE = /\/styles$/;
const HYPERLINK_TYPE = /\/hyperlink$/;

/** Word elements left out with everything in them. */
const SKIPPED = new Set([
  'del', 'moveFrom', 'delInstrText', 'rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'sectPr', 'sdtPr',
  'object', 'footnoteReference', 'endnoteReference', 'commentReference', 'fldData',
]);
/** Run properties and the codes they become, in the order codes nest. */
const FORMATS = ['b', 'i', 'u', 's', 'sup', 'sub'] as const;
type Format = (typeof FORMATS)[number];

export function importDocx(bytes: Uint8Array, lang: string): SourceDocument {
  if (bytes.length === 0) throw new InputError('input.empty', 'The file is empty. Choose the .docx file that holds the statement.');
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new InputError('input.binary', 'This file is not a DOCX document (a .docx file is a ZIP package, and this is not one). Save the statement as .docx from a word processor, or as plain text, and import that.');
  }
  const pkg = new ZipPackage(bytes, WHAT);
  const main = targetOf(relationships(pkg, '_rels/.rels'), OFFICE_DOCUMENT_TYPE, '') ?? 'word/document.xml';
  const xml = readXml(pkg, main);
  if (xml === null) throw pkg.broken('it has no main document (word/document.xml); it may be another kind of Office file');
  const rels = relationships(pkg, relationshipsPath(main));
  const stylesPath = targetOf(rels, STYLES_TYPE, directoryOf(main)) ?? 'word/styles.xml';
  const styles = readStyles(readXml(pkg, stylesPath));
  return structureDocument(checkedBlocks(new DocumentReader(styles, rels, directoryOf(main)).read(xml), WHAT), lang);
}

// --- XML -----------------------------------------------------------------------------------------

interface XmlHandlers {
  open(tag: SaxesTagNS): void;
  close(tag: SaxesTagNS): void;
  text(text: string): void;
}

function readXml(pkg: ZipPackage, path: string): string | null {
  const bytes = pkg.read(path);
  if (bytes === null) return null;
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseXml(xml: string, what: string, handlers: XmlHandlers): void {
  checkXmlInput(xml, MAX_DOCX_INFLATED_BYTES, what);
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  parser.on('doctype', () => {
    throw dtdForbidden(what, parser.line);
  });
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH) throw tooDeep(what, parser.line);
    handlers.open(tag);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close(tag);
  });
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw malformedXml(what, error, parser);
  }
}

/** An attribute by local name (Word's attributes are all in its own namespace, or in none). */
function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const attribute of Object.values(tag.attributes)) if (attribute.local === local) return attribute.value;
  return undefined;
}

/** Whether an on/off property (`<w:b/>`, `<w:b w:val="false"/>`) is on. */
function isOn(tag: SaxesTagNS): boolean {
  const value = attr(tag, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

// --- Relationships and styles --------------------------------------------------------------------

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function relationships(pkg: ZipPackage, path: string): Map<string, Relationship> {
  const result = new Map<string, Relationship>();
  const xml = readXml(pkg, path);
  if (xml === null) return result;
  parseXml(xml, `${WHAT} (${path})`, {
    open(tag) {
      if (tag.local !== 'Relationship') return;
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id !== undefined && target !== undefined && !result.has(id)) {
        result.set(id, { type: attr(tag, 'Type') ?? '', target, external: attr(tag, 'TargetMode') === 'External' });
      }
    },
    close() {},
    text() {},
  });
  return result;
}

/** The package path of the first internal relationship of `type`, resolved against `base`. */
function targetOf(rels: Map<string, Relationship>, type: RegExp, base: string): string | undefined {
  for (const rel of rels.values()) {
    if (rel.external || !type.test(rel.type)) continue;
    return rel.target.startsWith('/') ? rel.target.slice(1) : normalisePath(base + rel.target);
  }
  return undefined;
}

function directoryOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function relationshipsPath(path: string): string {
  return `${directoryOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

interface Style {
  type: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbered?: boolean;
  formats: Partial<Record<Format, boolean>>;
}

/** A chain of `basedOn` is followed at most this far (a loop in a broken file ends there). */
const MAX_STYLE_CHAIN = 16;

class Styles {
  constructor(private readonly styles: Map<string, Style>) {}

  /** 'title', a heading level, or null for the paragraph style `id`. */
  headingOf(id: string | null): 'title' | number | null {
    for (const style of this.chain(id, 'paragraph')) {
      const name = style.name.toLowerCase();
      if (name === 'title') return 'title';
      const heading = /^heading\s*([1-9])$/.exec(name);
      if (heading) return Math.min(6, Number(heading[1]));
      if (style.outlineLevel !== undefined && style.outlineLevel < 9) return Math.min(6, style.outlineLevel + 1);
    }
    if (id !== null && !this.styles.has(id)) {
      if (/^title$/i.test(id)) return 'title';
      const heading = /^heading([1-9])$/i.exec(id);
      if (heading) return Math.min(6, Number(heading[1]));
    }
    return null;
  }

  isNumbered(id: string | null): boolean {
    for (const style of this.chain(id, 'paragraph')) if (style.numbered !== undefined) return style.numbered;
    return false;
  }

  /** The on/off formats a character style sets. */
  formatsOf(id: string | null): Partial<Record<Format, boolean>> {
    const result: Partial<Record<Format, boolean>> = {};
    for (const style of this.chain(id, 'character')) {
      for (const format of FORMATS) if (result[format] === undefined && style.formats[format] !== undefined) result[format] = style.formats[format];
    }
    return result;
  }

  private *chain(id: string | null, type: string): Generator<Style> {
    let next = id;
    for (let i = 0; next !== null && next !== undefined && i < MAX_STYLE_CHAIN; i++) {
      const style = this.styles.get(next);
      if (!style || style.type !== type) return;
      yield style;
      next = style.basedOn ?? null;
    }
  }
}

function readStyles(xml: string | null): Styles {
  const styles = new Map<string, Style>();
  if (xml === null) return new Styles(styles);
  let current: { id: string; style: Style } | null = null;
  let inParagraphProperties = false;
  let inRunProperties = false;
  parseXml(xml, `${WHAT} (styles)`, {
    open(tag) {
      if (!WORD_NAMESPACES.has(tag.uri)) return;
      if (tag.local === 'style') {
        current = { id: attr(tag, 'styleId') ?? '', style: { type: attr(tag, 'type') ?? 'paragraph', name: '', formats: {} } };
      } else if (current) {
        const style: Style = current.style;
        if (tag.local === 'name') style.name = attr(tag, 'val') ?? '';
        else if (tag.local === 'basedOn') style.basedOn = attr(tag, 'val') ?? '';
        else if (tag.local === 'pPr') inParagraphProperties = true;
        else if (tag.local === 'rPr') inRunProperties = true;
        else if (inParagraphProperties && tag.local === 'outlineLvl') style.outlineLevel = Number(attr(tag, 'val') ?? 9);
        else if (inParagraphProperties && tag.local === 'numId') style.numbered = attr(tag, 'val') !== '0';
        else if (inRunProperties) {
          const format = formatOf(tag);
          if (format) style.formats[format[0]] = format[1];
        }
      }
    },
    close(tag) {
      if (!WORD_NAMESPACES.has(tag.uri)) return;
      if (tag.local === 'style' && current) {
        if (current.id !== '' && !styles.has(current.id)) styles.set(current.id, current.style);
        current = null;
      } else if (tag.local === 'pPr') inParagraphProperties = false;
      else if (tag.local === 'rPr') inRunProperties = false;
    },
    text() {},
  });
  return new Styles(styles);
}

/** The format a run property element sets or clears, if it is one of ours. */
function formatOf(tag: SaxesTagNS): [Format, boolean] | null {
  switch (tag.local) {
    case 'b':
      return ['b', isOn(tag)];
    case 'i':
      return ['i', isOn(tag)];
    case 'u':
      return ['u', isOn(tag)];
    case 'strike':
    case 'dstrike':
      return ['s', isOn(tag)];
    case 'vertAlign': {
      const value = attr(tag, 'val');
      if (value === 'superscript') return ['sup', true];
      if (value === 'subscript') return ['sub', true];
      return null;
    }
    default:
      return null;
  }
}

// --- The document --------------------------------------------------------------------------------

interface Paragraph {
  builder: ContentBuilder;
  style: string | null;
  numbered: boolean | null;
  /** Codes open in the paragraph, outermost first, with what each stands for. */
  open: { key: string; code: InlineCode }[];
}

interface Run {
  direct: Partial<Record<Format, boolean>>;
  style: string | null;
}

interface Field {
  /** Reading the field's instruction (before `separate`), or its displayed result. */
  phase: 'instruction' | 'result';
  instruction: string;
  link: { key: string; href: string } | null;
}

class DocumentReader {
  private readonly blocks: MarkedBlock[] = [];
  private readonly paragraphs: Paragraph[] = [];
  private readonly links: ({ key: string; href: string } | null)[] = [];
  private readonly fields: Field[] = [];
  private run: Run | null = null;
  private skipDepth = 0;
  private inParagraphProperties = false;
  private inRunProperties = false;
  private inText = false;
  /** In `w:instrText`: a field's instruction, collected rather than shown. */
  private inInstruction = false;
  private linkCount = 0;

  constructor(
    private readonly styles: Styles,
    private readonly rels: Map<string, Relationship>,
    private readonly base: string,
  ) {}

  read(xml: string): MarkedBlock[] {
    parseXml(xml, WHAT, {
      open: (tag) => this.open(tag),
      close: (tag) => this.close(tag),
      text: (text) => this.text(text),
    });
    return this.blocks;
  }

  private get paragraph(): Paragraph | undefined {
    return this.paragraphs[this.paragraphs.length - 1];
  }

  private open(tag: SaxesTagNS): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback') {
      this.skipDepth = 1;
      return;
    }
    if (tag.uri === DRAWING_NAMESPACE && tag.local === 'docPr') {
      this.picture(attr(tag, 'descr') ?? attr(tag, 'title') ?? '');
      return;
    }
    if (!WORD_NAMESPACES.has(tag.uri)) return;
    const local = tag.local;
    if (SKIPPED.has(local)) {
      this.skipDepth = 1;
      return;
    }
    const paragraph = this.paragraph;
    switch (local) {
      case 'p':
        this.paragraphs.push({ builder: new ContentBuilder(WHAT), style: null, numbered: null, open: [] });
        return;
      case 'pPr':
        this.inParagraphProperties = true;
        return;
      case 'pStyle':
        if (this.inParagraphProperties && paragraph) paragraph.style = attr(tag, 'val') ?? null;
        return;
      case 'numId':
        if (this.inParagraphProperties && paragraph) paragraph.numbered = attr(tag, 'val') !== '0';
        return;
      case 'r':
        this.run = { direct: {}, style: null };
        return;
      case 'rPr':
        this.inRunProperties = true;
        return;
      case 'rStyle':
        if (this.inRunProperties && !this.inParagraphProperties && this.run) this.run.style = attr(tag, 'val') ?? null;
        return;
      case 't':
        this.inText = true;
        return;
      case 'instrText':
        this.inInstruction = true;
        return;
      case 'tab':
      case 'ptab':
        if (!this.inParagraphProperties) this.write(' ');
        return;
      case 'noBreakHyphen':
        this.write('\u2011');
        return;
      case 'br':
      case 'cr': {
        const type = attr(tag, 'type');
        if (type === undefined || type === 'textWrapping') this.lineBreak();
        return;
      }
      case 'hyperlink':
        this.links.push(this.hyperlink(tag));
        return;
      case 'fldSimple':
        this.links.push(this.fieldLink(attr(tag, 'instr') ?? ''));
        return;
      case 'fldChar':
        this.fieldChar(attr(tag, 'fldCharType'));
        return;
      default:
        if (this.inRunProperties && !this.inParagraphProperties && this.run) {
          const format = formatOf(tag);
          if (format) this.run.direct[format[0]] = format[1];
        }
    }
  }

  private close(tag: SaxesTagNS): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (!WORD_NAMESPACES.has(tag.uri)) return;
    switch (tag.local) {
      case 'p':
        this.endParagraph();
        return;
      case 'pPr':
        this.inParagraphProperties = false;
        return;
      case 'rPr':
        this.inRunProperties = false;
        return;
      case 'r':
        this.run = null;
        return;
      case 't':
        this.inText = false;
        return;
      case 'instrText':
        this.inInstruction = false;
        return;
      case 'hyperlink':
      case 'fldSimple':
        this.links.pop();
        return;
      default:
    }
  }

  private text(text: string): void {
    if (this.skipDepth > 0) return;
    const field = this.fields[this.fields.length - 1];
    if (this.inInstruction) {
      if (field?.phase === 'instruction') field.instruction += text;
    } else if (this.inText && field?.phase !== 'instruction') {
      this.write(text);
    }
  }

  private write(text: string): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    this.applyFormats(paragraph);
    paragraph.builder.text(text);
  }

  private lineBreak(): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    this.applyFormats(paragraph);
    paragraph.builder.lineBreak();
  }

  private picture(description: string): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    this.applyFormats(paragraph);
    const img = paragraph.builder.standalone('img');
    paragraph.builder.subflow(img, 'alt', description);
  }

  /** Opens and closes codes so that the ones open are those of the current links and run. */
  private applyFormats(paragraph: Paragraph): void {
    const wanted: { key: string; name: string; attrs?: Record<string, string> }[] = [];
    for (const link of this.links) if (link) wanted.push({ key: link.key, name: 'a', attrs: { href: link.href } });
    for (const field of this.fields) if (field.phase === 'result' && field.link) wanted.push({ key: field.link.key, name: 'a', attrs: { href: field.link.href } });
    if (this.run) {
      const styled = this.styles.formatsOf(this.run.style);
      for (const format of FORMATS) if (this.run.direct[format] ?? styled[format]) wanted.push({ key: format, name: format });
    }
    let same = 0;
    while (same < paragraph.open.length && same < wanted.length && paragraph.open[same]?.key === wanted[same]?.key) same++;
    const outdated = paragraph.open[same];
    if (outdated) paragraph.builder.closeCode(outdated.code);
    paragraph.open.length = same;
    for (const code of wanted.slice(same)) paragraph.open.push({ key: code.key, code: paragraph.builder.openCode(code.name, code.attrs) });
  }

  private endParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    const content = paragraph.builder.finish();
    const heading = this.styles.headingOf(paragraph.style);
    const numbered = paragraph.numbered ?? this.styles.isNumbered(paragraph.style);
    if (heading === 'title') this.blocks.push({ kind: 'title', content });
    else if (heading !== null) this.blocks.push({ kind: 'heading', level: heading, content });
    else this.blocks.push({ kind: numbered ? 'list-item' : 'paragraph', content });
  }

  private hyperlink(tag: SaxesTagNS): { key: string; href: string } | null {
    const id = attr(tag, 'id');
    const anchor = attr(tag, 'anchor');
    let href: string | null = null;
    const rel = id === undefined ? undefined : this.rels.get(id);
    if (rel && HYPERLINK_TYPE.test(rel.type)) href = safeUrl(rel.external ? rel.target : this.base + rel.target);
    if (href === null && anchor !== undefined) href = safeUrl('#' + anchor);
    return href === null ? null : { key: `a${++this.linkCount}`, href };
  }

  /** The link of a `HYPERLINK "url"` field instruction (`\l "bookmark"` for a link inside the document). */
  private fieldLink(instruction: string): { key: string; href: string } | null {
    const match = /^\s*HYPERLINK\s+(?:\\l\s+"([^"]*)"|"([^"]*)"|(\S+))/i.exec(instruction);
    if (!match) return null;
    const href = safeUrl(match[1] !== undefined ? '#' + match[1] : (match[2] ?? match[3]));
    return href === null ? null : { key: `a${++this.linkCount}`, href };
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push({ phase: 'instruction', instruction: '', link: null });
    } else if (type === 'separate') {
      const field = this.fields[this.fields.length - 1];
      if (field) {
        field.phase = 'result';
        field.link = this.fieldLink(field.instruction);
      }
    } else if (type === 'end') {
      this.fields.pop();
    }
  }
}

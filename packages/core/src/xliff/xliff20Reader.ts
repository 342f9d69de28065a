import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../errors/index.ts';
import type { Content, InlineCode } from '../model/document.ts';
import { codeIdFrom, decodeId, fromUserValue, noteSegmentKey } from './ids20.ts';
import { attrsFromData, nameFrom } from './inlineCodes20.ts';
import { stateFrom20 } from './states20.ts';
import type { UnitSink, XliffDocument, XliffGroup } from './types.ts';
import { EMPTY_FILE_GROUP_ID, XLIFF20_NAMESPACE } from './xliff20Writer.ts';
import { appendText, attr, noFileElement, pushPart, readWithSaxes, secondFileRefused, type SaxesHandlers } from '../xml/saxesReading.ts';
import { NamespaceScopes } from '../xml/names.ts';
import { MAX_XML_BYTES, MAX_XML_DEPTH } from '../limits.ts';
import { tooDeep } from '../xml/safety.ts';

const WHAT = 'XLIFF file';

export interface ReadXliffOptions {
  /** Refuse larger input (UTF-8 bytes); default MAX_XML_BYTES (20 MB). */
  maxBytes?: number;
  /**
   * Read every `<file>` of the document, its blocks one after another (`original` is the first
   * file's). By default a second `<file>` is refused: Tessera writes one project and one language per file.
   */
  allowMultipleFiles?: boolean;
}

/**
 * Reads an XLIFF 2.0 or 2.1 file (namespace urn:oasis:names:tc:xliff:document:2.0) into the same
 * XliffDocument the 1.2 reader returns. Strict about XML and safety (see xmlSafety.ts), lenient
 * about the XLIFF rules (checkXliff reports those):
 *
 * - Every `<unit>` becomes a block (XliffGroup: id = unit id, kind = its `type`), every `<segment>`
 *   a unit of it (XliffUnit): nothing of a multi-segment unit is dropped. A segment without an id
 *   takes the unit's id, or `{unit id}/{n}` when the unit has several segments.
 *   `<group>`s are flattened; an empty `<group>` (one with no unit inside) is an empty block.
 * - `<ignorable>` text becomes the `spaceAfter` of the segment before it (dropped before the
 *   first segment); `spaceAfter` is '' when no `<ignorable>` follows.
 * - `translate="no"` on the file, a group or the unit, or a source wholly inside
 *   `<mrk translate="no">`, makes a sentence do-not-translate (that `<mrk>` is unwrapped).
 * - Inline codes: `<pc>` an open and a close code, `<sc>` an open, `<ec>` a close (with the id of
 *   its `<sc>`), `<ph>` a standalone code; `<cp>` the character it stands for; `<mrk>` keeps its
 *   text and codes, `<sm>`/`<em>` are dropped. Names and attrs as in inlineCodes20.ts.
 * - Notes: a unit note we wrote for a sentence goes back to that sentence; other unit notes go to
 *   the unit's first sentence. Notes on files and groups, and module or extension elements, are skipped.
 * - States as in states20.ts; whitespace is kept exactly.
 */
export function readXliff20(xml: string, options: ReadXliffOptions = {}): XliffDocument {
  return readWithSaxes(xml, WHAT, options.maxBytes ?? MAX_XML_BYTES, (line) => new Reader20(line, options.allowMultipleFiles === true));
}

/** The content of a `<source>` or `<target>` being read; it is also the frame of that element. */
class ContentDraft {
  // Not a ContentParts subclass: `kind` stays the first field, where the other frames have it (the readers' switches stay fast).
  readonly kind = 'content';
  readonly draft: ContentDraft = this;
  parts: Content = [];
  /** Elements directly inside the `<source>`/`<target>`, and whether all of them are one `<mrk translate="no">`. */
  topElements = 0;
  topText = false;
  wholeDoNotTranslate = false;

  constructor(
    readonly side: 'source' | 'target',
    readonly ignorable: boolean,
  ) {}

  append(text: string): void {
    appendText(this, text);
  }

  push(part: string | InlineCode): void {
    pushPart(this, part);
  }
}

interface SegmentDraft {
  xmlId: string | undefined;
  line: number;
  state: string | undefined;
  subState: string | undefined;
  source: ContentDraft | undefined;
  target: ContentDraft | undefined;
  spaceAfter: string;
}

interface UnitDraft {
  xmlId: string;
  kind: string;
  translate: boolean;
  notes: { id: string | undefined; text: string }[];
  /** `<data>` texts by id; null until the unit has some. */
  data: Map<string, string> | null;
  segments: SegmentDraft[];
  /** `<sc>` codes by XML id, for the `<ec>`s that close them (source and target apart). */
  sourceStarts: Map<string, InlineCode> | null;
  targetStarts: Map<string, InlineCode> | null;
}

type Frame =
  | { kind: 'root' | 'skip' | 'native' | 'notes' | 'originalData' | 'ignorable' | 'unit' | 'segment' }
  | { kind: 'file'; translate: boolean }
  | { kind: 'group'; translate: boolean; line: number; id: string; type: string | undefined; hadContent: boolean }
  | ContentDraft
  | { kind: 'pc'; draft: ContentDraft; close: InlineCode }
  | { kind: 'mrk'; draft: ContentDraft }
  | { kind: 'note'; id: string | undefined; text: string }
  | { kind: 'data'; id: string; text: string };

/** The XLIFF 2.0 reader; with `onUnit`, each sentence goes there once its unit is complete and `doc` keeps no groups. */
export class Reader20 implements SaxesHandlers<XliffDocument> {
  private readonly stack: Frame[] = [];
  fileCount = 0;
  readonly doc: XliffDocument = { original: '', sourceLang: '', targetLang: '', groups: [] };
  private unit: UnitDraft | null = null;
  private segment: SegmentDraft | null = null;
  /** The source text of the `<ignorable>` being read. */
  private ignorableText: string | null = null;

  private readonly names: NamespaceScopes;

  constructor(
    private readonly line: () => number,
    private readonly allowMultipleFiles: boolean,
    private readonly onUnit?: UnitSink,
  ) {
    this.names = new NamespaceScopes(WHAT, line, XLIFF20_NAMESPACE);
  }

  // saxes's handlers, bound once.
  readonly onOpen = (tag: SaxesTagPlain): void => {
    const names = this.names;
    names.open(tag.name, tag.attributes);
    this.open(tag, names.uri, names.ours ? names.local : '');
  };

  readonly onClose = (): void => {
    this.close();
    this.names.close();
  };

  readonly onText = (text: string): void => {
    this.text(text);
  };

  /** `name`: the local name of an element in the XLIFF 2 namespace, else ''. */
  open(tag: SaxesTagPlain, uri: string, name: string): void {
    if (this.stack.length >= MAX_XML_DEPTH) throw tooDeep(WHAT, this.line());
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.openRoot(tag, uri, tag.name.slice(tag.name.indexOf(':') + 1));
      this.stack.push(ROOT);
      return;
    }
    this.stack.push(this.frameFor(parent, tag, name));
  }

  private frameFor(parent: Frame, tag: SaxesTagPlain, name: string): Frame {
    switch (parent.kind) {
      case 'skip':
      case 'native':
        return parent;
      case 'root':
        if (name !== 'file') return SKIP;
        return this.openFile(tag);
      case 'file':
      case 'group':
        if (parent.kind === 'group' && (name === 'group' || name === 'unit')) parent.hadContent = true;
        if (name === 'group') return this.openGroup(tag, parent.translate);
        if (name === 'unit') {
          this.openUnit(tag, parent.translate);
          return UNIT;
        }
        return SKIP;
      case 'unit':
        return this.openUnitChild(tag, name);
      case 'notes':
        return name === 'note' ? { kind: 'note', id: attr(tag, 'id'), text: '' } : SKIP;
      case 'originalData':
        return name === 'data' ? { kind: 'data', id: attr(tag, 'id') ?? '', text: '' } : SKIP;
      case 'data':
        if (name === 'cp') parent.text += codePoint(tag);
        return NATIVE;
      case 'segment':
      case 'ignorable':
        return this.openContent(tag, name, parent.kind === 'ignorable');
      case 'note':
        return SKIP;
      case 'content':
      case 'pc':
      case 'mrk':
        return this.openInline(tag, name, parent);
    }
  }

  private openRoot(tag: SaxesTagPlain, uri: string, local: string): void {
    const version = attr(tag, 'version') ?? '';
    if (local !== 'xliff') {
      throw new InputError('xliff.unsupported-version', `This is not an XLIFF file: its root element is <${tag.name}>, not <xliff>.`, { line: this.line() });
    }
    if (uri !== XLIFF20_NAMESPACE || !/^2\.[01]$/.test(version)) {
      throw new InputError(
        'xliff.unsupported-version',
        `This file is XLIFF version "${version}" (namespace "${uri}"), not XLIFF 2.0 or 2.1. Tessera reads XLIFF 1.2, 2.0 and 2.1.`,
        { line: this.line(), version },
      );
    }
    this.doc.sourceLang = attr(tag, 'srcLang') ?? '';
    this.doc.targetLang = attr(tag, 'trgLang') ?? '';
  }

  private openFile(tag: SaxesTagPlain): Frame {
    this.fileCount++;
    if (this.fileCount === 1) this.doc.original = attr(tag, 'original') ?? '';
    else if (!this.allowMultipleFiles) {
      throw secondFileRefused(this.line());
    }
    return { kind: 'file', translate: attr(tag, 'translate') !== 'no' };
  }

  private openGroup(tag: SaxesTagPlain, inherited: boolean): Frame {
    const translate = attr(tag, 'translate');
    return {
      kind: 'group',
      translate: translate === undefined ? inherited : translate !== 'no',
      line: this.line(),
      id: attr(tag, 'id') ?? '',
      type: attr(tag, 'type'),
      hadContent: false,
    };
  }

  private openUnit(tag: SaxesTagPlain, inherited: boolean): void {
    const id = attr(tag, 'id');
    if (id === undefined) throw new InputError('xliff.invalid', `A <unit> has no id (line ${this.line()}).`, { line: this.line() });
    const translate = attr(tag, 'translate');
    this.unit = {
      xmlId: id,
      kind: kindFrom(attr(tag, 'type')),
      translate: translate === undefined ? inherited : translate !== 'no',
      notes: [],
      data: null,
      segments: [],
      sourceStarts: null,
      targetStarts: null,
    };
  }

  private openUnitChild(tag: SaxesTagPlain, name: string): Frame {
    const unit = this.unit as UnitDraft;
    switch (name) {
      case 'notes':
        return NOTES;
      case 'originalData':
        return ORIGINAL_DATA;
      case 'segment':
        this.segment = {
          xmlId: attr(tag, 'id'),
          line: this.line(),
          state: attr(tag, 'state'),
          subState: attr(tag, 'subState'),
          source: undefined,
          target: undefined,
          spaceAfter: '',
        };
        unit.segments.push(this.segment);
        return SEGMENT;
      case 'ignorable':
        this.ignorableText = null;
        return IGNORABLE;
      default:
        return SKIP;
    }
  }

  private openContent(tag: SaxesTagPlain, name: string, ignorable: boolean): Frame {
    if (name !== 'source' && name !== 'target') return SKIP;
    if (ignorable) {
      if (name === 'source') this.ignorableText = '';
      return name === 'source' ? new ContentDraft('source', true) : SKIP;
    }
    const segment = this.segment as SegmentDraft;
    if (segment[name] !== undefined) {
      throw new InputError('xliff.invalid', `A <segment> of the unit "${this.unit?.xmlId ?? ''}" has more than one <${name}> (line ${this.line()}).`, { line: this.line() });
    }
    const draft = new ContentDraft(name, false);
    segment[name] = draft;
    return draft;
  }

  private openInline(tag: SaxesTagPlain, name: string, parent: Frame & { draft: ContentDraft }): Frame {
    const draft = parent.draft;
    const top = parent.kind === 'content';
    if (top) draft.topElements++;
    const unit = this.unit as UnitDraft;
    switch (name) {
      case 'pc': {
        const open = this.code(tag, 'open', attr(tag, 'id') ?? '', attr(tag, 'dataRefStart'));
        draft.push(open);
        return { kind: 'pc', draft, close: { kind: 'close', id: open.id, name: open.name } };
      }
      case 'sc': {
        const xmlId = attr(tag, 'id') ?? '';
        const open = this.code(tag, 'open', xmlId, attr(tag, 'dataRef'));
        draft.push(open);
        if (this.sideOf() === 'source') (unit.sourceStarts ??= new Map()).set(xmlId, open);
        else (unit.targetStarts ??= new Map()).set(xmlId, open);
        return NATIVE;
      }
      case 'ec': {
        const startRef = attr(tag, 'startRef');
        const start = startRef === undefined ? undefined : (this.sideOf() === 'source' ? unit.sourceStarts : unit.targetStarts)?.get(startRef);
        const close = this.code(tag, 'close', startRef ?? attr(tag, 'id') ?? '', attr(tag, 'dataRef'));
        if (start !== undefined) close.id = start.id;
        if (startRef !== undefined && attr(tag, 'type') === undefined && attr(tag, 'subType') === undefined) close.name = start?.name ?? '';
        draft.push(close);
        return NATIVE;
      }
      case 'ph':
        draft.push(this.code(tag, 'standalone', attr(tag, 'id') ?? '', attr(tag, 'dataRef')));
        return NATIVE;
      case 'cp':
        draft.append(codePoint(tag));
        return NATIVE;
      case 'sm':
      case 'em':
        return NATIVE;
      default:
        // <mrk> and anything unknown keep their text and codes.
        if (top && name === 'mrk' && attr(tag, 'translate') === 'no') draft.wholeDoNotTranslate = true;
        return { kind: 'mrk', draft };
    }
  }

  private code(tag: SaxesTagPlain, kind: InlineCode['kind'], xmlId: string, dataRef: string | undefined): InlineCode {
    const result: InlineCode = { kind, id: codeIdFrom(xmlId, this.segment?.xmlId), name: nameFrom(attr(tag, 'type'), attr(tag, 'subType')) };
    if (dataRef !== undefined) {
      const attrs = attrsFromData(this.unit?.data?.get(dataRef));
      if (attrs !== undefined) result.attrs = attrs;
    }
    return result;
  }

  private sideOf(): 'source' | 'target' {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i] as Frame;
      if (frame.kind === 'content') return frame.side;
    }
    return 'source';
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return;
    switch (top.kind) {
      case 'content':
        if (text !== '') top.draft.topText = true;
        top.draft.append(text);
        break;
      case 'pc':
      case 'mrk':
        top.draft.append(text);
        break;
      case 'note':
      case 'data':
        top.text += text;
        break;
      default:
    }
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    switch (frame.kind) {
      case 'pc':
        frame.draft.push(frame.close);
        break;
      case 'note':
        this.unit?.notes.push({ id: frame.id, text: frame.text });
        break;
      case 'data':
        if (this.unit) (this.unit.data ??= new Map()).set(frame.id, frame.text);
        break;
      case 'content':
        if (frame.ignorable) this.ignorableText = contentText(frame.draft.parts);
        break;
      case 'ignorable': {
        const previous = this.unit?.segments[this.unit.segments.length - 1];
        if (previous !== undefined && this.ignorableText !== null) previous.spaceAfter += this.ignorableText;
        this.ignorableText = null;
        break;
      }
      case 'segment': {
        const segment = this.segment as SegmentDraft;
        if (segment.source === undefined) {
          throw new InputError('xliff.invalid', `A <segment> of the unit "${this.unit?.xmlId ?? ''}" (line ${segment.line}) has no <source>.`, { line: segment.line });
        }
        this.segment = null;
        break;
      }
      case 'unit':
        this.closeUnit();
        break;
      case 'group':
        if (!frame.hadContent && frame.id !== EMPTY_FILE_GROUP_ID && this.onUnit === undefined) this.doc.groups.push({ id: decodeId(frame.id), kind: kindFrom(frame.type), units: [] });
        break;
      default:
    }
  }

  private closeUnit(): void {
    const draft = this.unit as UnitDraft;
    this.unit = null;
    const group: XliffGroup = { id: decodeId(draft.xmlId), kind: draft.kind, units: [] };
    const single = draft.segments.length === 1;
    for (let index = 0; index < draft.segments.length; index++) {
      const segment = draft.segments[index] as SegmentDraft;
      const source = segment.source as ContentDraft;
      const doNotTranslate = source.wholeDoNotTranslate && source.topElements === 1 && !source.topText;
      const target = segment.target === undefined ? null : segment.target.parts;
      group.units.push({
        id: segment.xmlId !== undefined ? decodeId(segment.xmlId) : single ? group.id : `${group.id}/${index + 1}`,
        source: source.parts,
        target,
        state: stateFrom20(target !== null, segment.state, segment.subState, target !== null && target.length > 0),
        translate: draft.translate && !doNotTranslate,
        notes: [],
        spaceAfter: segment.spaceAfter,
      });
    }
    for (const note of draft.notes) {
      const key = note.id === undefined ? undefined : noteSegmentKey(note.id);
      const at = key === undefined ? -1 : draft.segments.findIndex((segment) => segment.xmlId === key);
      group.units[at < 0 ? 0 : at]?.notes.push(note.text);
    }
    if (this.onUnit === undefined) this.doc.groups.push(group);
    else for (const unit of group.units) this.onUnit(unit);
  }

  finish(): XliffDocument {
    if (this.fileCount === 0) throw noFileElement();
    return this.doc;
  }
}

// Frames without state are shared.
const ROOT: Frame = { kind: 'root' };
const SKIP: Frame = { kind: 'skip' };
const NATIVE: Frame = { kind: 'native' };
const UNIT: Frame = { kind: 'unit' };
const SEGMENT: Frame = { kind: 'segment' };
const NOTES: Frame = { kind: 'notes' };
const ORIGINAL_DATA: Frame = { kind: 'originalData' };
const IGNORABLE: Frame = { kind: 'ignorable' };

const kinds = new Map<string, string>();

function kindFrom(type: string | undefined): string {
  if (type === undefined) return '';
  let kind = kinds.get(type);
  if (kind === undefined) {
    kind = fromUserValue(type) ?? type;
    if (kinds.size < 1000) kinds.set(type, kind);
  }
  return kind;
}

function contentText(parts: Content): string {
  let text = '';
  for (const part of parts) if (typeof part === 'string') text += part;
  return text;
}

function codePoint(tag: SaxesTagPlain): string {
  const hex = attr(tag, 'hex') ?? '';
  const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  return Number.isNaN(code) || code > 0x10ffff ? '' : String.fromCodePoint(code);
}

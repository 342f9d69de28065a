import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../errors/index.ts';
import type { Content, InlineCode } from '../model/document.ts';
import { derivedCloseName, fromXValue, parseCodeMeta } from './inlineCodes12.ts';
import { stateFrom12 } from './states12.ts';
import type { UnitSink, XliffDocument, XliffGroup, XliffUnit } from './types.ts';
import { XLIFF12_NAMESPACE } from './xliff12Writer.ts';
import type { ReadXliffOptions } from './xliff20Reader.ts';
import { appendText, attr, NO_PARTS, noFileElement, pushPart, readWithSaxes, secondFileRefused, type HoldsParts, type SaxesHandlers } from '../xml/saxesReading.ts';
import { NamespaceScopes } from '../xml/names.ts';
import { MAX_XML_BYTES, MAX_XML_DEPTH } from '../limits.ts';
import { tooDeep } from '../xml/safety.ts';

const WHAT = 'XLIFF file';
const XLIFF11_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.1';
const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/**
 * Reads an XLIFF 1.2 file (1.1 is read the same way) with one `<file>` (or several, with
 * `allowMultipleFiles`: their groups one after another, `original` and languages from the first).
 * Strict about XML and safety (see xmlSafety.ts), lenient about optional
 * XLIFF attributes: a missing `original` or language reads as ''. Checking
 * the project, languages and unit ids is the caller's job.
 *
 * - Units outside any `<group>` go to a synthetic group with id '' and kind ''.
 *   Nested groups are flattened: a unit belongs to its innermost group.
 * - Inline codes: `g`, `bx`/`ex`, `bpt`/`ept`, `it`, `x`, `ph`; their native
 *   code text is left out. Other elements inside content (`mrk`, unknown
 *   ones) keep their text. Whitespace is kept exactly.
 * - `<alt-trans>`, `<seg-source>`, `<context-group>`, `<bin-unit>` and
 *   elements of other namespaces are skipped.
 */
export function readXliff12(xml: string, options: ReadXliffOptions = {}): XliffDocument {
  return readWithSaxes(xml, WHAT, options.maxBytes ?? MAX_XML_BYTES, (line) => new Reader12(line, options.allowMultipleFiles === true));
}

interface GroupContext {
  group: XliffGroup;
  translate: boolean;
}

interface UnitDraft {
  id: string;
  line: number;
  translate: boolean;
  approved: boolean;
  source: Content | undefined;
  target: Content | undefined;
  targetState: string | undefined;
  stateQualifier: string | undefined;
  notes: string[];
}

/** The content of a `<source>` or `<target>` being read; it is also the frame of that element. */
class ContentDraft implements HoldsParts {
  // `kind` is the first field, where the other frames have it (the reader's switches stay fast).
  readonly kind: 'source' | 'target';
  readonly content: ContentDraft = this;
  parts: Content = NO_PARTS;
  /** Close codes whose element gave no name: named after their open once the content is complete (made when there is one). */
  unnamedCloses: InlineCode[] | undefined = undefined;

  constructor(kind: 'source' | 'target') {
    this.kind = kind;
  }

  append(text: string): void {
    appendText(this, text);
  }

  push(part: string | InlineCode): void {
    pushPart(this, part);
  }

  finish(): Content {
    if (this.parts === NO_PARTS) return [];
    if (this.unnamedCloses !== undefined) for (const close of this.unnamedCloses) close.name = derivedCloseName(this.parts, close.id);
    return this.parts;
  }
}

type Frame =
  | { kind: 'root' | 'file' | 'body' | 'group' | 'unit' | 'skip' | 'native' }
  /** `transparent`: an element inside content whose text belongs to the content (`mrk`, unknown elements). */
  | ContentDraft
  | { kind: 'transparent'; content: ContentDraft }
  | { kind: 'g'; content: ContentDraft; close: InlineCode }
  | { kind: 'note'; text: string };

/** The XLIFF 1.2 reader; with `onUnit`, each unit goes there once complete and `doc` keeps no groups. */
export class Reader12 implements SaxesHandlers<XliffDocument> {
  private readonly stack: Frame[] = [];
  private namespace = '';
  fileCount = 0;
  readonly doc: XliffDocument = { original: '', sourceLang: '', targetLang: '', groups: [] };
  private readonly groups: GroupContext[] = [];
  /** The synthetic group collecting units that sit directly in `<body>`, while no group has opened since. */
  private looseGroup: XliffGroup | null = null;
  private unit: UnitDraft | null = null;

  private readonly names: NamespaceScopes;

  constructor(
    private readonly line: () => number,
    private readonly allowMultipleFiles: boolean,
    private readonly onUnit?: UnitSink,
  ) {
    this.names = new NamespaceScopes(WHAT, line, '');
  }

  // saxes's handlers, bound once.
  readonly onOpen = (tag: SaxesTagPlain): void => {
    const names = this.names;
    names.open(tag.name, tag.attributes);
    this.open(tag, names.uri, names.local, names.ours);
  };

  readonly onClose = (): void => {
    this.close();
    this.names.close();
  };

  readonly onText = (text: string): void => {
    this.text(text);
  };

  open(tag: SaxesTagPlain, uri: string, local: string, ours: boolean): void {
    if (this.stack.length >= MAX_XML_DEPTH) throw tooDeep(WHAT, this.line());
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.openRoot(tag, uri, local);
      this.names.setNamespace(uri);
      this.stack.push(STRUCTURE.root);
      return;
    }
    this.stack.push(this.frameFor(parent, tag, ours ? local : ''));
  }

  private frameFor(parent: Frame, tag: SaxesTagPlain, name: string): Frame {
    switch (parent.kind) {
      case 'skip':
      case 'native':
        return parent;
      case 'root':
        if (name !== 'file') return SKIP;
        this.openFile(tag);
        return STRUCTURE.file;
      case 'file':
        return name === 'body' ? STRUCTURE.body : SKIP;
      case 'body':
      case 'group':
        if (name === 'group') {
          this.openGroup(tag);
          return STRUCTURE.group;
        }
        if (name === 'trans-unit') {
          this.openUnit(tag);
          return STRUCTURE.unit;
        }
        return SKIP;
      case 'unit':
        return this.openUnitChild(tag, name);
      case 'note':
        return { kind: 'note', text: '' };
      case 'source':
      case 'target':
      case 'g':
      case 'transparent':
        return this.openInline(tag, name, parent.content);
    }
  }

  private openRoot(tag: SaxesTagPlain, uri: string, local: string): void {
    const version = attr(tag, 'version') ?? '';
    if (local !== 'xliff') {
      throw new InputError('xliff.unsupported-version', `This is not an XLIFF file: its root element is <${tag.name}>, not <xliff>. Tessera reads XLIFF 1.2.`, { line: this.line() });
    }
    if (uri === XLIFF2_NAMESPACE || version.startsWith('2')) {
      throw new InputError('xliff.unsupported-version', `This is an XLIFF ${version || '2'} file, not XLIFF 1.2: read it as XLIFF 2.`, { line: this.line(), version });
    }
    const known = (version === '1.2' && uri === XLIFF12_NAMESPACE) || (version === '1.1' && uri === XLIFF11_NAMESPACE) || ((version === '1.2' || version === '1.1') && uri === '');
    if (!known) {
      throw new InputError('xliff.unsupported-version', `XLIFF version "${version}" (namespace "${uri}") is not supported. Tessera reads XLIFF 1.2.`, { line: this.line(), version });
    }
    this.namespace = uri;
  }

  private openFile(tag: SaxesTagPlain): void {
    this.fileCount++;
    this.looseGroup = null;
    if (this.fileCount > 1 && this.allowMultipleFiles) return;
    if (this.fileCount > 1) {
      throw secondFileRefused(this.line());
    }
    this.doc.original = attr(tag, 'original') ?? '';
    this.doc.sourceLang = attr(tag, 'source-language') ?? '';
    this.doc.targetLang = attr(tag, 'target-language') ?? '';
  }

  private openGroup(tag: SaxesTagPlain): void {
    const group: XliffGroup = { id: attr(tag, 'id') ?? '', kind: fromXValue(attr(tag, 'restype')), units: [] };
    const inherited = this.groups[this.groups.length - 1]?.translate ?? true;
    const translate = attr(tag, 'translate');
    this.groups.push({ group, translate: translate === undefined ? inherited : translate !== 'no' });
    if (this.onUnit === undefined) this.doc.groups.push(group);
    this.looseGroup = null;
  }

  private openUnit(tag: SaxesTagPlain): void {
    const id = attr(tag, 'id');
    if (id === undefined) {
      throw new InputError('xliff.invalid', `A <trans-unit> has no id (line ${this.line()}).`, { line: this.line() });
    }
    const translate = attr(tag, 'translate');
    this.unit = {
      id,
      line: this.line(),
      translate: translate === undefined ? (this.groups[this.groups.length - 1]?.translate ?? true) : translate !== 'no',
      approved: attr(tag, 'approved') === 'yes',
      source: undefined,
      target: undefined,
      targetState: undefined,
      stateQualifier: undefined,
      notes: [],
    };
  }

  private openUnitChild(tag: SaxesTagPlain, name: string): Frame {
    const unit = this.unit as UnitDraft;
    if (name === 'source' || name === 'target') {
      if (unit[name] !== undefined) {
        throw new InputError('xliff.invalid', `The <trans-unit> "${unit.id}" has more than one <${name}> (line ${this.line()}).`, { line: this.line(), unit: unit.id });
      }
      if (name === 'target') {
        unit.targetState = attr(tag, 'state');
        unit.stateQualifier = attr(tag, 'state-qualifier');
      }
      return new ContentDraft(name);
    }
    if (name === 'note') return { kind: 'note', text: '' };
    return SKIP;
  }

  private openInline(tag: SaxesTagPlain, name: string, content: ContentDraft): Frame {
    switch (name) {
      case 'g': {
        const id = attr(tag, 'id') ?? '';
        const open = named(tag, 'open', id);
        content.push(open);
        return { kind: 'g', content, close: { kind: 'close', id, name: open.name } };
      }
      case 'x':
      case 'ph':
        content.push(named(tag, 'standalone', attr(tag, 'id') ?? ''));
        return NATIVE;
      case 'bx':
      case 'bpt':
        content.push(named(tag, 'open', pairIdOf(tag)));
        return NATIVE;
      case 'ex':
      case 'ept': {
        const meta = parseCodeMeta(attr(tag, 'equiv-text'));
        content.push(this.closeCode(meta?.name, pairIdOf(tag), meta?.attrs, content));
        return NATIVE;
      }
      case 'it': {
        const pairId = pairIdOf(tag);
        const meta = parseCodeMeta(attr(tag, 'equiv-text'));
        if (attr(tag, 'pos') === 'open') content.push(named(tag, 'open', pairId, meta));
        else if (meta?.name !== undefined || attr(tag, 'ctype') !== undefined) content.push(named(tag, 'close', pairId, meta));
        else content.push(this.closeCode(undefined, pairId, meta?.attrs, content));
        return NATIVE;
      }
      default:
        return { kind: 'transparent', content };
    }
  }

  private closeCode(name: string | undefined, id: string, attrs: Record<string, string> | undefined, content: ContentDraft): InlineCode {
    const code: InlineCode = { kind: 'close', id, name: name ?? '' };
    if (attrs !== undefined) code.attrs = attrs;
    if (name === undefined) (content.unnamedCloses ??= []).push(code);
    return code;
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return;
    switch (top.kind) {
      case 'source':
      case 'target':
      case 'g':
      case 'transparent':
        top.content.append(text);
        break;
      case 'note':
        top.text += text;
        break;
      default:
    }
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    switch (frame.kind) {
      case 'g':
        frame.content.push(frame.close);
        break;
      case 'source':
      case 'target': {
        const unit = this.unit as UnitDraft;
        unit[frame.kind] = frame.content.finish();
        break;
      }
      case 'note': {
        const parent = this.stack[this.stack.length - 1];
        if (parent?.kind === 'note') parent.text += frame.text;
        else this.unit?.notes.push(frame.text);
        break;
      }
      case 'unit':
        this.closeUnit();
        break;
      case 'group':
        this.groups.pop();
        this.looseGroup = null;
        break;
      default:
    }
  }

  private closeUnit(): void {
    const draft = this.unit as UnitDraft;
    this.unit = null;
    if (draft.source === undefined) {
      throw new InputError('xliff.invalid', `The <trans-unit> "${draft.id}" (line ${draft.line}) has no <source>.`, { line: draft.line, unit: draft.id });
    }
    const target = draft.target ?? null;
    const unit: XliffUnit = {
      id: draft.id,
      source: draft.source,
      target,
      state: stateFrom12({
        hasTarget: target !== null,
        targetState: draft.targetState,
        stateQualifier: draft.stateQualifier,
        approved: draft.approved,
        targetHasContent: target !== null && target.length > 0,
      }),
      translate: draft.translate,
      notes: draft.notes,
    };
    if (this.onUnit === undefined) this.currentGroup().units.push(unit);
    else this.onUnit(unit);
  }

  private currentGroup(): XliffGroup {
    const context = this.groups[this.groups.length - 1];
    if (context) return context.group;
    if (this.looseGroup === null) {
      this.looseGroup = { id: '', kind: '', units: [] };
      this.doc.groups.push(this.looseGroup);
    }
    return this.looseGroup;
  }

  finish(): XliffDocument {
    if (this.fileCount === 0) throw noFileElement();
    return this.doc;
  }
}

/** The id that pairs a `bx`/`ex`, `bpt`/`ept` or `it`: its `rid`, else its `id`. */
function pairIdOf(tag: SaxesTagPlain): string {
  return attr(tag, 'rid') ?? attr(tag, 'id') ?? '';
}

/** An inline code named by our `equiv-text` metadata, else by its `ctype`. */
function named(tag: SaxesTagPlain, kind: InlineCode['kind'], id: string, meta = parseCodeMeta(attr(tag, 'equiv-text'))): InlineCode {
  const code: InlineCode = { kind, id, name: meta?.name ?? fromXValue(attr(tag, 'ctype')) };
  if (meta?.attrs !== undefined) code.attrs = meta.attrs;
  return code;
}

// Frames without state are shared.
/** An element whose content is native code, not text. */
const NATIVE: Frame = { kind: 'native' };
const SKIP: Frame = { kind: 'skip' };
const STRUCTURE: Record<'root' | 'file' | 'body' | 'group' | 'unit', Frame> = { root: { kind: 'root' }, file: { kind: 'file' }, body: { kind: 'body' }, group: { kind: 'group' }, unit: { kind: 'unit' } };

import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../errors/index.ts';
import type { Content, InlineCode } from '../model/document.ts';
import { canonicalLanguage, languageMatches } from '../language/index.ts';
import { readWithSaxes, SaxesStream, type SaxesHandlers } from '../xml/saxesReading.ts';
import { MAX_XML_BYTES, MAX_XML_DEPTH } from '../limits.ts';
import { tooDeep } from '../xml/safety.ts';
import { attrsFromNative } from './inlineTmx.ts';
import type { TmxDocument, TmxEntry } from './tmxWriter.ts';

const WHAT = 'TMX file';

export interface ReadTmxOptions {
  /** Refuse larger input (UTF-8 bytes); default 20 MB. */
  maxBytes?: number;
  /** Keep only pairs whose source language is this one or a variant of it (`en` keeps `en-US`). */
  sourceLang?: string;
  /** Keep only pairs whose target language is this one or a variant of it. */
  targetLang?: string;
}

/**
 * Reads a TMX file (1.4b; 1.1–1.4 alike: `xml:lang` or the older `lang`) into translation pairs.
 * A `<tu>` yields one entry from its source `<tuv>` (the language of the tu's `srclang`, else the
 * header's) to every `<tuv>` in another language; with `srclang="*all*"` every language is a
 * source. Languages come back in canonical case (`EN-us` → `en-US`), segments exactly as written,
 * inline codes as described in inlineTmx.ts; `created`/`creator` from the target tuv's
 * `creationdate`/`creationid` (else the tu's), `note` from the tu's notes.
 *
 * The text is a string: decode UTF-8 or UTF-16 bytes first (decodeText). Safe like the XLIFF
 * readers, except that a DOCTYPE with only an external id (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`,
 * which TMX files legitimately carry) is accepted and not loaded; an internal subset or any
 * entity declaration is refused.
 */
export function readTmx(text: string, options: ReadTmxOptions = {}): TmxDocument {
  return readWithSaxes(text, WHAT, options.maxBytes ?? MAX_XML_BYTES, (line) => new TmxReader(line, options), allowDtdReference);
}

/**
 * readTmx fed a chunk at a time: `write` each piece of the text as it arrives, `take` the entries
 * completed so far (they are not kept), `close` at the end (then `take` the last ones). The checks
 * and errors are readTmx's, each raised at the chunk that shows it.
 */
export class TmxStream {
  private reader: TmxReader | undefined;
  private readonly stream: SaxesStream<TmxDocument>;

  constructor(options: ReadTmxOptions = {}) {
    this.stream = new SaxesStream(WHAT, options.maxBytes ?? MAX_XML_BYTES, (line) => (this.reader = new TmxReader(line, options)), allowDtdReference);
  }

  write(chunk: string): void {
    this.stream.write(chunk);
  }

  /** The entries completed since the last call. */
  take(): TmxEntry[] {
    return (this.reader as TmxReader).take();
  }

  /** Ends the text; the memory's source language (`*all*` or a language tag). */
  close(): string {
    return this.stream.close().srcLang;
  }
}

/** A DOCTYPE that only names the TMX DTD is accepted (and not loaded); one with an internal subset is refused. */
function allowDtdReference(doctype: string, line: number): void {
  if (doctype.includes('[')) {
    throw new InputError('xml.dtd-forbidden', `The ${WHAT} declares a DTD internal subset (line ${line}); only a DOCTYPE naming tmx14.dtd is allowed.`, { line });
  }
}

interface Tuv {
  lang: string;
  content: Content;
  created: string | undefined;
  creator: string | undefined;
}

interface TuDraft {
  srcLang: string | undefined;
  created: string | undefined;
  creator: string | undefined;
  notes: string[];
  tuvs: Tuv[];
}

class SegDraft {
  readonly parts: Content = [];
  readonly pairs = new Map<string, InlineCode>();
  private autoIds = 0;

  append(text: string): void {
    if (text === '') return;
    const last = this.parts.length - 1;
    const previous = this.parts[last];
    if (typeof previous === 'string') this.parts[last] = previous + text;
    else this.parts.push(text);
  }

  autoId(kind: string): string {
    return kind + String(++this.autoIds);
  }
}

type Frame =
  | { kind: 'root' | 'header' | 'body' | 'skip' }
  | { kind: 'tu' }
  | { kind: 'tuv'; tuv: Tuv | null; line: number }
  | { kind: 'seg' | 'hi'; seg: SegDraft }
  | { kind: 'code'; code: InlineCode; native: string }
  | { kind: 'note'; text: string };

class TmxReader implements SaxesHandlers<TmxDocument> {
  private readonly stack: Frame[] = [];
  private srcLang = '';
  private tu: TuDraft | null = null;
  private entries: TmxEntry[] = [];

  constructor(
    private readonly line: () => number,
    private readonly options: ReadTmxOptions,
  ) {}

  // saxes's handlers, bound once.
  readonly onOpen = (tag: SaxesTagPlain): void => this.open(tag);
  readonly onClose = (): void => this.close();
  readonly onText = (text: string): void => this.text(text);

  /** The entries completed since the last call, let go of. */
  take(): TmxEntry[] {
    const entries = this.entries;
    this.entries = [];
    return entries;
  }

  open(tag: SaxesTagPlain): void {
    if (this.stack.length >= MAX_XML_DEPTH) throw tooDeep(WHAT, this.line());
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) {
      this.openRoot(tag);
      this.stack.push({ kind: 'root' });
      return;
    }
    this.stack.push(this.frameFor(parent, tag));
  }

  private openRoot(tag: SaxesTagPlain): void {
    if (tag.name !== 'tmx') {
      throw new InputError('tmx.invalid', `This is not a TMX file: its root element is <${tag.name}>, not <tmx>.`, { line: this.line() });
    }
    const version = tag.attributes['version'] ?? '';
    if (!/^1\.[1-4][a-z]?$/.test(version)) {
      throw new InputError('tmx.unsupported-version', `TMX version "${version}" is not supported; Tessera reads TMX 1.1 to 1.4b.`, { line: this.line(), version });
    }
  }

  private frameFor(parent: Frame, tag: SaxesTagPlain): Frame {
    const a = tag.attributes;
    switch (parent.kind) {
      case 'root':
        if (tag.name === 'header') {
          this.srcLang = a['srclang'] ?? '';
          return { kind: 'header' };
        }
        return { kind: tag.name === 'body' ? 'body' : 'skip' };
      case 'body':
        if (tag.name !== 'tu') return { kind: 'skip' };
        this.tu = { srcLang: a['srclang'], created: a['creationdate'], creator: a['creationid'], notes: [], tuvs: [] };
        return { kind: 'tu' };
      case 'tu':
        if (tag.name === 'note') return { kind: 'note', text: '' };
        if (tag.name !== 'tuv') return { kind: 'skip' };
        {
          const lang = a['xml:lang'] ?? a['lang'];
          if (lang === undefined) throw new InputError('tmx.invalid', `A <tuv> has no xml:lang (line ${this.line()}).`, { line: this.line() });
          return { kind: 'tuv', tuv: { lang, content: [], created: a['creationdate'], creator: a['creationid'] }, line: this.line() };
        }
      case 'tuv':
        if (tag.name !== 'seg' || parent.tuv === null) return { kind: 'skip' };
        {
          const seg = new SegDraft();
          parent.tuv.content = seg.parts;
          this.tu?.tuvs.push(parent.tuv);
          parent.tuv = null;
          return { kind: 'seg', seg };
        }
      case 'seg':
      case 'hi':
        return this.openInline(tag, parent.seg);
      default:
        // header children, notes, props, <sub> inside codes: not part of any segment.
        return { kind: 'skip' };
    }
  }

  private openInline(tag: SaxesTagPlain, seg: SegDraft): Frame {
    const a = tag.attributes;
    const name = a['type'] ?? '';
    let code: InlineCode;
    switch (tag.name) {
      case 'bpt': {
        code = { kind: 'open', id: a['x'] ?? a['i'] ?? seg.autoId('bpt'), name };
        if (a['i'] !== undefined) seg.pairs.set(a['i'], code);
        break;
      }
      case 'ept': {
        const open = a['i'] === undefined ? undefined : seg.pairs.get(a['i']);
        code = { kind: 'close', id: open?.id ?? a['i'] ?? seg.autoId('ept'), name: open?.name ?? '' };
        break;
      }
      case 'it':
        code = { kind: a['pos'] === 'end' ? 'close' : 'open', id: a['x'] ?? seg.autoId('it'), name };
        break;
      case 'ph':
        code = { kind: 'standalone', id: a['x'] ?? seg.autoId('ph'), name };
        break;
      case 'ut':
        code = { kind: 'standalone', id: a['x'] ?? seg.autoId('ut'), name: '' };
        break;
      default:
        // <hi> and anything unknown keep their text and codes.
        return { kind: 'hi', seg };
    }
    seg.parts.push(code);
    return { kind: 'code', code, native: '' };
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return;
    if (top.kind === 'seg' || top.kind === 'hi') top.seg.append(text);
    else if (top.kind === 'code') top.native += text;
    else if (top.kind === 'note') top.text += text;
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame === undefined) return;
    if (frame.kind === 'code') {
      if (frame.code.kind !== 'close') {
        const attrs = attrsFromNative(frame.native, frame.code.name);
        if (attrs !== undefined) frame.code.attrs = attrs;
      }
    } else if (frame.kind === 'note') {
      this.tu?.notes.push(frame.text);
    } else if (frame.kind === 'tuv') {
      if (frame.tuv !== null) throw new InputError('tmx.invalid', `A <tuv> has no <seg> (line ${frame.line}).`, { line: frame.line });
    } else if (frame.kind === 'tu') {
      this.closeTu();
    }
  }

  private closeTu(): void {
    const tu = this.tu as TuDraft;
    this.tu = null;
    const srcLang = tu.srcLang ?? this.srcLang;
    const all = srcLang.toLowerCase() === '*all*';
    const firstSource = tu.tuvs.find((t) => t.lang.toLowerCase() === srcLang.toLowerCase());
    const sources = all ? tu.tuvs : firstSource === undefined ? [] : [firstSource];
    const { sourceLang, targetLang } = this.options;
    for (const source of sources) {
      const from = canonical(source.lang);
      if (sourceLang !== undefined && !languageMatches(from, sourceLang)) continue;
      for (const target of tu.tuvs) {
        if (target === source || target.lang.toLowerCase() === source.lang.toLowerCase()) continue;
        const to = canonical(target.lang);
        if (targetLang !== undefined && !languageMatches(to, targetLang)) continue;
        const entry: TmxEntry = { source: source.content, target: target.content, sourceLang: from, targetLang: to };
        const created = isoDate(target.created ?? tu.created);
        if (created !== undefined) entry.created = created;
        const creator = target.creator ?? tu.creator;
        if (creator !== undefined) entry.creator = creator;
        if (tu.notes.length > 0) entry.note = tu.notes.join('\n');
        this.entries.push(entry);
      }
    }
  }

  finish(): TmxDocument {
    return { srcLang: this.srcLang.toLowerCase() === '*all*' ? '*all*' : canonical(this.srcLang), entries: this.entries };
  }
}

function canonical(lang: string): string {
  return lang === '' ? '' : (canonicalLanguage(lang) ?? lang);
}

/** `20020523T091200Z` → `2002-05-23T09:12:00Z`; undefined for anything else. */
function isoDate(tmx: string | undefined): string | undefined {
  const m = tmx === undefined ? null : /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(tmx.trim());
  return m === null ? undefined : `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

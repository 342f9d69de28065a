import { SaxesParser } from 'saxes';
import { InputError } from '../errors/index.ts';
import type { XliffDocument, XliffUnit } from './types.ts';
import { readXliff12, Reader12 } from './xliff12Reader.ts';
import { readXliff20, Reader20, type ReadXliffOptions } from './xliff20Reader.ts';
import { XLIFF20_NAMESPACE } from './xliff20Writer.ts';
import { MAX_XML_BYTES } from '../limits.ts';
import { checkXmlInput, dtdForbidden, malformedXml } from '../xml/safety.ts';
import { SaxesStream } from '../xml/saxesReading.ts';

export type XliffVersion = '1.2' | '2.0';

const WHAT = 'XLIFF file';
const FOUND = Symbol('root found');

/** Reads up to the root element, a chunk at a time, to tell the version; errors are the readers'. */
class VersionSniffer {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private version: XliffVersion = '1.2';

  constructor() {
    const parser = this.parser;
    parser.on('doctype', () => {
      throw dtdForbidden(WHAT, parser.line);
    });
    parser.on('opentag', (tag) => {
      if (tag.uri === XLIFF20_NAMESPACE || tag.attributes['version']?.value.startsWith('2')) this.version = '2.0';
      throw FOUND;
    });
  }

  /** The version once the root element has been read, else undefined. */
  write(text: string): XliffVersion | undefined {
    return this.attempt(() => this.parser.write(text));
  }

  /** The end of the text: the version ('1.2' when there is no root element to say otherwise). */
  close(): XliffVersion {
    return this.attempt(() => this.parser.close()) ?? this.version;
  }

  private attempt(step: () => unknown): XliffVersion | undefined {
    try {
      step();
    } catch (error) {
      if (error === FOUND) return this.version;
      if (error instanceof InputError) throw error;
      throw malformedXml(WHAT, error, this.parser);
    }
    return undefined;
  }
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Which XLIFF reader a file needs, from its root element: '2.0' for the 2.0 namespace (XLIFF 2.0
 * and 2.1), '1.2' for anything else (the 1.2 reader explains what it cannot read). Reads only up
 * to the root element; refuses what readXliff12/readXliff20 refuse before it (size, DTDs, broken XML).
 */
export function detectXliffVersion(xml: string, options: { maxBytes?: number } = {}): XliffVersion {
  checkXmlInput(xml, options.maxBytes ?? MAX_XML_BYTES, WHAT);
  const sniffer = new VersionSniffer();
  return sniffer.write(withoutBom(xml)) ?? sniffer.close();
}

/** Reads XLIFF 1.2 (or 1.1), 2.0 or 2.1, whichever the file is; see readXliff12 and readXliff20. */
export function readXliff(xml: string, options: ReadXliffOptions = {}): { version: XliffVersion; document: XliffDocument } {
  const version = detectXliffVersion(xml, options);
  return { version, document: version === '2.0' ? readXliff20(xml, options) : readXliff12(xml, options) };
}

/** What an XLIFF file says about itself before its units: its version, project and languages. */
export interface XliffHeader {
  version: XliffVersion;
  original: string;
  sourceLang: string;
  targetLang: string;
}

/**
 * readXliff fed a chunk at a time: `write` each piece of the text as it arrives, `take` the units
 * completed so far (they are not kept, nor are their groups), `close` at the end (then `take` the
 * last ones). `header` is known once the `<file>` element has been read, before its first unit.
 * The checks and errors are readXliff's, each raised at the chunk that shows it; the text before
 * the root element is held until the root tells the version.
 */
export class XliffStream {
  private sniffer: VersionSniffer | null = new VersionSniffer();
  private held: string[] = [];
  private stream: SaxesStream<XliffDocument> | null = null;
  private reader: Reader12 | Reader20 | null = null;
  private version: XliffVersion = '1.2';
  private units: XliffUnit[] = [];

  constructor(private readonly options: ReadXliffOptions = {}) {}

  write(chunk: string): void {
    if (this.stream !== null) {
      this.stream.write(chunk);
      return;
    }
    this.held.push(chunk);
    const version = this.sniff(() => (this.sniffer as VersionSniffer).write(this.held.length === 1 ? withoutBom(chunk) : chunk));
    if (version !== undefined) this.start(version);
  }

  get header(): XliffHeader | undefined {
    const reader = this.reader;
    if (reader === null || reader.fileCount === 0) return undefined;
    const { original, sourceLang, targetLang } = reader.doc;
    return { version: this.version, original, sourceLang, targetLang };
  }

  /** The units completed since the last call. */
  take(): XliffUnit[] {
    const units = this.units;
    this.units = [];
    return units;
  }

  close(): void {
    if (this.stream === null) this.start(this.sniff(() => (this.sniffer as VersionSniffer).close()) ?? '1.2');
    (this.stream as SaxesStream<XliffDocument>).close();
  }

  /** A text the sniffer cannot read goes to the 1.2 reader, which says what is wrong with it as readXliff would. */
  private sniff(step: () => XliffVersion | undefined): XliffVersion | undefined {
    try {
      return step();
    } catch {
      return '1.2';
    }
  }

  private start(version: XliffVersion): void {
    this.version = version;
    this.sniffer = null;
    const multiple = this.options.allowMultipleFiles === true;
    const onUnit = (unit: XliffUnit): void => {
      this.units.push(unit);
    };
    const stream = new SaxesStream(WHAT, this.options.maxBytes ?? MAX_XML_BYTES, (line) =>
      (this.reader = version === '2.0' ? new Reader20(line, multiple, onUnit) : new Reader12(line, multiple, onUnit)),
    );
    this.stream = stream;
    const held = this.held;
    this.held = [];
    for (const chunk of held) stream.write(chunk);
  }
}

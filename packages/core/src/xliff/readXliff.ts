import { SaxesParser } from 'saxes';
import { InputError } from '../errors/index.ts';
import type { XliffDocument } from './types.ts';
import { readXliff12 } from './xliff12Reader.ts';
import { readXliff20, type ReadXliffOptions } from './xliff20Reader.ts';
import { XLIFF20_NAMESPACE } from './xliff20Writer.ts';
import { MAX_XML_BYTES } from '../limits.ts';
import { checkXmlInput, dtdForbidden, malformedXml } from '../xml/safety.ts';

export type XliffVersion = '1.2' | '2.0';

const FOUND = Symbol('root found');

/**
 * Which XLIFF reader a file needs, from its root element: '2.0' for the 2.0 namespace (XLIFF 2.0
 * and 2.1), '1.2' for anything else (the 1.2 reader explains what it cannot read). Reads only up
 * to the root element; refuses what readXliff12/readXliff20 refuse before it (size, DTDs, broken XML).
 */
export function detectXliffVersion(xml: string, options: { maxBytes?: number } = {}): XliffVersion {
  checkXmlInput(xml, options.maxBytes ?? MAX_XML_BYTES, 'XLIFF file');
  const parser = new SaxesParser({ xmlns: true, position: true });
  let version: XliffVersion = '1.2';
  parser.on('doctype', () => {
    throw dtdForbidden('XLIFF file', parser.line);
  });
  parser.on('opentag', (tag) => {
    if (tag.uri === XLIFF20_NAMESPACE || tag.attributes['version']?.value.startsWith('2')) version = '2.0';
    throw FOUND;
  });
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    if (error === FOUND) return version;
    if (error instanceof InputError) throw error;
    throw malformedXml('XLIFF file', error, parser);
  }
  return version;
}

/** Reads XLIFF 1.2 (or 1.1), 2.0 or 2.1, whichever the file is; see readXliff12 and readXliff20. */
export function readXliff(xml: string, options: ReadXliffOptions = {}): { version: XliffVersion; document: XliffDocument } {
  const version = detectXliffVersion(xml, options);
  return { version, document: version === '2.0' ? readXliff20(xml, options) : readXliff12(xml, options) };
}

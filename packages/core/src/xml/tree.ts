import { SaxesParser } from 'saxes';
import { InputError } from '../errors/index.ts';
import { MAX_XML_BYTES, MAX_XML_DEPTH } from '../limits.ts';
import { checkXmlInput, dtdForbidden, malformedXml, tooDeep } from './safety.ts';

/**
 * A small element tree for checking a whole document (the readers stream instead). Built with
 * the same guards as the readers: size limit, no DTDs or entities, a nesting limit.
 */

export interface XmlAttribute {
  uri: string;
  local: string;
  /** The qualified name as written, e.g. `xml:lang`, `fs:fs`, `id`. */
  name: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  name: string;
  attributes: XmlAttribute[];
  /** Child elements and text (CDATA included), in document order. */
  children: (XmlElement | string)[];
  parent: XmlElement | null;
  /** Where the start tag begins (1-based). */
  line: number;
  column: number;
}

/** An XML 1.0 (fifth edition) name token: one or more NameChars. */
export const NMTOKEN = /^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]+$/u;

export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Parses `xml` into a tree; throws an InputError (with the line) for input the readers would refuse. */
export function parseXmlTree(xml: string, options: { maxBytes?: number; what?: string } = {}): XmlElement {
  const what = options.what ?? 'XML file';
  checkXmlInput(xml, options.maxBytes ?? MAX_XML_BYTES, what);
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let startLine = 1;
  let startColumn = 1;
  parser.on('doctype', () => {
    throw dtdForbidden(what, parser.line);
  });
  parser.on('opentagstart', (tag) => {
    startLine = parser.line;
    // saxes has read the name and the character after it; the start tag began at its "<".
    startColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) throw tooDeep(what, parser.line);
    const parent = stack[stack.length - 1] ?? null;
    const attributes: XmlAttribute[] = [];
    for (const key of Object.keys(tag.attributes)) {
      const a = tag.attributes[key];
      if (a === undefined || a.uri === XMLNS_NAMESPACE || a.name === 'xmlns') continue;
      attributes.push({ uri: a.uri, local: a.local, name: a.name, value: a.value });
    }
    const element: XmlElement = { uri: tag.uri, local: tag.local, name: tag.name, attributes, children: [], parent, line: startLine, column: startColumn };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return;
    const last = parent.children.length - 1;
    const previous = parent.children[last];
    if (typeof previous === 'string') parent.children[last] = previous + t;
    else parent.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw malformedXml(what, error, parser);
  }
  if (root === null) throw new InputError('xml.malformed', `The ${what} has no root element.`);
  return root;
}

export function attribute(element: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

export function childElements(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string') out.push(child);
  return out;
}

/** Every element below `element` (not itself), in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const child of e.children) {
      if (typeof child === 'string') continue;
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

/** The value of `xml:lang`/`xml:space` on the element or its nearest ancestor that has it. */
export function inheritedXmlAttribute(element: XmlElement, local: string): string | undefined {
  for (let e: XmlElement | null = element; e !== null; e = e.parent) {
    const value = attribute(e, local, XML_NAMESPACE);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function hasElementChildren(element: XmlElement): boolean {
  return element.children.some((c) => typeof c !== 'string');
}

export function textOf(element: XmlElement): string {
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : textOf(child);
  return out;
}

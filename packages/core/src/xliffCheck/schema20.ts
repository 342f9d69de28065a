import { isWellFormedLanguageTag } from '../language/index.ts';
import { childElements, NMTOKEN, XML_NAMESPACE, type XmlElement } from '../xml/tree.ts';

/**
 * What the XLIFF 2.1 schemas say, written out for the checker: the core schema and the module
 * schemas (matches, glossary, metadata, resource data, size restriction, validation, format
 * style, change tracking). Content models, attributes and their types are checked as xmllint would
 * with the core-with-modules driver; where the schemas use lax wildcards, elements and attributes
 * of a known XLIFF namespace must still be ones that namespace defines (the modules' constraints
 * say so), and module elements must sit where their module puts them.
 */

export const NS = {
  core: 'urn:oasis:names:tc:xliff:document:2.0',
  mtc: 'urn:oasis:names:tc:xliff:matches:2.0',
  gls: 'urn:oasis:names:tc:xliff:glossary:2.0',
  mda: 'urn:oasis:names:tc:xliff:metadata:2.0',
  res: 'urn:oasis:names:tc:xliff:resourcedata:2.0',
  slr: 'urn:oasis:names:tc:xliff:sizerestriction:2.0',
  val: 'urn:oasis:names:tc:xliff:validation:2.0',
  fs: 'urn:oasis:names:tc:xliff:fs:2.0',
  ctr: 'urn:oasis:names:tc:xliff:changetracking:2.0',
  ctr21: 'urn:oasis:names:tc:xliff:changetracking:2.1',
} as const;

const PREFIX_OF: Record<string, string> = {
  [NS.core]: '',
  [NS.mtc]: 'mtc',
  [NS.gls]: 'gls',
  [NS.mda]: 'mda',
  [NS.res]: 'res',
  [NS.slr]: 'slr',
  [NS.val]: 'val',
  [NS.fs]: 'fs',
  [NS.ctr]: 'ctr',
  [NS.ctr21]: 'ctr',
};

/** The namespaces whose elements and attributes the checker knows. */
export function isXliffNamespace(uri: string): boolean {
  return Object.hasOwn(PREFIX_OF, uri);
}

/** `mtc:match`, `unit`: how messages name an element. */
export function displayName(element: { uri: string; local: string }): string {
  const prefix = PREFIX_OF[element.uri];
  if (prefix === undefined) return element.uri === '' ? element.local : `{${element.uri}}${element.local}`;
  return prefix === '' ? element.local : `${prefix}:${element.local}`;
}

export type ValueType =
  | 'string'
  | 'NMTOKEN'
  | 'NMTOKENS'
  | 'language'
  | 'yesNo'
  | 'yesNoFirstNo'
  | 'dir'
  | 'appliesTo'
  | 'userDefined'
  | 'codeType'
  | 'mrkType'
  | 'priority'
  | 'state'
  | 'positiveInteger'
  | 'hexBinary'
  | 'similarity'
  | 'mtcType'
  | 'mdaAppliesTo'
  | 'normalization'
  | 'fs'
  | 'xmlSpace'
  | 'preserve';

// XSD's \s is only space, tab, LF and CR.
const USER_DEFINED = /^[^ \t\n\r:]+:[^ \t\n\r:]+$/;
const FS_VALUES = new Set(
  'a b bdo big blockquote body br button caption center cite code col colgroup dd del div dl dt em h1 h2 h3 h4 h5 h6 head hr html i img label legend li ol p pre q s samp select small span strike strong sub sup table tbody td tfoot th thead title tr tt u ul'.split(' '),
);
const ENUMS: Partial<Record<ValueType, Set<string>>> = {
  yesNo: new Set(['yes', 'no']),
  yesNoFirstNo: new Set(['yes', 'firstNo', 'no']),
  dir: new Set(['ltr', 'rtl', 'auto']),
  appliesTo: new Set(['source', 'target']),
  codeType: new Set(['fmt', 'ui', 'quote', 'link', 'image', 'other']),
  state: new Set(['initial', 'translated', 'reviewed', 'final']),
  mtcType: new Set(['am', 'mt', 'icm', 'idm', 'tb', 'tm', 'other']),
  mdaAppliesTo: new Set(['source', 'target', 'ignorable']),
  normalization: new Set(['none', 'nfc', 'nfd']),
  xmlSpace: new Set(['default', 'preserve']),
  preserve: new Set(['preserve']),
  fs: FS_VALUES,
};

// XSD collapses XML whitespace before checking these types (the others derive from xs:string and keep it).
const COLLAPSED = new Set<ValueType>(['NMTOKEN', 'NMTOKENS', 'language', 'priority', 'positiveInteger', 'hexBinary', 'similarity']);
const collapse = (value: string): string => value.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');

/** Why `value` is not a valid `type`, or null when it is. */
export function valueProblem(type: ValueType, raw: string): string | null {
  const value = COLLAPSED.has(type) ? collapse(raw) : raw;
  const set = ENUMS[type];
  if (set) return set.has(value) ? null : `must be one of ${[...set].slice(0, 8).join(', ')}${set.size > 8 ? ', …' : ''}`;
  switch (type) {
    case 'string':
      return null;
    case 'NMTOKEN':
      return NMTOKEN.test(value) ? null : 'must be an XML name token (letters, digits, . - _ :)';
    case 'NMTOKENS':
      return value !== '' && value.split(' ').every((t) => NMTOKEN.test(t)) ? null : 'must be a space-separated list of XML name tokens';
    case 'language':
      return isWellFormedLanguageTag(value) ? null : 'must be a well-formed BCP 47 language tag';
    case 'userDefined':
      return USER_DEFINED.test(value) ? null : 'must be a user-defined value such as prefix:value';
    case 'mrkType':
      return value === 'generic' || value === 'comment' || value === 'term' || USER_DEFINED.test(value) ? null : 'must be generic, comment, term or a user-defined prefix:value';
    case 'priority':
      return /^\+?0*([1-9]|10)$/.test(value) ? null : 'must be an integer from 1 to 10';
    case 'positiveInteger':
      return /^\+?0*[1-9][0-9]*$/.test(value) ? null : 'must be a positive integer';
    case 'hexBinary':
      return /^(?:[0-9a-fA-F]{2})*$/.test(value) ? null : 'must be hexadecimal digits';
    case 'similarity': {
      if (!/^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(value)) return 'must be a decimal number';
      const n = Number(value);
      return n >= 0 && n <= 100 ? null : 'must be between 0 and 100';
    }
    default:
      return null;
  }
}

interface AttributeDecl {
  type: ValueType;
  required?: true;
}

type Particle = { names: readonly string[]; min: number; max: number } | { other: true; min: number; max: number };

export interface ElementDecl {
  /** Unqualified attributes. */
  attributes: Record<string, AttributeDecl>;
  /** `xml:` attributes declared by name. */
  xml?: Record<string, ValueType>;
  /** The attribute wildcard: any namespace but this one (`any`), only the fs and slr modules (`modules`, inline codes), or none. */
  other?: 'any' | 'modules';
  /** Child elements, in order (`{uri}local` keys); empty for elements without element children. */
  content: readonly Particle[];
  /** Whether text may appear between children. */
  mixed: boolean;
}

const key = (uri: string, local: string): string => `{${uri}}${local}`;
const core = (local: string): string => key(NS.core, local);
const one = (name: string, min = 1, max = 1): Particle => ({ names: [name], min, max });
const choice = (names: string[], min: number, max: number): Particle => ({ names, min, max });
const other = (min = 0, max = Infinity): Particle => ({ other: true, min, max });
const MANY = Infinity;

const INLINE = choice(['cp', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em'].map(core), 0, MANY);
const CAN: Record<string, AttributeDecl> = { canCopy: { type: 'yesNo' }, canDelete: { type: 'yesNo' }, canReorder: { type: 'yesNoFirstNo' } };
const CODE_COMMON: Record<string, AttributeDecl> = { ...CAN, copyOf: { type: 'NMTOKEN' }, subType: { type: 'userDefined' }, type: { type: 'codeType' } };
const STRUCTURE: Record<string, AttributeDecl> = {
  id: { type: 'NMTOKEN', required: true },
  name: { type: 'string' },
  canResegment: { type: 'yesNo' },
  translate: { type: 'yesNo' },
  srcDir: { type: 'dir' },
  trgDir: { type: 'dir' },
  type: { type: 'userDefined' },
};
const MARKER: Record<string, AttributeDecl> = { id: { type: 'NMTOKEN', required: true }, translate: { type: 'yesNo' }, type: { type: 'mrkType' }, ref: { type: 'string' }, value: { type: 'string' } };

const DECLS = new Map<string, ElementDecl>([
  // Core
  [core('xliff'), { attributes: { version: { type: 'string', required: true }, srcLang: { type: 'language', required: true }, trgLang: { type: 'language' } }, xml: { space: 'xmlSpace' }, other: 'any', content: [one(core('file'), 1, MANY)], mixed: false }],
  [
    core('file'),
    {
      attributes: { id: { type: 'NMTOKEN', required: true }, canResegment: { type: 'yesNo' }, original: { type: 'string' }, translate: { type: 'yesNo' }, srcDir: { type: 'dir' }, trgDir: { type: 'dir' } },
      xml: { space: 'xmlSpace' },
      other: 'any',
      content: [one(core('skeleton'), 0), other(), one(core('notes'), 0), choice([core('unit'), core('group')], 1, MANY)],
      mixed: false,
    },
  ],
  [core('skeleton'), { attributes: { href: { type: 'string' } }, content: [other()], mixed: true }],
  [core('group'), { attributes: STRUCTURE, xml: { space: 'xmlSpace' }, other: 'any', content: [other(), one(core('notes'), 0), choice([core('unit'), core('group')], 0, MANY)], mixed: false }],
  [core('unit'), { attributes: STRUCTURE, xml: { space: 'xmlSpace' }, other: 'any', content: [other(), one(core('notes'), 0), one(core('originalData'), 0), choice([core('segment'), core('ignorable')], 1, MANY)], mixed: false }],
  [core('segment'), { attributes: { id: { type: 'NMTOKEN' }, canResegment: { type: 'yesNo' }, state: { type: 'state' }, subState: { type: 'string' } }, content: [one(core('source')), one(core('target'), 0)], mixed: false }],
  [core('ignorable'), { attributes: { id: { type: 'NMTOKEN' } }, content: [one(core('source')), one(core('target'), 0)], mixed: false }],
  [core('notes'), { attributes: {}, content: [one(core('note'), 1, MANY)], mixed: false }],
  [core('note'), { attributes: { id: { type: 'NMTOKEN' }, appliesTo: { type: 'appliesTo' }, category: { type: 'string' }, priority: { type: 'priority' } }, other: 'any', content: [], mixed: true }],
  [core('originalData'), { attributes: {}, content: [one(core('data'), 1, MANY)], mixed: false }],
  [core('data'), { attributes: { id: { type: 'NMTOKEN', required: true }, dir: { type: 'dir' } }, xml: { space: 'preserve' }, content: [one(core('cp'), 0, MANY)], mixed: true }],
  [core('source'), { attributes: {}, xml: { lang: 'language', space: 'xmlSpace' }, content: [INLINE], mixed: true }],
  [core('target'), { attributes: { order: { type: 'positiveInteger' } }, xml: { lang: 'language', space: 'xmlSpace' }, content: [INLINE], mixed: true }],
  [core('cp'), { attributes: { hex: { type: 'hexBinary', required: true } }, content: [], mixed: false }],
  [
    core('ph'),
    {
      attributes: { ...CODE_COMMON, disp: { type: 'string' }, equiv: { type: 'string' }, id: { type: 'NMTOKEN', required: true }, dataRef: { type: 'NMTOKEN' }, subFlows: { type: 'NMTOKENS' } },
      other: 'modules',
      content: [],
      mixed: false,
    },
  ],
  [
    core('pc'),
    {
      attributes: {
        ...CODE_COMMON,
        canOverlap: { type: 'yesNo' },
        dispEnd: { type: 'string' },
        dispStart: { type: 'string' },
        equivEnd: { type: 'string' },
        equivStart: { type: 'string' },
        id: { type: 'NMTOKEN', required: true },
        dataRefEnd: { type: 'NMTOKEN' },
        dataRefStart: { type: 'NMTOKEN' },
        subFlowsEnd: { type: 'NMTOKENS' },
        subFlowsStart: { type: 'NMTOKENS' },
        dir: { type: 'dir' },
      },
      other: 'modules',
      content: [INLINE],
      mixed: true,
    },
  ],
  [
    core('sc'),
    {
      attributes: { ...CODE_COMMON, canOverlap: { type: 'yesNo' }, dataRef: { type: 'NMTOKEN' }, dir: { type: 'dir' }, disp: { type: 'string' }, equiv: { type: 'string' }, id: { type: 'NMTOKEN', required: true }, isolated: { type: 'yesNo' }, subFlows: { type: 'NMTOKENS' } },
      other: 'modules',
      content: [],
      mixed: false,
    },
  ],
  [
    core('ec'),
    {
      attributes: {
        ...CODE_COMMON,
        canOverlap: { type: 'yesNo' },
        dataRef: { type: 'NMTOKEN' },
        dir: { type: 'dir' },
        disp: { type: 'string' },
        equiv: { type: 'string' },
        id: { type: 'NMTOKEN' },
        isolated: { type: 'yesNo' },
        startRef: { type: 'NMTOKEN' },
        subFlows: { type: 'NMTOKENS' },
      },
      other: 'modules',
      content: [],
      mixed: false,
    },
  ],
  [core('mrk'), { attributes: MARKER, other: 'any', content: [INLINE], mixed: true }],
  [core('sm'), { attributes: MARKER, other: 'any', content: [], mixed: false }],
  [core('em'), { attributes: { startRef: { type: 'NMTOKEN', required: true } }, content: [], mixed: false }],
  // Translation Candidates (mtc)
  [key(NS.mtc, 'matches'), { attributes: {}, content: [one(key(NS.mtc, 'match'), 1, MANY)], mixed: false }],
  [
    key(NS.mtc, 'match'),
    {
      attributes: {
        id: { type: 'NMTOKEN' },
        matchQuality: { type: 'similarity' },
        matchSuitability: { type: 'similarity' },
        origin: { type: 'string' },
        ref: { type: 'string', required: true },
        reference: { type: 'yesNo' },
        similarity: { type: 'similarity' },
        subType: { type: 'userDefined' },
        type: { type: 'mtcType' },
      },
      other: 'any',
      content: [one(key(NS.mda, 'metadata'), 0), one(core('originalData'), 0), one(core('source')), one(core('target')), other()],
      mixed: false,
    },
  ],
  // Glossary (gls)
  [key(NS.gls, 'glossary'), { attributes: {}, content: [one(key(NS.gls, 'glossEntry'), 1, MANY)], mixed: false }],
  [
    key(NS.gls, 'glossEntry'),
    { attributes: { id: { type: 'NMTOKEN' }, ref: { type: 'string' } }, other: 'any', content: [one(key(NS.gls, 'term')), one(key(NS.gls, 'translation'), 0, MANY), one(key(NS.gls, 'definition'), 0), other()], mixed: false },
  ],
  [key(NS.gls, 'term'), { attributes: { source: { type: 'string' } }, other: 'any', content: [], mixed: true }],
  [key(NS.gls, 'translation'), { attributes: { id: { type: 'NMTOKEN' }, ref: { type: 'string' }, source: { type: 'string' } }, other: 'any', content: [], mixed: true }],
  [key(NS.gls, 'definition'), { attributes: { source: { type: 'string' } }, other: 'any', content: [], mixed: true }],
  // Metadata (mda)
  [key(NS.mda, 'metadata'), { attributes: { id: { type: 'NMTOKEN' } }, content: [one(key(NS.mda, 'metaGroup'), 1, MANY)], mixed: false }],
  [
    key(NS.mda, 'metaGroup'),
    { attributes: { id: { type: 'NMTOKEN' }, category: { type: 'string' }, appliesTo: { type: 'mdaAppliesTo' } }, content: [choice([key(NS.mda, 'metaGroup'), key(NS.mda, 'meta')], 1, MANY)], mixed: false },
  ],
  [key(NS.mda, 'meta'), { attributes: { type: { type: 'string', required: true } }, content: [], mixed: true }],
  // Resource Data (res)
  [key(NS.res, 'resourceData'), { attributes: {}, content: [one(key(NS.res, 'resourceItemRef'), 0, MANY), one(key(NS.res, 'resourceItem'), 0, MANY)], mixed: false }],
  [key(NS.res, 'resourceItemRef'), { attributes: { id: { type: 'NMTOKEN' }, ref: { type: 'NMTOKEN', required: true } }, other: 'any', content: [], mixed: false }],
  [
    key(NS.res, 'resourceItem'),
    {
      attributes: { mimeType: { type: 'string' }, id: { type: 'NMTOKEN' }, context: { type: 'yesNo' } },
      other: 'any',
      content: [one(key(NS.res, 'source'), 0), one(key(NS.res, 'target'), 0), one(key(NS.res, 'reference'), 0, MANY)],
      mixed: false,
    },
  ],
  [key(NS.res, 'source'), { attributes: { href: { type: 'string' } }, xml: { lang: 'language' }, other: 'any', content: [other()], mixed: false }],
  [key(NS.res, 'target'), { attributes: { href: { type: 'string' } }, xml: { lang: 'language' }, other: 'any', content: [other()], mixed: false }],
  [key(NS.res, 'reference'), { attributes: { href: { type: 'string', required: true } }, xml: { lang: 'language' }, other: 'any', content: [], mixed: false }],
  // Size and Length Restriction (slr)
  [key(NS.slr, 'profiles'), { attributes: { generalProfile: { type: 'string' }, storageProfile: { type: 'string' } }, content: [one(key(NS.slr, 'normalization'), 0), other()], mixed: false }],
  [key(NS.slr, 'normalization'), { attributes: { general: { type: 'normalization' }, storage: { type: 'normalization' } }, content: [], mixed: false }],
  [key(NS.slr, 'data'), { attributes: { profile: { type: 'string', required: true } }, other: 'any', content: [other()], mixed: false }],
  // Validation (val)
  [key(NS.val, 'validation'), { attributes: {}, other: 'any', content: [one(key(NS.val, 'rule'), 1, MANY)], mixed: false }],
  [
    key(NS.val, 'rule'),
    {
      attributes: {
        isPresent: { type: 'string' },
        occurs: { type: 'positiveInteger' },
        isNotPresent: { type: 'string' },
        startsWith: { type: 'string' },
        endsWith: { type: 'string' },
        existsInSource: { type: 'yesNo' },
        caseSensitive: { type: 'yesNo' },
        normalization: { type: 'normalization' },
        disabled: { type: 'yesNo' },
      },
      other: 'any',
      content: [],
      mixed: false,
    },
  ],
]);
// Change Tracking (ctr), in its 2.0 and 2.1 namespaces.
for (const ns of [NS.ctr, NS.ctr21]) {
  DECLS.set(key(ns, 'changeTrack'), { attributes: {}, content: [one(key(ns, 'revisions'), 1, MANY)], mixed: false });
  DECLS.set(key(ns, 'revisions'), {
    attributes: { appliesTo: { type: 'NMTOKEN', required: true }, ref: { type: 'NMTOKEN' }, currentVersion: { type: 'NMTOKEN' } },
    other: 'any',
    content: [one(key(ns, 'revision'), 1, MANY)],
    mixed: false,
  });
  DECLS.set(key(ns, 'revision'), { attributes: { author: { type: 'string' }, datetime: { type: 'string' }, version: { type: 'NMTOKEN' } }, other: 'any', content: [one(key(ns, 'item'), 1, MANY)], mixed: false });
  DECLS.set(key(ns, 'item'), { attributes: { property: { type: 'string', required: true } }, other: 'any', content: [], mixed: true });
}

/** Module attributes that other elements may carry. */
const MODULE_ATTRIBUTES = new Map<string, ValueType>([
  [key(NS.fs, 'fs'), 'fs'],
  [key(NS.fs, 'subFs'), 'string'],
  [key(NS.slr, 'equivStorage'), 'string'],
  [key(NS.slr, 'sizeInfo'), 'string'],
  [key(NS.slr, 'sizeInfoRef'), 'NMTOKEN'],
  [key(NS.slr, 'sizeRestriction'), 'string'],
  [key(NS.slr, 'storageRestriction'), 'string'],
]);

/** Where module elements may appear among core elements (their module's "Parents"). */
const MODULE_PLACES = new Map<string, Set<string>>([
  [key(NS.mtc, 'matches'), new Set(['unit'])],
  [key(NS.gls, 'glossary'), new Set(['unit'])],
  [key(NS.mda, 'metadata'), new Set(['file', 'group', 'unit'])],
  [key(NS.res, 'resourceData'), new Set(['file', 'unit'])],
  [key(NS.slr, 'profiles'), new Set(['file'])],
  [key(NS.slr, 'data'), new Set(['file', 'group', 'unit'])],
  [key(NS.val, 'validation'), new Set(['file', 'group', 'unit'])],
  [key(NS.ctr, 'changeTrack'), new Set(['file', 'group', 'unit'])],
  [key(NS.ctr21, 'changeTrack'), new Set(['file', 'group', 'unit'])],
]);

export interface SchemaProblem {
  rule: 'schema.element' | 'schema.attribute' | 'schema.value' | 'schema.text';
  message: string;
  element: XmlElement;
}

/** Checks `root` (an `<xliff>` in the 2.0 namespace) against the schemas; returns what fails. */
export function checkSchema20(root: XmlElement): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const decl = DECLS.get(key(root.uri, root.local));
  if (decl) validate(root, decl, problems);
  return problems;
}

function validate(element: XmlElement, decl: ElementDecl, problems: SchemaProblem[]): void {
  const name = displayName(element);
  checkAttributes(element, decl, name, problems);
  if (!decl.mixed) {
    for (const child of element.children) {
      if (typeof child === 'string' && child.trim() !== '') {
        problems.push({ rule: 'schema.text', message: `<${name}> may not contain text ("${child.trim().slice(0, 30)}").`, element });
        break;
      }
    }
  }
  const children = childElements(element);
  let at = 0;
  for (const particle of decl.content) {
    let count = 0;
    while (at < children.length && count < particle.max && matches(particle, children[at] as XmlElement, element.uri)) {
      const child = children[at] as XmlElement;
      if ('other' in particle) validateWildcardChild(child, element, problems);
      else {
        const childDecl = DECLS.get(key(child.uri, child.local));
        if (childDecl) validate(child, childDecl, problems);
      }
      at++;
      count++;
    }
    if (count < particle.min) {
      const expected = 'other' in particle ? 'an element of another namespace' : particle.names.map((n) => `<${displayName(split(n))}>`).join(' or ');
      const found = children[at];
      problems.push({
        rule: 'schema.element',
        message: found ? `<${name}> needs ${expected} where <${displayName(found)}> is.` : `<${name}> needs ${expected}${count > 0 ? ' (more of them)' : ''}.`,
        element: found ?? element,
      });
      return;
    }
  }
  const extra = children[at];
  if (extra !== undefined) {
    problems.push({ rule: 'schema.element', message: `<${displayName(extra)}> is not allowed ${at === 0 ? 'first ' : 'here '}in <${name}>.`, element: extra });
  }
}

function matches(particle: Particle, child: XmlElement, parentUri: string): boolean {
  if ('other' in particle) return child.uri !== parentUri && child.uri !== '';
  return particle.names.includes(key(child.uri, child.local));
}

function split(qualified: string): { uri: string; local: string } {
  const end = qualified.indexOf('}');
  return { uri: qualified.slice(1, end), local: qualified.slice(end + 1) };
}

/** An element in a wildcard (`##other`, lax): checked when its namespace is an XLIFF one. */
function validateWildcardChild(child: XmlElement, parent: XmlElement, problems: SchemaProblem[]): void {
  if (!isXliffNamespace(child.uri)) return;
  const childKey = key(child.uri, child.local);
  const decl = DECLS.get(childKey);
  if (decl === undefined) {
    problems.push({ rule: 'schema.element', message: `<${displayName(child)}> is not an element of its module.`, element: child });
    return;
  }
  const places = MODULE_PLACES.get(childKey);
  if (parent.uri === NS.core && (places === undefined || !places.has(parent.local))) {
    problems.push({ rule: 'schema.element', message: `<${displayName(child)}> is not allowed in <${displayName(parent)}>.`, element: child });
    return;
  }
  validate(child, decl, problems);
}

function checkAttributes(element: XmlElement, decl: ElementDecl, name: string, problems: SchemaProblem[]): void {
  for (const a of element.attributes) {
    let type: ValueType | undefined;
    if (a.uri === '') {
      type = decl.attributes[a.local]?.type;
      if (type === undefined) {
        problems.push({ rule: 'schema.attribute', message: `<${name}> has no attribute "${a.name}".`, element });
        continue;
      }
    } else if (a.uri === XML_NAMESPACE) {
      type = decl.xml?.[a.local];
      if (type === undefined) {
        if (decl.other !== 'any') {
          problems.push({ rule: 'schema.attribute', message: `<${name}> may not have the attribute "${a.name}".`, element });
          continue;
        }
        type = a.local === 'lang' ? 'language' : a.local === 'space' ? 'xmlSpace' : 'string';
      }
    } else if (a.uri === element.uri) {
      problems.push({ rule: 'schema.attribute', message: `<${name}> has no attribute "${a.name}".`, element });
      continue;
    } else {
      const moduleType = MODULE_ATTRIBUTES.get(key(a.uri, a.local));
      const moduleAttribute = a.uri === NS.fs || a.uri === NS.slr;
      if (decl.other === undefined || (decl.other === 'modules' && !moduleAttribute)) {
        problems.push({ rule: 'schema.attribute', message: `<${name}> may not have the attribute "${a.name}"${decl.other === 'modules' ? ' (only Format Style and Size Restriction module attributes are allowed)' : ''}.`, element });
        continue;
      }
      if (isXliffNamespace(a.uri) && moduleType === undefined) {
        problems.push({ rule: 'schema.attribute', message: `"${a.name}" is not an attribute of its module.`, element });
        continue;
      }
      type = moduleType ?? 'string';
    }
    const problem = valueProblem(type, a.value);
    if (problem !== null) problems.push({ rule: 'schema.value', message: `The attribute ${a.name}="${a.value}" of <${name}> ${problem}.`, element });
  }
  for (const [attrName, attr] of Object.entries(decl.attributes)) {
    if (attr.required && !element.attributes.some((a) => a.uri === '' && a.local === attrName)) {
      problems.push({ rule: 'schema.attribute', message: `<${name}> needs the attribute "${attrName}".`, element });
    }
  }
}

import { InputError } from '../errors/index.ts';
import { checkSchema20, NS } from './schema20.ts';
import { Rules20, type Counts } from './rules20.ts';
import { isWellFormedLanguageTag } from '../language/index.ts';
import { attribute, childElements, descendants, parseXmlTree, XML_NAMESPACE, type XmlElement } from '../xml/tree.ts';
import { XLIFF12_NAMESPACE } from '../xliff/xliff12Writer.ts';

export interface XliffCheckError {
  /** Which rule the file breaks, e.g. `schema.element`, `id.unit`, `code.sc-isolated`, `xml.malformed`. */
  rule: string;
  message: string;
  /** Where (1-based); 0 when the problem is not at a place in the file (it is empty, or too large). */
  line: number;
  column: number;
}

export interface XliffCheckReport {
  valid: boolean;
  /** '1.2' (also for 1.1), '2.0' or '2.1' as the file says; '' when it is not XLIFF at all. */
  version: string;
  /** 2.x: `<unit>`s. 1.2: `<trans-unit>`s. */
  units: number;
  /** 2.x: `<segment>`s. 1.2: the `<mrk mtype="seg">` of `<seg-source>`, or one per trans-unit without one. */
  segments: number;
  /**
   * 2.x: segments per `state` (`initial` when the attribute is missing). 1.2: trans-units per target
   * `state` (`no-target` without a target, `no-state` for a target without one), plus `approved` for `approved="yes"`.
   */
  states: Record<string, number>;
  /** Inline codes in sources and targets: 2.x `pc`, `sc`, `ec`, `ph`; 1.2 `g`, `x`, `bx`, `ex`, `bpt`, `ept`, `ph`, `it`. */
  inlineCodes: number;
  notes: number;
  errors: XliffCheckError[];
}

export interface CheckXliffOptions {
  /** Refuse larger input (UTF-8 bytes); default 20 MB. */
  maxBytes?: number;
  /**
   * Fragment identifier prefixes of extensions the file may use (prefix → namespace URI), besides
   * the XLIFF modules' (mtc, gls, mda, res, ctr, slr, val, its) and those extensions define in their
   * own specifications (tbx for TBX, ISO 30042). Unregistered prefixes are errors.
   */
  fragmentPrefixes?: Readonly<Record<string, string>>;
}

const MAX_ERRORS = 1000;

/**
 * Checks any XLIFF file against the specification and reports every problem with its rule and
 * line: XLIFF 2.0/2.1 against the core and module schemas and the processing requirements the
 * schemas cannot express (unique ids, sc/ec pairing, canCopy/canDelete/canReorder, references
 * to original data, notes and units, fragment identifiers, module constraints); XLIFF 1.2 (and
 * 1.1) against its structure, attribute values and id rules. Never throws for bad input: unsafe
 * or broken XML is a report with `valid: false`.
 */
export function checkXliff(xml: string, options: CheckXliffOptions = {}): XliffCheckReport {
  const report: XliffCheckReport = { valid: false, version: '', units: 0, segments: 0, states: {}, inlineCodes: 0, notes: 0, errors: [] };
  let root: XmlElement;
  try {
    root = parseXmlTree(xml, { maxBytes: options.maxBytes ?? 20 * 1024 * 1024, what: 'XLIFF file' });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.errors.push({ rule: error.code, message: error.message, line: error.details.line ?? 0, column: error.details.column ?? 0 });
    return report;
  }
  const version = attribute(root, 'version') ?? '';
  if (root.local !== 'xliff') {
    report.errors.push({ rule: 'xliff.version', message: `This is not an XLIFF file: its root element is <${root.name}>.`, line: root.line, column: root.column });
    return report;
  }
  if (root.uri === NS.core) {
    report.version = version;
    const problems: { rule: string; message: string; element: XmlElement }[] = [...checkSchema20(root)];
    const rules = new Rules20({ fragmentPrefixes: options.fragmentPrefixes ?? {} });
    rules.check(root);
    problems.push(...rules.problems);
    Object.assign(report, countsOf(rules.counts));
    for (const p of problems) report.errors.push({ rule: p.rule, message: p.message, line: p.element.line, column: p.element.column });
  } else if (root.uri === XLIFF12_NAMESPACE || root.uri === 'urn:oasis:names:tc:xliff:document:1.1' || (root.uri === '' && (version === '1.2' || version === '1.1'))) {
    report.version = version === '1.1' ? '1.1' : '1.2';
    check12(root, report);
  } else {
    report.errors.push({ rule: 'xliff.version', message: `XLIFF version "${version}" in the namespace "${root.uri}" is not one this checker knows (1.2, 2.0, 2.1).`, line: root.line, column: root.column });
    return report;
  }
  report.errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (report.errors.length > MAX_ERRORS) report.errors.length = MAX_ERRORS;
  report.valid = report.errors.length === 0;
  return report;
}

function countsOf(counts: Counts): Pick<XliffCheckReport, 'units' | 'segments' | 'states' | 'inlineCodes' | 'notes'> {
  return { units: counts.units, segments: counts.segments, states: counts.states, inlineCodes: counts.inlineCodes, notes: counts.notes };
}

// XLIFF 1.2

const STATES_12 = new Set(['final', 'needs-adaptation', 'needs-l10n', 'needs-review-adaptation', 'needs-review-l10n', 'needs-review-translation', 'needs-translation', 'new', 'signed-off', 'translated']);
const CODES_12 = new Set(['g', 'x', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it']);

/**
 * XLIFF 1.2: the structure (`file` with `body`, `trans-unit` with one `source` and at most one
 * `target`), required attributes, attribute values (states, yes/no, language tags, xml:space),
 * unique trans-unit ids within a file, and `bpt`/`ept` pairs within a source or target. Lenient
 * where tools commonly differ from the strict schema (element order, extension attributes).
 */
function check12(root: XmlElement, report: XliffCheckReport): void {
  const ns = root.uri;
  const error = (rule: string, element: XmlElement, message: string): void => {
    report.errors.push({ rule, message, line: element.line, column: element.column });
  };
  const ours = (e: XmlElement, local?: string): boolean => e.uri === ns && (local === undefined || e.local === local);
  const files = childElements(root).filter((e) => ours(e, 'file'));
  if (files.length === 0) error('schema.element', root, '<xliff> needs at least one <file>.');
  for (const file of files) {
    for (const required of ['original', 'source-language', 'datatype']) {
      if (attribute(file, required) === undefined) error('schema.attribute', file, `<file> needs the attribute "${required}".`);
    }
    for (const langAttr of ['source-language', 'target-language']) {
      const lang = attribute(file, langAttr);
      if (lang !== undefined && !isWellFormedLanguageTag(lang)) error('schema.value', file, `${langAttr}="${lang}" is not a well-formed language tag.`);
    }
    const bodies = childElements(file).filter((e) => ours(e, 'body'));
    if (bodies.length !== 1) error('schema.element', file, `<file> needs exactly one <body>; it has ${bodies.length}.`);
    const ids = new Set<string>();
    for (const e of descendants(file)) {
      if (!ours(e)) continue;
      checkValues12(e, error);
      if (e.local === 'note' && !isInAltTrans(e)) report.notes++;
      if (e.local !== 'trans-unit') continue;
      report.units++;
      const id = attribute(e, 'id');
      if (id === undefined) error('schema.attribute', e, '<trans-unit> needs the attribute "id".');
      else if (ids.has(id)) error('id.unit', e, `The <trans-unit> id "${id}" is used twice in the same <file>.`);
      else ids.add(id);
      const children = childElements(e).filter((c) => ours(c));
      const sources = children.filter((c) => c.local === 'source');
      const targets = children.filter((c) => c.local === 'target');
      if (sources.length !== 1) error('schema.element', e, `<trans-unit> needs exactly one <source>; it has ${sources.length}.`);
      if (targets.length > 1) error('schema.element', e, `<trans-unit> has ${targets.length} <target>s; at most one is allowed.`);
      const segSource = children.find((c) => c.local === 'seg-source');
      const segments = segSource === undefined ? 0 : descendants(segSource).filter((m) => ours(m, 'mrk') && attribute(m, 'mtype') === 'seg').length;
      report.segments += segments === 0 ? 1 : segments;
      const target = targets[0];
      const state = target === undefined ? 'no-target' : (attribute(target, 'state') ?? 'no-state');
      report.states[state] = (report.states[state] ?? 0) + 1;
      if (attribute(e, 'approved') === 'yes') report.states['approved'] = (report.states['approved'] ?? 0) + 1;
      for (const content of [...sources, ...targets]) {
        const codes = descendants(content).filter((c) => ours(c) && CODES_12.has(c.local));
        report.inlineCodes += codes.length;
        // A <bpt> and its <ept> share an id (or rid); an <ept> closes the nearest open <bpt> with its id.
        const begun = new Map<string, XmlElement[]>();
        for (const code of codes) {
          const pairId = attribute(code, 'rid') ?? attribute(code, 'id') ?? '';
          if (code.local === 'bpt') begun.set(pairId, [...(begun.get(pairId) ?? []), code]);
          else if (code.local === 'ept' && begun.get(pairId)?.pop() === undefined) error('code.ept', code, `<ept> "${pairId}" has no <bpt> before it in the same ${content.local}.`);
        }
        for (const [pairId, open] of begun) for (const bpt of open) error('code.bpt', bpt, `<bpt> "${pairId}" has no <ept> after it in the same ${content.local}.`);
      }
    }
  }
}

function isInAltTrans(e: XmlElement): boolean {
  for (let at = e.parent; at !== null; at = at.parent) if (at.local === 'alt-trans') return true;
  return false;
}

function checkValues12(e: XmlElement, error: (rule: string, element: XmlElement, message: string) => void): void {
  for (const a of e.attributes) {
    if (a.uri === XML_NAMESPACE) {
      if (a.local === 'space' && a.value !== 'default' && a.value !== 'preserve') error('schema.value', e, `xml:space="${a.value}" must be default or preserve.`);
      if (a.local === 'lang' && !isWellFormedLanguageTag(a.value)) error('schema.value', e, `xml:lang="${a.value}" is not a well-formed language tag.`);
      continue;
    }
    if (a.uri !== '') continue;
    if ((a.local === 'translate' || a.local === 'approved') && a.value !== 'yes' && a.value !== 'no') {
      error('schema.value', e, `${a.local}="${a.value}" must be yes or no.`);
    }
    if (a.local === 'state' && (e.local === 'target' || e.local === 'bin-target') && !STATES_12.has(a.value) && !a.value.startsWith('x-')) {
      error('schema.value', e, `state="${a.value}" is not an XLIFF 1.2 state (new, translated, needs-review-translation, final, signed-off, … or x-…).`);
    }
  }
}

/**
 * Every rule checkXliff reports, with what it means (for tools that show reports in another
 * language: translate by rule, the message adds the specifics). Input refusals use the
 * InputError codes (`input.empty`, `input.too-large`, `xml.malformed`, `xml.dtd-forbidden`, `xml.too-deep`).
 */
export const XLIFF_CHECK_RULES: Readonly<Record<string, string>> = {
  'xliff.version': 'The file is not XLIFF 1.2, 2.0 or 2.1.',
  'schema.element': 'An element is missing, misplaced or not allowed where it is.',
  'schema.attribute': 'An attribute is missing or not allowed on its element.',
  'schema.value': 'An attribute value has the wrong form (a name token, a language tag, a listed value…).',
  'schema.text': 'Text where only elements are allowed.',
  'id.file': 'Two <file> elements share an id.',
  'id.group': 'Two <group> elements of a file share an id.',
  'id.unit': 'Two units (2.x <unit>, 1.2 <trans-unit>) of a file share an id.',
  'id.unit-part': 'Segments, ignorables and source inline elements of a unit share an id.',
  'id.target': 'A target inline element reuses an id that is not that of its counterpart in the source.',
  'id.note': 'Two notes of the same <notes> share an id.',
  'id.data': 'Two <data> elements of a unit share an id.',
  'id.extension': 'Two extension elements of the same file, group or unit share an id.',
  'unit.segment': 'A <unit> has no <segment>.',
  'trgLang.required': 'The file has targets but <xliff> has no trgLang.',
  'lang.source': 'A source is not in the source language (its xml:lang, said or inherited, differs from srcLang).',
  'lang.target': 'A target is not in the target language (its xml:lang differs from trgLang).',
  'xml-space.target': 'A target does not preserve whitespace although its source does.',
  'skeleton.href': 'A <skeleton> has href and content, or neither.',
  'state.sub-state': 'A segment has a subState without a state.',
  'state.target': 'A segment is translated, reviewed or final but has no target.',
  'order.unique': 'Two targets of a unit have the same order.',
  'order.range': 'A target order is beyond the number of segments and ignorables.',
  'code.sc-isolated': 'A start code is isolated but its end code is in the unit, or is not isolated and has no end code after it.',
  'code.ec-isolated': 'An end code uses id and startRef wrongly for its isolated value.',
  'code.ec-start': 'An end code has no start code before it (or that start code is already closed).',
  'code.ec-dir': 'An end code that is not isolated has a dir.',
  'code.sc-ec': 'A start code and its end code differ in canCopy, canDelete, canReorder or canOverlap.',
  'code.can-reorder': 'A code with canReorder no or firstNo does not have canCopy and canDelete no.',
  'code.reorder-sequence': 'A code with canReorder no does not continue a sequence begun with firstNo.',
  'code.reorder-target': 'The target changes a sequence of codes that cannot be reordered.',
  'code.can-delete': 'A code with canDelete no is missing from the target.',
  'code.copy-of': 'copyOf names no code, a code with original data or one that cannot be copied, or is used with original data.',
  'code.data-ref': 'A dataRef (dataRefStart, dataRefEnd) names no <data> of the unit, or a <pc> has only one of them.',
  'code.sub-flows': 'subFlows names a unit that is not in the file, or a <pc> has only one of subFlowsStart/subFlowsEnd.',
  'code.sub-type': 'A code has a subType without a type, or an xlf: subType with the wrong type.',
  'code.equiv': 'A <pc> has only one of equivStart/equivEnd.',
  'code.bpt': 'An XLIFF 1.2 <bpt> has no <ept>.',
  'code.ept': 'An XLIFF 1.2 <ept> has no <bpt>.',
  'cp.hex': 'A <cp> stands for a character XML can carry as it is.',
  'marker.sm': 'A start marker has no end marker after it.',
  'marker.em': 'An end marker has no start marker before it.',
  'annotation.comment': 'A comment annotation needs exactly one of value and ref, and ref must point to a note of the unit.',
  'annotation.match': 'A translation candidate annotation has a ref.',
  'fragid.syntax': 'A reference is not a valid fragment identifier.',
  'fragid.prefix': 'A fragment identifier uses an unknown or too short prefix.',
  'fragid.order': 'The selectors of a fragment identifier are out of order or more than one is a leaf.',
  'fragid.resolve': 'A fragment identifier points to nothing in the document.',
  'fs.sub-fs': 'fs:subFs is used without fs:fs.',
  'fs.ec': 'A non-isolated end code carries Format Style attributes.',
  'slr.ec': 'A non-isolated end code carries size restriction attributes.',
  'slr.integer': 'slr:equivStorage or slr:sizeInfo is not a whole number.',
  'slr.restriction': 'slr:sizeRestriction or slr:storageRestriction is not *, max, min,max or min,*.',
  'slr.size-info': 'slr:sizeInfo and slr:sizeInfoRef are used together, or sizeInfoRef points to no size data.',
  'mtc.id': 'Two matches of the same <mtc:matches> share an id.',
  'mtc.lang': 'A match has xml:lang.',
  'mtc.ref': 'A match does not point into its unit with a fragment identifier.',
  'mtc.sub-type': 'A match has a subType without a type.',
  'gls.entry': 'A glossary entry has neither a translation nor a definition.',
  'gls.id': 'Entries and translations of a glossary share an id.',
  'mda.id': 'Two metadata groups of the same <mda:metadata> share an id.',
  'res.id': 'Resource items and references of the same file or unit share an id.',
  'res.href': 'A resource source or target has href and content, or neither.',
  'res.lang': 'A resource source is not in the source language.',
  'ctr.ref': 'A change-tracking ref names nothing, or is missing where several notes could be meant.',
  'ctr.property': 'A tracked property is repeated, or is neither content nor an attribute of what it tracks.',
  'val.rule': 'A validation rule does not have exactly one kind (isPresent, isNotPresent, startsWith, endsWith or custom).',
  'val.exists-in-source': 'existsInSource is used without exactly one of isPresent, startsWith, endsWith.',
};

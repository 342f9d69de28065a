import { NS, displayName, isXliffNamespace } from './schema20.ts';
import { EXTENSION_PREFIXES, MODULE_PREFIXES, parseFragmentIdentifier, type FragmentIdentifier } from './fragid.ts';
import { languageMatches } from '../language/index.ts';
import { attribute, childElements, descendants, hasElementChildren, inheritedXmlAttribute, XML_NAMESPACE, type XmlElement } from '../xml/tree.ts';

/**
 * The XLIFF 2.x processing requirements and constraints the schemas cannot express (the
 * specification's "Constraints" and "Processing Requirements", and the OASIS Schematron rules),
 * for the core and the modules. Each problem names its rule; docs/rules are in the messages.
 */

export interface RuleProblem {
  rule: string;
  message: string;
  element: XmlElement;
}

export interface RuleOptions {
  /** Extra fragment identifier prefixes (prefix → namespace) besides the XLIFF modules' and the known extensions'. */
  fragmentPrefixes?: Readonly<Record<string, string>>;
}

export interface Counts {
  units: number;
  segments: number;
  states: Record<string, number>;
  inlineCodes: number;
  notes: number;
}

const CODES = new Set(['pc', 'sc', 'ec', 'ph']);
const isCore = (e: XmlElement, local?: string): boolean => e.uri === NS.core && (local === undefined || e.local === local);
const coreChildren = (e: XmlElement, local: string): XmlElement[] => childElements(e).filter((c) => isCore(c, local));
const attr = (e: XmlElement, local: string): string | undefined => attribute(e, local);
const yes = (value: string | undefined, fallback: 'yes' | 'no'): string => value ?? fallback;

interface UnitIndex {
  element: XmlElement;
  file: FileIndex;
  notes: Map<string, XmlElement>;
  data: Map<string, XmlElement>;
  /** Segment and ignorable ids and source inline ids. */
  sourceIds: Map<string, XmlElement>;
  targetIds: Map<string, XmlElement>;
}

interface FileIndex {
  element: XmlElement;
  notes: Map<string, XmlElement>;
  groups: Map<string, XmlElement>;
  units: Map<string, UnitIndex>;
  groupNotes: Map<XmlElement, Map<string, XmlElement>>;
}

export class Rules20 {
  readonly problems: RuleProblem[] = [];
  readonly counts: Counts = { units: 0, segments: 0, states: {}, inlineCodes: 0, notes: 0 };
  private srcLang = '';
  private trgLang: string | undefined;
  private trgLangReported = false;
  private readonly prefixes: Record<string, readonly string[]>;
  private readonly files = new Map<string, FileIndex>();
  /** Fragment identifiers to check once every id is known. */
  private readonly references: { element: XmlElement; ref: string; file: FileIndex; unit: UnitIndex | undefined; scope: XmlElement; purpose: 'any' | 'comment' | 'match' }[] = [];

  constructor(options: RuleOptions) {
    this.prefixes = { ...MODULE_PREFIXES, ...EXTENSION_PREFIXES };
    for (const [prefix, ns] of Object.entries(options.fragmentPrefixes ?? {})) this.prefixes[prefix] = [...(this.prefixes[prefix] ?? []), ns];
  }

  private report(rule: string, element: XmlElement, message: string): void {
    this.problems.push({ rule, message, element });
  }

  check(root: XmlElement): void {
    const version = attr(root, 'version');
    if (version !== '2.0' && version !== '2.1') this.report('xliff.version', root, `version="${version ?? ''}" is not an XLIFF version this namespace is used for (2.0 or 2.1).`);
    this.srcLang = attr(root, 'srcLang') ?? '';
    this.trgLang = attr(root, 'trgLang');
    const files = coreChildren(root, 'file');
    for (const file of files) this.indexFile(file);
    for (const file of files) this.checkFile(file);
    for (const e of [root, ...descendants(root)]) this.checkModuleAttributes(e);
    this.checkReferences();
  }

  // Indexing: ids by scope, for uniqueness and for resolving references.

  private indexFile(file: XmlElement): void {
    const id = attr(file, 'id') ?? '';
    const index: FileIndex = { element: file, notes: this.noteIds(file), groups: new Map(), units: new Map(), groupNotes: new Map() };
    if (this.files.has(id)) this.report('id.file', file, `The <file> id "${id}" is used by another <file> of the document; file ids must be unique.`);
    else this.files.set(id, index);
    const walk = (container: XmlElement): void => {
      for (const child of childElements(container)) {
        if (isCore(child, 'group')) {
          const groupId = attr(child, 'id') ?? '';
          if (index.groups.has(groupId)) this.report('id.group', child, `The <group> id "${groupId}" is used by another <group> of the file; group ids must be unique within a <file>.`);
          else index.groups.set(groupId, child);
          index.groupNotes.set(child, this.noteIds(child));
          walk(child);
        } else if (isCore(child, 'unit')) {
          const unitId = attr(child, 'id') ?? '';
          const unit = this.indexUnit(child, index);
          if (index.units.has(unitId)) this.report('id.unit', child, `The <unit> id "${unitId}" is used by another <unit> of the file; unit ids must be unique within a <file>.`);
          else index.units.set(unitId, unit);
        }
      }
    };
    walk(file);
  }

  /** Note ids of the element's `<notes>`, reporting repeats. */
  private noteIds(owner: XmlElement): Map<string, XmlElement> {
    const ids = new Map<string, XmlElement>();
    for (const notes of coreChildren(owner, 'notes')) {
      for (const note of coreChildren(notes, 'note')) {
        const id = attr(note, 'id');
        if (id === undefined) continue;
        if (ids.has(id)) this.report('id.note', note, `The <note> id "${id}" is used by another note of the same <${owner.local}>; note ids must be unique within their <notes>.`);
        else ids.set(id, note);
      }
    }
    return ids;
  }

  private indexUnit(unit: XmlElement, file: FileIndex): UnitIndex {
    const index: UnitIndex = { element: unit, file, notes: this.noteIds(unit), data: new Map(), sourceIds: new Map(), targetIds: new Map() };
    for (const originalData of coreChildren(unit, 'originalData')) {
      for (const data of coreChildren(originalData, 'data')) {
        const id = attr(data, 'id') ?? '';
        if (index.data.has(id)) this.report('id.data', data, `The <data> id "${id}" is used twice in the <originalData> of the unit "${attr(unit, 'id') ?? ''}".`);
        else index.data.set(id, data);
      }
    }
    const parts = childElements(unit).filter((c) => isCore(c, 'segment') || isCore(c, 'ignorable'));
    for (const part of parts) {
      const id = attr(part, 'id');
      if (id !== undefined) this.addSourceId(index, id, part);
    }
    for (const part of parts) {
      for (const source of coreChildren(part, 'source')) {
        for (const e of descendants(source)) {
          const id = e.uri === NS.core ? attr(e, 'id') : undefined;
          if (id !== undefined) this.addSourceId(index, id, e);
        }
      }
    }
    for (const part of parts) {
      for (const target of coreChildren(part, 'target')) {
        for (const e of descendants(target)) {
          const id = e.uri === NS.core ? attr(e, 'id') : undefined;
          if (id === undefined) continue;
          if (index.targetIds.has(id)) {
            this.report('id.target', e, `The id "${id}" is used by two inline elements of the targets of the unit "${attr(unit, 'id') ?? ''}".`);
            continue;
          }
          index.targetIds.set(id, e);
          const twin = index.sourceIds.get(id);
          if (twin !== undefined && (twin.local !== e.local || sourceOf(twin)?.parent !== target.parent)) {
            this.report(
              'id.target',
              e,
              `The target <${e.local}> id "${id}" is the id of ${sourceOf(twin) === undefined ? `the <${twin.local}> "${id}"` : `a source <${twin.local}>`} that is not its counterpart in the same segment; a target inline element reuses only the id of the source element it corresponds to.`,
            );
          }
        }
      }
    }
    return index;
  }

  private addSourceId(index: UnitIndex, id: string, element: XmlElement): void {
    const previous = index.sourceIds.get(id);
    if (previous !== undefined) {
      this.report('id.unit-part', element, `The id "${id}" of this <${element.local}> is already used by a <${previous.local}> of the unit "${attr(index.element, 'id') ?? ''}": segments, ignorables and source inline elements need unique ids.`);
    } else index.sourceIds.set(id, element);
  }

  // Files, groups, units.

  private checkFile(file: XmlElement): void {
    const index = this.files.get(attr(file, 'id') ?? '') ?? { element: file, notes: new Map(), groups: new Map(), units: new Map(), groupNotes: new Map() };
    const skeleton = coreChildren(file, 'skeleton')[0];
    if (skeleton !== undefined) {
      const empty = skeleton.children.length === 0;
      if (attr(skeleton, 'href') === undefined && empty) this.report('skeleton.href', skeleton, 'An empty <skeleton> needs an href attribute pointing to the skeleton.');
      if (attr(skeleton, 'href') !== undefined && !empty) this.report('skeleton.href', skeleton, 'A <skeleton> with an href attribute must be empty.');
    }
    this.counts.notes += this.countNotes(file);
    this.checkScope(file, index, undefined);
    const walk = (container: XmlElement): void => {
      for (const child of childElements(container)) {
        if (isCore(child, 'group')) {
          this.counts.notes += this.countNotes(child);
          this.checkScope(child, index, undefined);
          walk(child);
        } else if (isCore(child, 'unit')) {
          const unit = index.units.get(attr(child, 'id') ?? '');
          this.checkUnit(child, unit?.element === child ? unit : this.indexUnitQuietly(child, index));
        }
      }
    };
    walk(file);
  }

  /** A unit whose id repeats another's: indexed for its own checks without reporting its ids twice. */
  private indexUnitQuietly(unit: XmlElement, file: FileIndex): UnitIndex {
    const before = this.problems.length;
    const index = this.indexUnit(unit, file);
    this.problems.length = before;
    return index;
  }

  private countNotes(owner: XmlElement): number {
    return coreChildren(owner, 'notes').reduce((n, notes) => n + coreChildren(notes, 'note').length, 0);
  }

  /** Rules for the extension and module elements of a file, group or unit. */
  private checkScope(scope: XmlElement, file: FileIndex, unit: UnitIndex | undefined): void {
    const extensionIds = new Map<string, Map<string, XmlElement>>();
    for (const child of childElements(scope)) {
      if (child.uri === NS.core) continue;
      if (!isXliffNamespace(child.uri)) {
        for (const e of [child, ...descendants(child)]) {
          if (isXliffNamespace(e.uri) || e.uri === '') continue;
          const id = attribute(e, 'id') ?? attribute(e, 'id', XML_NAMESPACE);
          if (id === undefined) continue;
          let ids = extensionIds.get(e.uri);
          if (!ids) extensionIds.set(e.uri, (ids = new Map()));
          if (ids.has(id)) this.report('id.extension', e, `The id "${id}" is used by two extension elements of the same <${scope.local}>; extension ids must be unique within their enclosing file, group or unit.`);
          else ids.set(id, e);
        }
        continue;
      }
      this.checkModuleElement(child, scope, file, unit);
    }
  }

  private checkUnit(unit: XmlElement, index: UnitIndex): void {
    this.counts.units++;
    this.counts.notes += this.countNotes(unit);
    this.checkScope(unit, index.file, index);
    const unitId = attr(unit, 'id') ?? '';
    const parts = childElements(unit).filter((c) => isCore(c, 'segment') || isCore(c, 'ignorable'));
    if (!parts.some((p) => isCore(p, 'segment'))) this.report('unit.segment', unit, `The unit "${unitId}" has no <segment>; a unit needs at least one.`);
    const orders = new Map<number, XmlElement>();
    parts.forEach((part, position) => {
      const source = coreChildren(part, 'source')[0];
      const target = coreChildren(part, 'target')[0];
      if (isCore(part, 'segment')) this.checkSegment(part, target);
      if (source !== undefined) this.checkLanguage(source, this.srcLang, 'lang.source', 'srcLang');
      if (target !== undefined) {
        if (this.trgLang === undefined) {
          if (!this.trgLangReported) this.report('trgLang.required', target, 'The file has <target> elements, so the <xliff> element needs a trgLang attribute.');
          this.trgLangReported = true;
        } else this.checkLanguage(target, this.trgLang, 'lang.target', 'trgLang');
        if (source !== undefined && inheritedXmlAttribute(source, 'space') === 'preserve' && inheritedXmlAttribute(target, 'space') !== 'preserve') {
          this.report('xml-space.target', target, 'The <source> preserves whitespace (xml:space="preserve") but its <target> does not.');
        }
        const explicit = attr(target, 'order');
        const order = explicit === undefined ? position + 1 : Number(explicit);
        if (explicit !== undefined && order > parts.length) this.report('order.range', target, `order="${explicit}" is beyond the ${parts.length} segments and ignorables of the unit.`);
        const clash = orders.get(order);
        if (clash !== undefined) this.report('order.unique', target, `Two targets of the unit "${unitId}" have the order ${order} (${explicit === undefined ? 'this one implicitly, by its position' : 'explicitly'}).`);
        else orders.set(order, target);
      }
    });
    this.checkInline(index, parts);
  }

  private checkSegment(segment: XmlElement, target: XmlElement | undefined): void {
    this.counts.segments++;
    const state = attr(segment, 'state');
    const effective = state ?? 'initial';
    this.counts.states[effective] = (this.counts.states[effective] ?? 0) + 1;
    if (attr(segment, 'subState') !== undefined && state === undefined) this.report('state.sub-state', segment, 'A <segment> with a subState needs an explicit state.');
    if (target === undefined && (state === 'translated' || state === 'reviewed' || state === 'final')) this.report('state.target', segment, `A <segment> in the state "${state}" needs a <target>.`);
  }

  private checkLanguage(element: XmlElement, expected: string, rule: string, attrName: string): void {
    const lang = inheritedXmlAttribute(element, 'lang');
    if (lang !== undefined && !languageMatches(lang, expected)) {
      this.report(rule, element, `The ${element.local} is in xml:lang="${lang}"${attribute(element, 'lang', XML_NAMESPACE) === undefined ? ' (inherited)' : ''}, not in the ${attrName} "${expected}" of the document.`);
    }
  }

  // Inline content.

  private checkInline(index: UnitIndex, parts: XmlElement[]): void {
    for (const side of ['source', 'target'] as const) {
      const contents = parts.flatMap((p) => coreChildren(p, side));
      const elements = contents.flatMap((c) => descendants(c).filter((e) => e.uri === NS.core));
      for (const e of elements) if (CODES.has(e.local)) this.counts.inlineCodes++;
      this.checkCodes(elements, index, side);
      this.checkStartEnd(elements, side);
      this.checkReorderSequences(elements);
      for (const e of elements) this.checkElement(e, index);
    }
    // canDelete="no": the code must survive in the targets.
    const targetElements = parts.flatMap((p) => coreChildren(p, 'target')).flatMap((t) => descendants(t));
    for (const segment of parts.filter((p) => isCore(p, 'segment') && coreChildren(p, 'target').length > 0)) {
      for (const source of coreChildren(segment, 'source')) {
        for (const e of descendants(source)) {
          if (!isCore(e) || !CODES.has(e.local) || attr(e, 'canDelete') !== 'no') continue;
          const startRef = e.local === 'ec' ? attr(e, 'startRef') : undefined;
          const kept = targetElements.some((t) => isCore(t, e.local) && (startRef !== undefined ? attr(t, 'startRef') === startRef : attr(t, 'id') === attr(e, 'id')));
          if (!kept) this.report('code.can-delete', e, `The <${e.local}> "${startRef ?? attr(e, 'id') ?? ''}" has canDelete="no" but is missing from the target.`);
        }
      }
    }
    // Non-reorderable sequences stay as they are in the target of their segment.
    for (const segment of parts.filter((p) => isCore(p, 'segment'))) {
      const source = coreChildren(segment, 'source')[0];
      const target = coreChildren(segment, 'target')[0];
      if (source === undefined || target === undefined) continue;
      const sourceCodes = descendants(source).filter((e) => isCore(e) && CODES.has(e.local));
      const targetCodes = descendants(target).filter((e) => isCore(e) && CODES.has(e.local));
      for (const e of sourceCodes) {
        if (attr(e, 'canReorder') !== 'no') continue;
        const twin = targetCodes.find((t) => t.local === e.local && codeKey(t) === codeKey(e));
        if (twin === undefined) continue;
        if (predecessorKey(sourceCodes, e) !== predecessorKey(targetCodes, twin)) {
          this.report('code.reorder-target', twin, `The <${e.local}> "${codeKey(e)}" is part of a sequence that cannot be reordered (canReorder="no"), but the target changes that sequence.`);
        }
      }
    }
  }

  /** Attribute rules of one inline element. */
  private checkElement(e: XmlElement, index: UnitIndex): void {
    const name = e.local;
    if (CODES.has(name)) {
      const type = attr(e, 'type');
      const subType = attr(e, 'subType');
      if (subType !== undefined) {
        if (type === undefined) this.report('code.sub-type', e, `<${name}> has subType="${subType}" but no type.`);
        else if (subType.startsWith('xlf:')) {
          const fmt = ['xlf:b', 'xlf:i', 'xlf:u', 'xlf:lb', 'xlf:pb'];
          const ok = (fmt.includes(subType) && type === 'fmt') || (subType === 'xlf:var' && type === 'ui');
          if (!ok) this.report('code.sub-type', e, `subType="${subType}" needs ${subType === 'xlf:var' ? 'type="ui"' : fmt.includes(subType) ? 'type="fmt"' : 'a known xlf: value'}, not type="${type}".`);
        }
      }
      const canReorder = attr(e, 'canReorder');
      if ((canReorder === 'no' || canReorder === 'firstNo') && (attr(e, 'canCopy') !== 'no' || attr(e, 'canDelete') !== 'no')) {
        this.report('code.can-reorder', e, `<${name}> has canReorder="${canReorder}", so it also needs canCopy="no" and canDelete="no".`);
      }
      const copyOf = attr(e, 'copyOf');
      if (copyOf !== undefined) {
        if (attr(e, 'dataRef') !== undefined || attr(e, 'dataRefStart') !== undefined || attr(e, 'dataRefEnd') !== undefined) {
          this.report('code.copy-of', e, `<${name}> has both copyOf and original data (dataRef); copyOf is only for codes without original data.`);
        }
        const base = index.sourceIds.get(copyOf) ?? index.targetIds.get(copyOf);
        if (base === undefined || !CODES.has(base.local)) this.report('code.copy-of', e, `copyOf="${copyOf}" names no inline code of the unit.`);
        else if (attr(base, 'dataRef') !== undefined || attr(base, 'dataRefStart') !== undefined) this.report('code.copy-of', e, `copyOf="${copyOf}" copies a code that has original data; such codes cannot be copied.`);
        else if (attr(base, 'canCopy') === 'no') this.report('code.copy-of', e, `copyOf="${copyOf}" copies a code with canCopy="no".`);
      }
      for (const refAttr of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
        const ref = attr(e, refAttr);
        if (ref !== undefined && !index.data.has(ref)) this.report('code.data-ref', e, `${refAttr}="${ref}" names no <data> in the <originalData> of the unit.`);
      }
      if (name === 'pc' && (attr(e, 'dataRefStart') === undefined) !== (attr(e, 'dataRefEnd') === undefined)) this.report('code.data-ref', e, '<pc> needs dataRefStart and dataRefEnd together.');
      if (name === 'pc' && (attr(e, 'equivStart') === undefined) !== (attr(e, 'equivEnd') === undefined)) this.report('code.equiv', e, '<pc> needs equivStart and equivEnd together.');
      if (name === 'pc' && (attr(e, 'subFlowsStart') === undefined) !== (attr(e, 'subFlowsEnd') === undefined)) this.report('code.sub-flows', e, '<pc> needs subFlowsStart and subFlowsEnd together.');
      for (const flowAttr of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
        const flows = attr(e, flowAttr);
        if (flows === undefined) continue;
        for (const unitId of flows.trim().split(/\s+/)) {
          if (!index.file.units.has(unitId)) this.report('code.sub-flows', e, `${flowAttr} names "${unitId}", which is not a unit of this file.`);
        }
      }
      const ecIsolated = name === 'ec' && attr(e, 'isolated') === 'yes';
      if (name === 'ec' && !ecIsolated) {
        for (const a of e.attributes) {
          if (a.uri === NS.fs || (a.uri === NS.slr && a.local !== 'sizeRestriction' && a.local !== 'storageRestriction')) {
            this.report(a.uri === NS.fs ? 'fs.ec' : 'slr.ec', e, `An <ec> that is not isolated may not have ${a.name}: it takes the one of its <sc>.`);
          }
        }
      }
    } else if (name === 'cp') {
      const hex = attr(e, 'hex') ?? '';
      const code = /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : -1;
      if (code >= 0 && !isInvalidXmlChar(code)) this.report('cp.hex', e, `<cp hex="${hex}"/> stands for a character XML can carry as it is; <cp> is only for characters XML cannot.`);
    } else if (name === 'mrk' || name === 'sm') {
      const type = attr(e, 'type');
      const ref = attr(e, 'ref');
      if (type === 'comment') {
        const hasValue = attr(e, 'value') !== undefined;
        if (hasValue === (ref !== undefined)) this.report('annotation.comment', e, `A comment annotation (<${name} type="comment">) needs exactly one of value and ref.`);
        if (ref !== undefined) this.references.push({ element: e, ref, file: index.file, unit: index, scope: index.element, purpose: 'comment' });
      } else if (type === 'mtc:match' && ref !== undefined) {
        this.report('annotation.match', e, `A translation candidate annotation (<${name} type="mtc:match">) may not have a ref.`);
      } else if (ref?.startsWith('#')) this.references.push({ element: e, ref, file: index.file, unit: index, scope: index.element, purpose: 'any' });
    }
  }

  /** sc/ec and the can* attributes they share. */
  private checkCodes(elements: XmlElement[], index: UnitIndex, side: string): void {
    const open = new Map<string, XmlElement>();
    const closed = new Map<XmlElement, XmlElement>();
    for (const e of elements) {
      if (e.local === 'sc') {
        open.set(attr(e, 'id') ?? '', e);
      } else if (e.local === 'ec') {
        const isolated = attr(e, 'isolated') === 'yes';
        const id = attr(e, 'id');
        const startRef = attr(e, 'startRef');
        if (isolated ? id === undefined || startRef !== undefined : startRef === undefined || id !== undefined) {
          this.report('code.ec-isolated', e, isolated ? 'An isolated <ec> (isolated="yes") has an id and no startRef.' : 'An <ec> that is not isolated has a startRef (to its <sc>) and no id; an <ec> whose <sc> is in another unit needs isolated="yes".');
        }
        if (!isolated && attr(e, 'dir') !== undefined) this.report('code.ec-dir', e, 'Only an isolated <ec> may have a dir attribute.');
        if (isolated || startRef === undefined) continue;
        const start = open.get(startRef);
        if (start === undefined) {
          this.report('code.ec-start', e, `<ec startRef="${startRef}"> has no <sc id="${startRef}"> before it in the ${side} of the unit "${attr(index.element, 'id') ?? ''}".`);
          continue;
        }
        if (closed.has(start)) {
          this.report('code.ec-start', e, `The <sc id="${startRef}"> is already closed by another <ec>.`);
          continue;
        }
        closed.set(start, e);
        if (attr(start, 'isolated') === 'yes') this.report('code.sc-isolated', start, `<sc id="${startRef}"> has isolated="yes" but its <ec> is in the same unit.`);
        for (const can of ['canCopy', 'canDelete', 'canReorder', 'canOverlap']) {
          if (yes(attr(start, can), 'yes') !== yes(attr(e, can), 'yes') && !(can === 'canReorder' && attr(start, can) === 'firstNo')) {
            this.report('code.sc-ec', e, `The ${can} of <ec startRef="${startRef}"> (${yes(attr(e, can), 'yes')}) differs from its <sc>'s (${yes(attr(start, can), 'yes')}).`);
          }
        }
        if (attr(start, 'canReorder') === 'firstNo' && attr(e, 'canReorder') !== 'no') this.report('code.sc-ec', e, `The <sc id="${startRef}"> has canReorder="firstNo", so its <ec> needs canReorder="no".`);
      }
    }
    for (const e of elements) {
      if (e.local === 'sc' && attr(e, 'isolated') !== 'yes' && !closed.has(e)) {
        this.report('code.sc-isolated', e, `<sc id="${attr(e, 'id') ?? ''}"> has no <ec> after it in the unit; a start code whose end is in another unit needs isolated="yes".`);
      }
    }
  }

  /** sm and em pair up within the unit. */
  private checkStartEnd(elements: XmlElement[], side: string): void {
    const started = new Set<string>();
    const ended = new Set<string>();
    for (const e of elements) {
      if (e.local === 'sm') started.add(attr(e, 'id') ?? '');
      else if (e.local === 'em') {
        const ref = attr(e, 'startRef') ?? '';
        if (!started.has(ref)) this.report('marker.em', e, `<em startRef="${ref}"> has no <sm id="${ref}"> before it in the ${side} of the unit.`);
        ended.add(ref);
      }
    }
    for (const e of elements) {
      if (e.local === 'sm' && !ended.has(attr(e, 'id') ?? '')) this.report('marker.sm', e, `<sm id="${attr(e, 'id') ?? ''}"> has no <em> after it in the ${side} of the unit.`);
    }
  }

  /** A code with canReorder="no" continues a sequence begun by canReorder="firstNo". */
  private checkReorderSequences(elements: XmlElement[]): void {
    const codes = elements.filter((e) => CODES.has(e.local));
    codes.forEach((e, i) => {
      if (attr(e, 'canReorder') !== 'no') return;
      const previous = codes[i - 1];
      const value = previous === undefined ? undefined : attr(previous, 'canReorder');
      if (value !== 'no' && value !== 'firstNo') {
        this.report('code.reorder-sequence', e, `<${e.local}> has canReorder="no" but does not follow a code with canReorder="firstNo" or "no": a non-reorderable sequence starts with firstNo.`);
      }
    });
  }

  // Modules.

  private checkModuleAttributes(e: XmlElement): void {
    const fs = attribute(e, 'fs', NS.fs);
    if (attribute(e, 'subFs', NS.fs) !== undefined && fs === undefined) this.report('fs.sub-fs', e, `<${displayName(e)}> has fs:subFs without fs:fs.`);
    for (const restriction of ['sizeRestriction', 'storageRestriction']) {
      const value = attribute(e, restriction, NS.slr);
      if (value !== undefined && !/^(?:\*|[0-9]+|[0-9]+,(?:[0-9]+|\*))$/.test(value)) {
        this.report('slr.restriction', e, `slr:${restriction}="${value}" is not "*", "max", "min,max" or "min,*" with whole numbers.`);
      }
    }
    // equivStorage is a size in storage units; sizeInfo's format depends on the profile, but a number must be a whole one.
    const equivStorage = attribute(e, 'equivStorage', NS.slr);
    if (equivStorage !== undefined && !/^[0-9]+$/.test(equivStorage)) this.report('slr.integer', e, `slr:equivStorage="${equivStorage}" is not a whole number.`);
    const sizeInfo = attribute(e, 'sizeInfo', NS.slr);
    if (sizeInfo !== undefined && /^[-+]?[0-9]*\.?[0-9]+$/.test(sizeInfo.trim()) && !/^[0-9]+$/.test(sizeInfo.trim())) {
      this.report('slr.integer', e, `slr:sizeInfo="${sizeInfo}" is a number but not a whole one.`);
    }
    const sizeInfoRef = attribute(e, 'sizeInfoRef', NS.slr);
    if (sizeInfoRef !== undefined) {
      if (attribute(e, 'sizeInfo', NS.slr) !== undefined) this.report('slr.size-info', e, 'slr:sizeInfo and slr:sizeInfoRef may not be used together.');
      if (!this.sizeDataHas(e, sizeInfoRef)) this.report('slr.size-info', e, `slr:sizeInfoRef="${sizeInfoRef}" names no element in an <slr:data> beside this element or one of its ancestors.`);
    }
  }

  private sizeDataHas(e: XmlElement, id: string): boolean {
    for (let at: XmlElement | null = e; at !== null; at = at.parent) {
      const parent = at.parent;
      if (parent === null) break;
      for (const sibling of childElements(parent)) {
        if (sibling.uri !== NS.slr || sibling.local !== 'data') continue;
        if (descendants(sibling).some((d) => attribute(d, 'id') === id || attribute(d, 'id', XML_NAMESPACE) === id)) return true;
      }
    }
    return false;
  }

  private checkModuleElement(element: XmlElement, scope: XmlElement, file: FileIndex, unit: UnitIndex | undefined): void {
    const local = element.local;
    if (element.uri === NS.mtc && local === 'matches' && unit) {
      const ids = new Map<string, XmlElement>();
      for (const match of childElements(element).filter((m) => m.uri === NS.mtc && m.local === 'match')) {
        const id = attr(match, 'id');
        if (id !== undefined) {
          if (ids.has(id)) this.report('mtc.id', match, `The <mtc:match> id "${id}" is used twice in the same <mtc:matches>.`);
          else ids.set(id, match);
        }
        if (attribute(match, 'lang', XML_NAMESPACE) !== undefined) this.report('mtc.lang', match, '<mtc:match> may not have xml:lang.');
        if (attr(match, 'subType') !== undefined && attr(match, 'type') === undefined) this.report('mtc.sub-type', match, '<mtc:match> has a subType but no type.');
        const ref = attr(match, 'ref');
        if (ref !== undefined) this.references.push({ element: match, ref, file, unit, scope, purpose: 'match' });
      }
    } else if (element.uri === NS.gls && local === 'glossary') {
      const ids = new Map<string, XmlElement>();
      for (const entry of childElements(element).filter((c) => c.uri === NS.gls && c.local === 'glossEntry')) {
        const parts = childElements(entry).filter((c) => c.uri === NS.gls);
        if (!parts.some((c) => c.local === 'translation' || c.local === 'definition')) this.report('gls.entry', entry, '<gls:glossEntry> needs a <gls:translation> or a <gls:definition>.');
        for (const e of [entry, ...parts.filter((c) => c.local === 'translation')]) {
          const id = attr(e, 'id');
          if (id !== undefined) {
            if (ids.has(id)) this.report('gls.id', e, `The id "${id}" is used twice among the entries and translations of the <gls:glossary>.`);
            else ids.set(id, e);
          }
          const ref = attr(e, 'ref');
          if (ref?.startsWith('#')) this.references.push({ element: e, ref, file, unit, scope, purpose: 'any' });
        }
      }
    } else if (element.uri === NS.mda && local === 'metadata') {
      const ids = new Map<string, XmlElement>();
      for (const group of descendants(element).filter((d) => d.uri === NS.mda && d.local === 'metaGroup')) {
        const id = attr(group, 'id');
        if (id === undefined) continue;
        if (ids.has(id)) this.report('mda.id', group, `The <mda:metaGroup> id "${id}" is used twice in the same <mda:metadata>.`);
        else ids.set(id, group);
      }
    } else if (element.uri === NS.res && local === 'resourceData') {
      const ids = new Map<string, XmlElement>();
      for (const item of childElements(element).filter((c) => c.uri === NS.res)) {
        const id = attr(item, 'id');
        if (id !== undefined) {
          if (ids.has(id)) this.report('res.id', item, `The id "${id}" is used twice among the resource items and references of this <${scope.local}>.`);
          else ids.set(id, item);
        }
        for (const part of childElements(item).filter((c) => c.uri === NS.res && (c.local === 'source' || c.local === 'target'))) {
          const empty = !hasElementChildren(part);
          if ((attr(part, 'href') !== undefined) === !empty) this.report('res.href', part, `<res:${part.local}> needs an href exactly when it is empty.`);
          const lang = attribute(part, 'lang', XML_NAMESPACE);
          if (part.local === 'source' && lang !== undefined && lang.toLowerCase() !== this.srcLang.toLowerCase()) {
            this.report('res.lang', part, `<res:source> has xml:lang="${lang}" but the document's srcLang is "${this.srcLang}".`);
          }
        }
      }
    } else if ((element.uri === NS.ctr || element.uri === NS.ctr21) && local === 'changeTrack') {
      this.checkChangeTrack(element, scope);
    } else if (element.uri === NS.val && local === 'validation') {
      for (const rule of childElements(element).filter((c) => c.uri === NS.val && c.local === 'rule')) this.checkValidationRule(rule);
    }
  }

  private checkChangeTrack(changeTrack: XmlElement, scope: XmlElement): void {
    const notes = coreChildren(scope, 'notes').flatMap((n) => coreChildren(n, 'note'));
    for (const revisions of childElements(changeTrack).filter((c) => c.local === 'revisions')) {
      const appliesTo = attr(revisions, 'appliesTo');
      const ref = attr(revisions, 'ref');
      let target: XmlElement | undefined;
      if (appliesTo === 'note') {
        if (ref !== undefined) {
          target = notes.find((n) => attr(n, 'id') === ref);
          if (target === undefined) this.report('ctr.ref', revisions, `ref="${ref}" names no note of this <${scope.local}>.`);
        } else if (notes.length > 1) {
          this.report('ctr.ref', revisions, `<ctr:revisions appliesTo="note"> needs a ref: this <${scope.local}> has ${notes.length} notes.`);
        } else target = notes[0];
      } else if (ref !== undefined && !descendants(scope).some((d) => attribute(d, 'id') === ref)) {
        this.report('ctr.ref', revisions, `ref="${ref}" names no element of this <${scope.local}>.`);
      }
      for (const revision of childElements(revisions).filter((c) => c.local === 'revision')) {
        const seen = new Set<string>();
        for (const item of childElements(revision).filter((c) => c.local === 'item')) {
          const property = attr(item, 'property') ?? '';
          if (seen.has(property)) this.report('ctr.property', item, `The property "${property}" appears twice in the same <ctr:revision>.`);
          seen.add(property);
          if (property !== 'content' && target !== undefined && attr(target, property) === undefined) {
            this.report('ctr.property', item, `property="${property}" is neither "content" nor an attribute of the note it tracks.`);
          }
        }
      }
    }
  }

  private checkValidationRule(rule: XmlElement): void {
    const kinds = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'].filter((k) => attr(rule, k) !== undefined);
    const custom = rule.attributes.filter((a) => a.uri !== '' && a.uri !== XML_NAMESPACE && a.uri !== NS.val);
    if (kinds.length + (custom.length > 0 ? 1 : 0) !== 1) {
      this.report('val.rule', rule, `A <val:rule> needs exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom rule attribute; it has ${kinds.length + custom.length === 0 ? 'none' : [...kinds, ...custom.map((a) => a.name)].join(', ')}.`);
    }
    if (attr(rule, 'existsInSource') === 'yes' && !(kinds.length === 1 && kinds[0] !== 'isNotPresent')) {
      this.report('val.exists-in-source', rule, 'existsInSource="yes" needs exactly one of isPresent, startsWith or endsWith.');
    }
  }

  // Fragment identifiers.

  private checkReferences(): void {
    for (const { element, ref, file, unit, purpose } of this.references) {
      if (!ref.startsWith('#')) {
        if (purpose === 'comment') this.report('annotation.comment', element, `The ref "${ref}" of a comment annotation must point to a <note> of the unit (#n=id).`);
        if (purpose === 'match') this.report('mtc.ref', element, `ref="${ref}" is not a fragment identifier: it must start with # and point into the unit.`);
        continue;
      }
      const parsed = parseFragmentIdentifier(ref, this.prefixes);
      if ('rule' in parsed) {
        this.report(parsed.rule, element, parsed.message);
        continue;
      }
      const found = this.resolve(parsed, file, unit);
      if (typeof found === 'string') {
        this.report(purpose === 'match' ? 'mtc.ref' : 'fragid.resolve', element, `ref="${ref}": ${found}`);
        continue;
      }
      if (purpose === 'comment' && !(isCore(found, 'note') && found.parent?.parent === unit?.element)) {
        this.report('annotation.comment', element, `ref="${ref}" of a comment annotation must point to a <note> of the same unit.`);
      }
      if (purpose === 'match' && (found === unit?.element || !isInside(found, unit?.element))) {
        this.report('mtc.ref', element, `ref="${ref}" of a translation candidate must point to content of its own unit.`);
      }
    }
  }

  /** The element a fragment identifier points to, or why there is none. */
  private resolve(fragment: FragmentIdentifier, contextFile: FileIndex, contextUnit: UnitIndex | undefined): XmlElement | string {
    const inherit = !fragment.absolute;
    let file: FileIndex | undefined;
    if (fragment.file !== undefined) file = this.files.get(fragment.file);
    else if (inherit) file = contextFile;
    if (file === undefined) return fragment.file === undefined ? 'it names no file' : `there is no <file id="${fragment.file}">`;
    let scope: XmlElement = file.element;
    let notes = file.notes;
    let unit: UnitIndex | undefined;
    if (fragment.group !== undefined) {
      const group = file.groups.get(fragment.group);
      if (group === undefined) return `there is no <group id="${fragment.group}"> in the file`;
      scope = group;
      notes = file.groupNotes.get(group) ?? new Map();
    }
    if (fragment.unit !== undefined) {
      unit = file.units.get(fragment.unit);
      if (unit === undefined) return `there is no <unit id="${fragment.unit}"> in the file`;
    } else if (inherit && fragment.file === undefined && fragment.group === undefined) unit = contextUnit;
    if (unit !== undefined) {
      scope = unit.element;
      notes = unit.notes;
    }
    const leaf = fragment.leaf;
    if (leaf === undefined) return scope;
    const needUnit = (what: string): string => `${what} needs a unit`;
    switch (leaf.prefix) {
      case 'n':
        return notes.get(leaf.id) ?? `there is no note "${leaf.id}" in that ${scope.local}`;
      case 'd':
        if (unit === undefined) return needUnit('a data selector');
        return unit.data.get(leaf.id) ?? `there is no <data id="${leaf.id}"> in the unit`;
      case 't':
        if (unit === undefined) return needUnit('a target selector');
        return unit.targetIds.get(leaf.id) ?? `there is no target inline element "${leaf.id}" in the unit`;
      case '':
        if (unit === undefined) return needUnit('a segment or inline element selector');
        return unit.sourceIds.get(leaf.id) ?? `there is no segment, ignorable or source inline element "${leaf.id}" in the unit`;
      default: {
        const namespaces = this.prefixes[leaf.prefix] ?? [];
        for (const e of scopedDescendants(scope)) {
          if (namespaces.includes(e.uri) && (attribute(e, 'id') === leaf.id || attribute(e, 'id', XML_NAMESPACE) === leaf.id)) return e;
        }
        return `there is no ${leaf.prefix} element "${leaf.id}" in that ${scope.local}`;
      }
    }
  }
}

/** Descendants of a file, group or unit that are not inside a nested group or unit. */
function scopedDescendants(scope: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const child of childElements(e)) {
      if (isCore(child, 'group') || isCore(child, 'unit')) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(scope);
  return out;
}

function isInside(e: XmlElement, ancestor: XmlElement | undefined): boolean {
  for (let at: XmlElement | null = e; at !== null; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** The `<source>` an inline element is in, if any. */
function sourceOf(e: XmlElement): XmlElement | undefined {
  for (let at = e.parent; at !== null; at = at.parent) if (isCore(at, 'source')) return at;
  return undefined;
}

function codeKey(e: XmlElement): string {
  return e.local === 'ec' && attr(e, 'startRef') !== undefined ? 'ec>' + (attr(e, 'startRef') ?? '') : e.local + '#' + (attr(e, 'id') ?? '');
}

/** The code before `e` in a content (`codes` in document order): inside which one it is, or after which. */
function predecessorKey(codes: XmlElement[], e: XmlElement): string {
  const at = codes.indexOf(e);
  const previous = codes[at - 1];
  if (previous === undefined) return 'none';
  return (isInside(e, previous) ? 'in ' : 'after ') + codeKey(previous);
}

/** Characters XML 1.0 cannot carry, or should not (the C1 controls): the ones `<cp>` is for. */
function isInvalidXmlChar(code: number): boolean {
  return (
    (code <= 0x08) ||
    code === 0x0b ||
    code === 0x0c ||
    (code >= 0x0e && code <= 0x1f) ||
    (code >= 0x7f && code <= 0x84) ||
    (code >= 0x86 && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfffe ||
    code === 0xffff ||
    code > 0x10ffff
  );
}

import { NMTOKEN } from '../xml/tree.ts';

/**
 * XLIFF 2 fragment identifiers (`#f=f1/u=u1/n=n1`, `#m1`, `#t=m2`): syntax and the constraints
 * of the specification's "Fragment Identification" section. Resolution against a document is
 * done by the checker, which knows the ids.
 *
 *   expression ::= "#" ["/"] selector {"/" selector}
 *   selector   ::= [prefix "="] id        (prefix and id are NMTOKENs)
 */

export interface Selector {
  /** '' for a selector without prefix (a segment, an ignorable or a source inline element). */
  prefix: string;
  id: string;
}

export interface FragmentIdentifier {
  absolute: boolean;
  /** The file, group and unit selectors, when given. */
  file?: string;
  group?: string;
  unit?: string;
  /** The last selector when it is not f, g or u: a note, data, target or source inline element, or a module's element. */
  leaf?: Selector;
}

/** Prefixes of the XLIFF 2.1 modules, with the namespaces their elements are in. */
export const MODULE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  mtc: ['urn:oasis:names:tc:xliff:matches:2.0'],
  gls: ['urn:oasis:names:tc:xliff:glossary:2.0'],
  mda: ['urn:oasis:names:tc:xliff:metadata:2.0'],
  res: ['urn:oasis:names:tc:xliff:resourcedata:2.0'],
  ctr: ['urn:oasis:names:tc:xliff:changetracking:2.0', 'urn:oasis:names:tc:xliff:changetracking:2.1'],
  slr: ['urn:oasis:names:tc:xliff:sizerestriction:2.0'],
  val: ['urn:oasis:names:tc:xliff:validation:2.0'],
  its: ['http://www.w3.org/2005/11/its'],
};

/**
 * Prefixes that extensions define in their own specifications (the XLIFF specification lets an
 * extension define and register a prefix for its namespaces, one prefix for every version of it):
 * TBX, the ISO 30042 term base exchange format, embedded as `<martif>` (2008) or `<tbx>` (2019).
 */
export const EXTENSION_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  tbx: ['urn:iso:std:iso:30042:ed-1:v1:en', 'urn:iso:std:iso:30042:ed-2'],
};

const CORE_LEAVES = new Set(['', 'n', 'd', 't']);
const ORDER: Record<string, number> = { f: 0, g: 1, u: 2 };

export type FragmentProblem = { rule: 'fragid.syntax' | 'fragid.prefix' | 'fragid.order'; message: string };

/**
 * Parses a fragment identifier (with its leading `#`). `prefixes` maps every registered module or
 * extension prefix to its namespaces. Returns the parts, or the constraint it breaks.
 */
export function parseFragmentIdentifier(ref: string, prefixes: Readonly<Record<string, readonly string[]>>): FragmentIdentifier | FragmentProblem {
  if (!ref.startsWith('#')) return { rule: 'fragid.syntax', message: `"${ref}" is not a fragment identifier (it must start with #).` };
  let rest = ref.slice(1);
  const absolute = rest.startsWith('/');
  if (absolute) rest = rest.slice(1);
  const result: FragmentIdentifier = { absolute };
  const seen = new Set<string>();
  let lastOrder = -1;
  const parts = rest.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const eq = part.indexOf('=');
    const prefix = eq < 0 ? '' : part.slice(0, eq);
    const id = eq < 0 ? part : part.slice(eq + 1);
    if (!NMTOKEN.test(id) || (eq >= 0 && !NMTOKEN.test(prefix))) {
      return { rule: 'fragid.syntax', message: `"${ref}" is not a valid fragment identifier: "${part}" is not [prefix=]id with XML name tokens.` };
    }
    const order = ORDER[prefix];
    if (order === undefined && result.leaf !== undefined) {
      return { rule: 'fragid.order', message: `"${ref}" has more than one selector for a note, segment, inline element, data or module element; only one is allowed, last.` };
    }
    if (seen.has(prefix)) return { rule: 'fragid.syntax', message: `"${ref}" uses the prefix "${prefix}" twice.` };
    seen.add(prefix);
    if (order !== undefined) {
      if (result.leaf !== undefined) return { rule: 'fragid.order', message: `In "${ref}", the ${prefix}= selector comes after "${result.leaf.prefix === '' ? result.leaf.id : result.leaf.prefix + '='}", which must be last.` };
      if (order < lastOrder) return { rule: 'fragid.order', message: `In "${ref}", the file, group and unit selectors are not in that order.` };
      lastOrder = order;
      if (prefix === 'f') result.file = id;
      else if (prefix === 'g') result.group = id;
      else result.unit = id;
      continue;
    }
    if (!CORE_LEAVES.has(prefix)) {
      if (prefix.length < 2) return { rule: 'fragid.prefix', message: `In "${ref}", the prefix "${prefix}" is too short: module and extension prefixes have at least two characters.` };
      if (!Object.hasOwn(prefixes, prefix)) return { rule: 'fragid.prefix', message: `In "${ref}", the prefix "${prefix}" is not a registered module or extension prefix.` };
    }
    result.leaf = { prefix, id };
  }
  return result;
}

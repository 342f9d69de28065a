/**
 * Random XliffDocuments for the property tests (test code: imports fast-check). Text is biased
 * towards what needs care in XML: special characters, whitespace runs, right-to-left and astral
 * characters; content nests inline codes and also holds unpaired and crossing ones.
 */
import fc from 'fast-check';
import type { Content, InlineCode } from '../model/document.ts';
import { TRANSLATION_STATES } from '../model/states.ts';
import type { XliffDocument, XliffGroup, XliffUnit } from './types.ts';

// Characters XML 1.0 cannot carry, replaced so every generated string can be written.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g; // eslint-disable-line no-control-regex

const pieces = fc.constantFrom('&', '<', '>', '"', "'", ']]>', '&amp;', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u3000', 'é', 'ب', 'שלום', '\u200F', '😀', '👍🏽', '𝒳', '%20', 'x-', ':', '_x-');
export const text: fc.Arbitrary<string> = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ maxLength: 6 })), { maxLength: 6 })
  .map((parts) => parts.join('').replace(INVALID, '\uFFFD'));

const whitespace = fc.array(fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00A0'), { maxLength: 3 }).map((parts) => parts.join(''));
const codeId = fc.oneof(fc.constantFrom('1', '2', '3', 'a b', 'x:y'), text);
const codeName = fc.oneof(fc.constantFrom('b', 'i', 'u', 'a', 'br', 'img', 'span', ''), text);
const attrs = fc.option(fc.dictionary(text, text, { maxKeys: 3 }), { nil: undefined });

const code = (kind: InlineCode['kind']): fc.Arbitrary<InlineCode> =>
  fc.record({ id: codeId, name: codeName, attrs }).map(({ attrs: a, ...rest }) => (a === undefined ? { kind, ...rest } : { kind, ...rest, attrs: a }));

/** Content as a tree: text, standalone codes and properly nested pairs (depth ≤ 3), plus stray codes. */
const nested: fc.Memo<Content> = fc.memo((depth) =>
  fc
    .array(
      depth <= 1
        ? fc.oneof(text.map((t): Content => [t]), code('standalone').map((c): Content => [c]), code('open').map((c): Content => [c]), code('close').map((c): Content => [c]))
        : fc.oneof(
            { weight: 3, arbitrary: text.map((t): Content => [t]) },
            { weight: 1, arbitrary: code('standalone').map((c): Content => [c]) },
            { weight: 1, arbitrary: code('open').map((c): Content => [c]) },
            { weight: 1, arbitrary: code('close').map((c): Content => [c]) },
            {
              weight: 2,
              arbitrary: fc.tuple(code('open'), nested(depth - 1)).map(([o, inner]): Content => [o, ...inner, { kind: 'close', id: o.id, name: o.name }]),
            },
          ),
      { maxLength: 5 },
    )
    .map((parts) => parts.flat()),
);

/** The reader returns content with adjacent strings merged and no empty strings. */
export function normaliseContent(parts: Content): Content {
  const out: Content = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part === '') continue;
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

export const content: fc.Arbitrary<Content> = nested(3).map(normaliseContent);

const unitArb: fc.Arbitrary<XliffUnit> = fc
  .record({
    id: fc.oneof(fc.integer({ min: 1, max: 99999 }).map(String), text),
    source: content,
    target: content,
    hasTarget: fc.boolean(),
    state: fc.constantFrom(...TRANSLATION_STATES),
    translate: fc.boolean(),
    notes: fc.array(text, { maxLength: 2 }),
    spaceAfter: fc.oneof(whitespace, text),
  })
  .map(({ hasTarget, target, ...u }) => ({ ...u, target: hasTarget || u.state !== 'untranslated' ? target : null }));

const groupArb: fc.Arbitrary<XliffGroup> = fc.record({
  id: fc.oneof(fc.integer({ min: 1, max: 9999 }).map((n) => 'b' + String(n)), text),
  kind: fc.oneof(fc.constantFrom('paragraph', 'title', 'list-item', 'signatory', ''), text),
  units: fc.uniqueArray(unitArb, { maxLength: 4, selector: (u) => u.id }),
});

const languages = fc.constantFrom('en', 'fr', 'fr-CA', 'ar', 'he', 'zh-Hant-TW', 'ja', 'es-419');

export const randomXliffDocument: fc.Arbitrary<XliffDocument> = fc
  .record({
    original: text,
    sourceLang: languages,
    targetLang: languages,
    groups: fc.array(groupArb, { maxLength: 4 }),
  })
  .map((doc) => {
    // Block ids and unit ids are unique in a file (they are database ids); drop the repeats.
    const groupIds = new Set<string>();
    const unitIds = new Set<string>();
    const groups = doc.groups
      .filter((g) => !groupIds.has(g.id) && groupIds.add(g.id))
      .map((g) => ({ ...g, units: g.units.filter((u) => !unitIds.has(u.id) && unitIds.add(u.id)) }));
    return { ...doc, groups };
  });

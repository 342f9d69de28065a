/** Builders of small XliffDocuments for the reader, writer and round-trip tests of both versions. */
import type { Content, InlineCode } from '../model/document.ts';
import type { XliffDocument, XliffUnit } from './types.ts';

export const open = (id: string, name = 'b', attrs?: Record<string, string>): InlineCode => ({ kind: 'open', id, name, ...(attrs ? { attrs } : {}) });
export const close = (id: string, name = 'b', attrs?: Record<string, string>): InlineCode => ({ kind: 'close', id, name, ...(attrs ? { attrs } : {}) });
export const standalone = (id: string, name = 'br', attrs?: Record<string, string>): InlineCode => ({ kind: 'standalone', id, name, ...(attrs ? { attrs } : {}) });

/** A unit to translate: untranslated without a target, translated with one, unless `overrides` say otherwise. */
export function unit(id: string, source: Content, target: Content | null, overrides: Partial<XliffUnit> = {}): XliffUnit {
  return { id, source, target, state: target === null ? 'untranslated' : 'translated', translate: true, notes: [], ...overrides };
}

/** A document of project 12 from English, its units in one paragraph. */
export function docOf(units: XliffUnit[], targetLang = 'fr', groupId = 'b7'): XliffDocument {
  return { original: 'tessera:project/12', sourceLang: 'en', targetLang, groups: [{ id: groupId, kind: 'paragraph', units }] };
}

/** A document of one untranslated unit, 41, with this source, in paragraph b3. */
export const docWith = (source: Content, extra: Partial<XliffDocument> = {}): XliffDocument => ({ ...docOf([unit('41', source, null)], 'fr', 'b3'), ...extra });

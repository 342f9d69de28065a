import { describe, expect, it } from 'vitest';
import { glossaryTerm } from '../glossary/term.ts';
import type { Content, InlineCode } from '../model/document.ts';
import { engineLanguageCode, enginePairOf, servesPair } from './codes.ts';
import { protectContent, restoreContent } from './protect.ts';

const open = (id: string, name = 'b'): InlineCode => ({ kind: 'open', id, name });
const close = (id: string, name = 'b'): InlineCode => ({ kind: 'close', id, name });
const SIGNAL = glossaryTerm({ source: 'Signal', doNotTranslate: true });
const COMMITTEE = glossaryTerm({ source: 'committee', target: 'comité' });

describe('language codes of engines', () => {
  it('maps a project’s tags to the codes of each kind of engine, from one table', () => {
    expect(engineLanguageCode('es', 'iso639-3')).toBe('spa');
    expect(engineLanguageCode('ca', 'iso639-3')).toBe('cat');
    expect(engineLanguageCode('es-MX', 'iso639-3')).toBe('spa');
    expect(engineLanguageCode('en', 'iso639-3')).toBe('eng');
    expect(engineLanguageCode('es', 'iso639-1')).toBe('es');
    expect(engineLanguageCode('ast', 'iso639-3')).toBe('ast');
    expect(engineLanguageCode('ast', 'iso639-1')).toBeNull();
    expect(engineLanguageCode('tlh', 'iso639-3')).toBe('tlh');
    expect(engineLanguageCode('xx', 'iso639-3')).toBeNull();
    expect(enginePairOf('en', 'ca', 'iso639-3')).toEqual({ source: 'eng', target: 'cat' });
  });

  it('says whether an engine serves a pair (a variant is not the language)', () => {
    const pairs = [{ source: 'eng', target: 'spa' }, { source: 'eng', target: 'cat_valencia' }];
    expect(servesPair(pairs, { source: 'eng', target: 'spa' })).toBe(true);
    expect(servesPair(pairs, { source: 'eng', target: 'cat' })).toBe(false);
    expect(servesPair(pairs, { source: 'spa', target: 'eng' })).toBe(false);
  });
});

describe('what an engine may change', () => {
  const source: Content = ['The ', open('1'), 'committee', close('1'), ' met 1,200 users of Signal at https://example.org/a?b=1. Write to info@example.org.'];

  it('keeps inline codes, URLs, e-mail addresses, numbers and do-not-translate terms out of the engine’s text', () => {
    const p = protectContent(source, [SIGNAL, COMMITTEE], 'en');
    expect(p.text).toBe('The ⟦1⟧committee⟦2⟧ met ⟦3⟧ users of ⟦4⟧ at ⟦5⟧. Write to ⟦6⟧.');
    expect(p.slots).toEqual([open('1'), close('1'), '1,200', 'Signal', 'https://example.org/a?b=1', 'info@example.org']);
  });

  it('puts each back where the engine moved it', () => {
    const p = protectContent(source, [SIGNAL], 'en');
    const restored = restoreContent('El ⟦1⟧comité⟦2⟧ encontró ⟦3⟧ usuarios de ⟦4⟧ en ⟦5⟧. Escribid a ⟦6⟧.', p);
    expect(restored).toEqual({
      content: ['El ', open('1'), 'comité', close('1'), ' encontró 1,200 usuarios de Signal en https://example.org/a?b=1. Escribid a info@example.org.'],
      lost: 0,
    });
  });

  it('puts lost codes at the end, counts what was lost, and trims the spaces an engine adds', () => {
    const p = protectContent(source, [], 'en');
    const restored = restoreContent(' El comité encontró ⟦3⟧ usuarios. ', p)!;
    expect(restored.content).toEqual(['El comité encontró 1,200 usuarios.', open('1'), close('1')]);
    expect(restored.lost).toBe(4);
  });

  it('refuses an answer that is no translation of the text (unknown, repeated or broken placeholders)', () => {
    const p = protectContent(['See ', open('1'), 'this', close('1')], [], 'en');
    expect(restoreContent('Ver ⟦1⟧esto⟦7⟧', p)).toBeNull();
    expect(restoreContent('Ver ⟦1⟧esto⟦1⟧', p)).toBeNull();
    expect(restoreContent('Ver ⟦1 esto', p)).toBeNull();
  });

  it('leaves a text with nothing to keep as it is', () => {
    const p = protectContent(['Protect journalists.'], [], 'en');
    expect(p).toEqual({ text: 'Protect journalists.', slots: [] });
    expect(restoreContent('Proteger periodistas.', p)).toEqual({ content: ['Proteger periodistas.'], lost: 0 });
  });
});

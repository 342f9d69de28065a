import { describe, expect, it } from 'vitest';
import { keyOutcome, opensSheet, SHORTCUTS, type KeyPress } from './shortcuts.ts';

const press = (code: string, key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ code, key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('keyboard shortcuts in a translation box', () => {
  it('save, approve and move with single presses (Cmd standing for Ctrl)', () => {
    expect(keyOutcome(press('Enter', 'Enter', { ctrlKey: true }), null)).toEqual({ command: 'save-next' });
    expect(keyOutcome(press('Enter', 'Enter', { metaKey: true }), null)).toEqual({ command: 'save-next' });
    expect(keyOutcome(press('Enter', 'Enter', { ctrlKey: true, shiftKey: true }), null)).toEqual({ command: 'approve-next' });
    expect(keyOutcome(press('ArrowDown', 'ArrowDown', { altKey: true }), null)).toEqual({ command: 'next' });
    expect(keyOutcome(press('ArrowUp', 'ArrowUp', { altKey: true }), null)).toEqual({ command: 'previous' });
  });

  it('leave typing alone: Enter, Shift+Enter, letters, digits, AltGr (Ctrl+Alt) characters', () => {
    expect(keyOutcome(press('Enter', 'Enter'), null)).toBeNull();
    expect(keyOutcome(press('Enter', 'Enter', { shiftKey: true }), null)).toBeNull();
    expect(keyOutcome(press('KeyK', 'k'), null)).toBeNull();
    expect(keyOutcome(press('Digit7', '{', { ctrlKey: true, altKey: true }), null)).toBeNull();
    expect(keyOutcome(press('KeyK', 'k', { ctrlKey: true, altKey: true }), null)).toBeNull();
  });

  it('take a second press after Ctrl+K or Ctrl+I, by the key’s place whatever the layout (an Arabic keyboard types ع on KeyU)', () => {
    const ctrlK = keyOutcome(press('KeyK', 'ن', { ctrlKey: true }), null);
    expect(ctrlK).toEqual({ chord: 'k' });
    expect(keyOutcome(press('KeyU', 'ع'), 'k')).toEqual({ command: 'next-untranslated' });
    expect(keyOutcome(press('KeyW', 'ص'), 'k')).toEqual({ command: 'next-warning' });
    expect(keyOutcome(press('KeyS', 'س'), 'k')).toEqual({ command: 'copy-source' });
    expect(keyOutcome(press('KeyM', 'ة'), 'k')).toEqual({ command: 'machine' });
    expect(keyOutcome(press('KeyR', 'ق'), 'k')).toEqual({ command: 'reject' });
    expect(keyOutcome(press('KeyC', 'ؤ'), 'k')).toEqual({ command: 'comments' });
    expect(keyOutcome(press('Digit3', '3'), 'k')).toEqual({ command: 'match', n: 3 });
    expect(keyOutcome(press('Numpad2', '2'), 'k')).toEqual({ command: 'match', n: 2 });
    expect(keyOutcome(press('Slash', '?', { shiftKey: true }), 'k')).toEqual({ command: 'sheet' });
    // Shift pressed on the way to ? (or to a digit, on a French keyboard) keeps the chord waiting.
    expect(keyOutcome(press('ShiftLeft', 'Shift', { shiftKey: true }), 'k')).toEqual({ chord: 'k' });
    expect(keyOutcome(press('ShiftLeft', 'Shift', { shiftKey: true }), null)).toBeNull();
    expect(keyOutcome(press('KeyI', 'i', { ctrlKey: true }), null)).toEqual({ chord: 'i' });
    expect(keyOutcome(press('Digit1', '&'), 'i')).toEqual({ command: 'code', n: 1 });
    // A second press the chord does not know types as usual.
    expect(keyOutcome(press('KeyX', 'x'), 'k')).toBeNull();
    expect(keyOutcome(press('Digit0', '0'), 'i')).toBeNull();
  });

  it('opens the sheet with ? outside a field, and the sheet lists every command once', () => {
    expect(opensSheet(press('Slash', '?', { shiftKey: true }))).toBe(true);
    expect(opensSheet(press('Slash', '/'))).toBe(false);
    const commands = SHORTCUTS.map((shortcut) => shortcut.command);
    expect(new Set(commands).size).toBe(commands.length);
    expect(commands).toEqual(expect.arrayContaining(['save-next', 'approve-next', 'reject', 'copy-source', 'next-untranslated', 'next-warning', 'code', 'match', 'machine', 'comments']));
  });
});

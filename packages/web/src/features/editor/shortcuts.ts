/**
 * The editor's keyboard shortcuts, in one table: the translation box acts on them, and the shortcut
 * sheet (`?`) lists them. Keys are read by their place on the keyboard (`KeyU`, `Digit1`), so they
 * are the same keys under an Arabic, Japanese or French layout.
 */

export type ShortcutCommand =
  | 'save-next'
  | 'approve-next'
  | 'next'
  | 'previous'
  | 'next-untranslated'
  | 'next-warning'
  | 'copy-source'
  | 'reject'
  | 'comments'
  | 'match'
  | 'machine'
  | 'code'
  | 'sheet';

/** A shortcut made of two presses: Ctrl+K, then a key (or Ctrl+I, then a digit). */
export type Chord = 'k' | 'i';

export interface Shortcut {
  command: ShortcutCommand;
  /** The keys as the sheet shows them, one press after the other. */
  presses: readonly (readonly string[])[];
  /** Only for those who may review. */
  review?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'save-next', presses: [['Ctrl', 'Enter']] },
  { command: 'approve-next', presses: [['Ctrl', 'Shift', 'Enter']], review: true },
  { command: 'reject', presses: [['Ctrl', 'K'], ['R']], review: true },
  { command: 'next', presses: [['Alt', '↓']] },
  { command: 'previous', presses: [['Alt', '↑']] },
  { command: 'next-untranslated', presses: [['Ctrl', 'K'], ['U']] },
  { command: 'next-warning', presses: [['Ctrl', 'K'], ['W']] },
  { command: 'copy-source', presses: [['Ctrl', 'K'], ['S']] },
  { command: 'match', presses: [['Ctrl', 'K'], ['1…9']] },
  { command: 'machine', presses: [['Ctrl', 'K'], ['M']] },
  { command: 'code', presses: [['Ctrl', 'I'], ['1…9']] },
  { command: 'comments', presses: [['Ctrl', 'K'], ['C']] },
  { command: 'sheet', presses: [['?']] },
];

/** What a key press carries (a `KeyboardEvent` has all of it). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type KeyOutcome =
  /** A command, with its number for `match` and `code` (1–9). */
  | { command: ShortcutCommand; n?: number }
  /** The first press of a chord: the next press completes it. */
  | { chord: Chord }
  /** Not a shortcut: the key does what it does (types, moves the caret). */
  | null;

const AFTER_CTRL_K: Partial<Record<string, ShortcutCommand>> = {
  KeyU: 'next-untranslated',
  KeyW: 'next-warning',
  KeyS: 'copy-source',
  KeyR: 'reject',
  KeyC: 'comments',
  KeyM: 'machine',
  Slash: 'sheet',
};

/** Keys pressed on their way to another (Shift for ? or, on a French keyboard, for a digit): a chord waits past them. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

function digitOf(code: string): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  return match ? Number(match[1]) : null;
}

/**
 * What a key press in a translation box asks for, `chord` being the chord its previous press
 * started (or null). Ctrl stands for Cmd on a Mac.
 */
export function keyOutcome(press: KeyPress, chord: Chord | null): KeyOutcome {
  const command = press.ctrlKey || press.metaKey;
  if (MODIFIERS.has(press.key)) return chord ? { chord } : null;
  if (chord === 'k') {
    const digit = digitOf(press.code);
    if (digit !== null) return { command: 'match', n: digit };
    const after = AFTER_CTRL_K[press.code];
    return after ? { command: after } : null;
  }
  if (chord === 'i') {
    const digit = digitOf(press.code);
    return digit === null ? null : { command: 'code', n: digit };
  }
  if (press.key === 'Enter' && command) return { command: press.shiftKey ? 'approve-next' : 'save-next' };
  if (press.altKey && !command && (press.key === 'ArrowDown' || press.key === 'ArrowUp')) return { command: press.key === 'ArrowDown' ? 'next' : 'previous' };
  if (command && !press.altKey && !press.shiftKey && press.code === 'KeyK') return { chord: 'k' };
  if (command && !press.altKey && !press.shiftKey && press.code === 'KeyI') return { chord: 'i' };
  return null;
}

/** Whether a press anywhere on the page but in a field opens the shortcut sheet. */
export function opensSheet(press: KeyPress): boolean {
  return press.key === '?' && !press.ctrlKey && !press.metaKey && !press.altKey;
}

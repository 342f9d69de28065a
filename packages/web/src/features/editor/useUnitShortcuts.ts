import { useRef, type KeyboardEvent, type RefObject } from 'react';
import type { InlineCode } from '@tessera/core';
import { contentToEditable } from '../../content/index.ts';
import { useEditorActions, useEditorSettings } from './EditorContext.tsx';
import { insertFormattingChoice } from './FormattingMenu.tsx';
import { focusFieldIn, pressRowButton } from './rowButtons.ts';
import type { RowState } from './rows.ts';
import { keyOutcome, type Chord, type ShortcutCommand } from './shortcuts.ts';

/** The key handler of one unit's translation box: every shortcut of `SHORTCUTS` acts on this unit. */
export function useUnitShortcuts(row: RowState, box: RefObject<HTMLTextAreaElement | null>, sourceCodes: readonly InlineCode[]) {
  const actions = useEditorActions();
  const { abilities } = useEditorSettings();
  // The chord the previous press started (Ctrl+K, Ctrl+I), if any.
  const chord = useRef<Chord | null>(null);
  const id = row.unit.id;

  const run = (command: ShortcutCommand, n: number): void => {
    switch (command) {
      case 'save-next':
        return actions.saveAndNext(id);
      case 'approve-next':
        return abilities.review ? actions.approveAndNext(id) : undefined;
      case 'next':
      case 'previous':
        actions.moveTo(id, command);
        return;
      case 'next-untranslated':
        actions.moveTo(id, 'untranslated');
        return;
      case 'next-warning':
        actions.moveTo(id, 'warning');
        return;
      case 'copy-source':
        return actions.edit(id, contentToEditable(row.unit.source));
      case 'reject':
        if (abilities.review) pressRowButton(id, 'reject');
        return;
      case 'comments':
        if (pressRowButton(id, 'comments')) focusFieldIn(id, '.comments');
        return;
      case 'match':
        pressRowButton(id, 'match', n - 1);
        return;
      case 'machine':
        pressRowButton(id, 'machine');
        return;
      case 'code':
        insertFormattingChoice(box.current, row.draft, n - 1, sourceCodes, (draft) => actions.edit(id, draft));
        return;
      case 'sheet':
        return actions.showShortcuts();
    }
  };

  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const outcome = keyOutcome(event, chord.current);
    chord.current = null;
    if (outcome === null) return;
    event.preventDefault();
    if ('chord' in outcome) chord.current = outcome.chord;
    else run(outcome.command, outcome.n ?? 1);
  };
}

import { useCallback, useEffect, useState } from 'react';
import { opensSheet } from './shortcuts.ts';

/** Whether a key press lands where it types (a field), so that `?` is a character there, not a shortcut. */
function typesText(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The shortcut sheet's state: `?` anywhere but in a field opens it (in the translation box, Ctrl+K then ?). */
export function useShortcutSheet(): { open: boolean; show: () => void; close: () => void } {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (opensSheet(event) && !typesText(event.target)) {
        event.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return { open, show, close };
}

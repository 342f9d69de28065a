import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './shortcuts.ts';

/**
 * The sheet of keyboard shortcuts (`?`, or the toolbar's button): a modal dialog listing `SHORTCUTS`
 * that a reviewer's or translator's role allows. Escape or “Close” closes it, and the focus goes back
 * where it was.
 */
export function ShortcutSheet({ open, review, onClose }: { open: boolean; review: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const closed = () => {
    onClose();
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  };

  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={closed}>
      <h2 id="shortcut-sheet-title">{t('editor.shortcuts.title')}</h2>
      <p className="muted">{t('editor.shortcuts.intro')}</p>
      <table className="shortcut-sheet__table">
        <thead>
          <tr>
            <th scope="col">{t('editor.shortcuts.keys')}</th>
            <th scope="col">{t('editor.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.filter((shortcut) => review || !shortcut.review).map((shortcut) => (
            <tr key={shortcut.command} data-command={shortcut.command}>
              <td>
                {shortcut.presses.map((press, index) => (
                  <span key={index} className="shortcut-sheet__press">
                    {index > 0 && <span className="muted"> {t('editor.shortcuts.then')} </span>}
                    {/* Keys read left to right in every interface language. */}
                    <span dir="ltr">
                      {press.map((key, at) => (
                        <span key={key}>
                          {at > 0 && '+'}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </span>
                  </span>
                ))}
              </td>
              <td>{t(`editor.shortcuts.commands.${shortcut.command}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          {t('editor.shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}

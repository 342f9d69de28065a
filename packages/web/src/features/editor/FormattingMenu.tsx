import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { InlineCode } from '@tessera/core';
import { codeDescription, codeToken, formattingChoices, insertFormatting } from '../../content/index.ts';

type Kind = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'link' | 'lineBreak' | 'image' | 'code';

const KINDS: Partial<Record<string, Kind>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  s: 'strikethrough',
  a: 'link',
  br: 'lineBreak',
  img: 'image',
  code: 'code',
};

/** A code's name as a reader knows it (“bold”, “link”), else its own name. */
export function codeName(t: TFunction, code: InlineCode): string {
  const kind = KINDS[code.name.toLowerCase()];
  return kind ? t(`editor.formatting.kinds.${kind}`) : code.name;
}

interface FormattingMenuProps {
  /** The translation box's text. */
  text: string;
  sourceCodes: readonly InlineCode[];
  textarea: () => HTMLTextAreaElement | null;
  onChange: (text: string) => void;
}

/**
 * Puts the `index`-th formatting still missing from the box's text at its caret (a pair around the
 * selection) and gives the new text to `onChange`; the caret goes back into the box. False when there is none.
 */
export function insertFormattingChoice(box: HTMLTextAreaElement | null, text: string, index: number, sourceCodes: readonly InlineCode[], onChange: (text: string) => void): boolean {
  const choice = formattingChoices(text, sourceCodes)[index];
  if (!choice) return false;
  const start = box?.selectionStart ?? text.length;
  const end = box?.selectionEnd ?? text.length;
  const result = insertFormatting(text, start, end, choice, sourceCodes);
  onChange(result.text);
  if (box) {
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(result.selectionStart, result.selectionEnd);
    });
  }
  return true;
}

/** “Insert formatting”: the source's codes not yet in the translation; a click puts one at the caret, a pair around the selection. */
export function FormattingMenu({ text, sourceCodes, textarea, onChange }: FormattingMenuProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const choices = formattingChoices(text, sourceCodes);
  if (choices.length === 0) return null;

  const insert = (index: number) => insertFormattingChoice(textarea(), text, index, sourceCodes, onChange);

  return (
    <div className="formatting">
      <button
        type="button"
        className="button button--small button--quiet"
        aria-expanded={open}
        aria-controls={open ? `${id}-list` : undefined}
        // Keep the caret and selection of the translation box.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((was) => !was)}
      >
        {t('editor.formatting.insert')}
      </button>
      {open && (
        <ul className="formatting__list" id={`${id}-list`} aria-label={t('editor.formatting.listLabel')}>
          {choices.map((choice, index) => {
            const token = choice.close ? `${codeToken(choice.code)}…${codeToken(choice.close)}` : codeToken(choice.code);
            const name = codeName(t, choice.code);
            return (
              <li key={`${choice.code.kind}:${choice.code.id}`}>
                <button
                  type="button"
                  className="button button--small formatting__choice"
                  title={codeDescription(choice.code)}
                  aria-label={choice.close ? t('editor.formatting.insertPair', { name, token }) : t('editor.formatting.insertOne', { name, token })}
                  data-token={codeToken(choice.code)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => insert(index)}
                >
                  <span className="code">{token}</span> {name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MAX_SOURCE_CHARS } from '@tessera/core/contract';
import { useFormat, type Format } from '../../i18n/index.ts';
import { SourceFormatSelect } from './SourceFormatSelect.tsx';
import { SOURCE_FILE_ACCEPT, type SourceFormat } from './sourceFormat.ts';
import { readSourceFile } from './statementFile.ts';

/** A message written at render time, so it follows a change of UI language. */
export type Message = (t: TFunction, format: Format) => string;

/** A statement as sent: text in a text format, or a Word document as base64. */
export type Statement = { format: Exclude<SourceFormat, 'docx'>; text: string } | { format: 'docx'; fileBase64: string };

/** Each page's own words for the statement: its labels, its hint, and what it says when no text is given. */
const WORDING = {
  newProject: { label: 'newProject.text', hint: 'newProject.textHint', file: 'newProject.file', textRequired: 'newProject.errors.textRequired' },
  revisions: { label: 'revisions.text', hint: 'revisions.textHint', file: 'revisions.file', textRequired: 'revisions.errors.textRequired' },
} as const;

interface StatementInputOptions {
  /** Whose words the fields use: the new project's, or the new version's. */
  wording: keyof typeof WORDING;
  /** Called when the user changes the statement: its text, its file or its format. */
  onChange?: () => void;
  /** Empty the file input after each read, so that choosing the same file again reads it again. */
  clearFileInput?: boolean;
}

/** The statement being entered: pasted or read from a file, in a text format or as a Word document. */
export function useStatementInput({ wording, onChange, clearFileInput = false }: StatementInputOptions) {
  const [text, setText] = useState('');
  /** How the statement is read: pasted text is plain text unless the user picks Markdown or HTML. */
  const [sourceFormat, setSourceFormat] = useState<SourceFormat>('text');
  /** An uploaded Word document, as base64, with its name. */
  const [docx, setDocx] = useState<{ name: string; base64: string } | null>(null);
  const [fileNote, setFileNote] = useState<Message | null>(null);
  const [error, setError] = useState<Message | null>(null);

  const changeText = (value: string) => {
    setText(value);
    onChange?.();
  };
  const changeFormat = (value: SourceFormat) => {
    setSourceFormat(value);
    onChange?.();
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setFileNote(null);
    const read = await readSourceFile(file);
    if (clearFileInput) input.value = '';
    if ('problem' in read) {
      setError(() => read.problem);
      return;
    }
    if (read.format === 'docx') {
      setDocx({ name: file.name, base64: read.fileBase64 });
    } else {
      setText(read.text);
      setDocx(null);
    }
    setSourceFormat(read.format);
    onChange?.();
    setError(null);
    const note: Message = (t, format) => t('newProject.fileRead', { name: file.name, size: format.fileSize(file.size) });
    setFileNote(() => note);
  };

  /** Checks the statement, shows what is wrong with it (or nothing) and returns that. */
  const validate = (): Message | null => {
    let problem: Message | null = null;
    if (sourceFormat === 'docx') {
      if (!docx) problem = (t) => t('sourceFormat.errors.docxRequired');
    } else if (!text.trim()) problem = (t) => t(WORDING[wording].textRequired);
    else if (text.length > MAX_SOURCE_CHARS) problem = (t) => t('newProject.errors.textTooLong', { max: MAX_SOURCE_CHARS });
    setError(() => problem);
    return problem;
  };

  /** The statement to send. */
  const value = (): Statement =>
    sourceFormat === 'docx' ? { format: 'docx', fileBase64: docx?.base64 ?? '' } : { format: sourceFormat, text };

  /** Back to an empty statement, once it has been used. */
  const reset = () => {
    setText('');
    setDocx(null);
    setSourceFormat('text');
    setFileNote(null);
  };

  return { wording, text, sourceFormat, docx, fileNote, error, changeText, changeFormat, readFile, validate, value, reset };
}

export type StatementInput = ReturnType<typeof useStatementInput>;

interface StatementFieldsProps {
  /** The form's id: the fields are `${id}-text`, `${id}-file` and `${id}-format`. */
  id: string;
  input: StatementInput;
  /** The source language, which the text is written in. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** The statement's fields: the text, the file to read it from, and how it is to be read. */
export function StatementFields({ id, input, lang, dir }: StatementFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { text, sourceFormat, docx, fileNote, error } = input;
  const words = WORDING[input.wording];
  const describedBy = [`${id}-text-hint`, error ? `${id}-text-error` : ''].filter(Boolean).join(' ');

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t(words.label)}</label>
        <textarea
          id={`${id}-text`}
          rows={12}
          value={text}
          lang={lang}
          dir={dir}
          disabled={sourceFormat === 'docx'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => input.changeText(e.target.value)}
        />
        <p className="field__hint" id={`${id}-text-hint`}>
          {sourceFormat === 'docx' && docx ? t('sourceFormat.docxChosen', { name: docx.name }) : t(words.hint)}
        </p>
        {error && (
          <p className="field__error" id={`${id}-text-error`}>
            {error(t, format)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t(words.file)}</label>
        <input id={`${id}-file`} type="file" accept={SOURCE_FILE_ACCEPT} onChange={input.readFile} />
        {fileNote && (
          <p className="field__hint" role="status">
            {fileNote(t, format)}
          </p>
        )}
      </div>
      <SourceFormatSelect id={`${id}-format`} value={sourceFormat} onChange={input.changeFormat} docxAvailable={docx !== null} />
    </>
  );
}

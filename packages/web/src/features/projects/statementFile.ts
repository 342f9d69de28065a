import type { TFunction } from 'i18next';
import type { Format } from '../../i18n/index.ts';
import { formatOfFileName, MAX_DOCX_BYTES, readDocxFile, type DocxProblem, type SourceFormat } from './sourceFormat.ts';

/** Bytes read from an uploaded statement at most: MAX_SOURCE_CHARS of text needs no more in UTF-8 prose. */
export const MAX_FILE_BYTES = 8_000_000;

export type StatementFileProblem = 'tooLarge' | 'unreadable' | 'binary' | 'encoding';

/** Reads an uploaded statement as UTF-8 text, or says why it cannot be used. */
export async function readStatementFile(file: Blob): Promise<{ text: string } | { problem: StatementFileProblem }> {
  if (file.size > MAX_FILE_BYTES) return { problem: 'tooLarge' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { problem: 'unreadable' };
  }
  if (text.includes('\u0000')) return { problem: 'binary' };
  if (text.includes('\uFFFD')) return { problem: 'encoding' };
  return { text };
}

/** What to tell the user about a file that cannot be used, in the UI language. */
export function statementFileMessage(t: TFunction, format: Format, problem: StatementFileProblem, name: string): string {
  switch (problem) {
    case 'tooLarge':
      return t('newProject.errors.fileTooLarge', { name, max: format.fileSize(MAX_FILE_BYTES) });
    case 'unreadable':
      return t('newProject.errors.fileUnreadable', { name });
    case 'binary':
      return t('newProject.errors.fileBinary', { name });
    case 'encoding':
      return t('errors.input.encoding');
  }
}

/** What to tell the user about a Word document that cannot be used, in the UI language. */
export function docxFileMessage(t: TFunction, format: Format, problem: DocxProblem, name: string): string {
  switch (problem) {
    case 'tooLarge':
      return t('newProject.errors.fileTooLarge', { name, max: format.fileSize(MAX_DOCX_BYTES) });
    case 'unreadable':
      return t('newProject.errors.fileUnreadable', { name });
    case 'notDocx':
      return t('sourceFormat.errors.notDocx', { name });
  }
}

/** An uploaded statement, read for its format (by extension; text when the extension says nothing). */
export type SourceFile =
  | { format: Exclude<SourceFormat, 'docx'>; text: string }
  | { format: 'docx'; fileBase64: string }
  | { problem: (t: TFunction, format: Format) => string };

export async function readSourceFile(file: File): Promise<SourceFile> {
  const format = formatOfFileName(file.name) ?? 'text';
  if (format === 'docx') {
    const read = await readDocxFile(file);
    if ('problem' in read) return { problem: (t, f) => docxFileMessage(t, f, read.problem, file.name) };
    return { format, fileBase64: read.base64 };
  }
  const read = await readStatementFile(file);
  if ('problem' in read) return { problem: (t, f) => statementFileMessage(t, f, read.problem, file.name) };
  return { format, text: read.text };
}

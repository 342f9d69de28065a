import type { TFunction } from 'i18next';
import type { Format } from '../../i18n/index.ts';

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

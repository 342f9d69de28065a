import path from 'node:path';
import { decodeText, detectFormat, IMPORT_FORMAT_IDS, isTextImportFormat, type ImportFormat, type SourceNormalization } from '@tessera/core';
import { readInputFile, UsageError } from '../io.ts';
import { readSettings } from '../../settings.ts';

/** A statement file as a request carries it; its format from `--format`, else from its name and content. */
export function sourceFromFile(file: string, format: unknown): { format: ImportFormat; text?: string; fileBase64?: string } {
  const bytes = readInputFile(file, readSettings().limits.sourceBytes);
  if (format !== undefined && !(IMPORT_FORMAT_IDS as string[]).includes(format as string)) throw new UsageError(`--format is one of ${IMPORT_FORMAT_IDS.join(', ')}.`);
  const chosen = (format as ImportFormat | undefined) ?? detectFormat(path.basename(file), bytes);
  return !isTextImportFormat(chosen) ? { format: chosen, fileBase64: Buffer.from(bytes).toString('base64') } : { format: chosen, text: decodeText(bytes) };
}

export const FORMAT_OPTION = { format: { type: 'string' } } as const;

/** What importing a statement cleaned, as a line for the terminal; '' when nothing. */
export function describeNormalization(normalized: SourceNormalization): string {
  const parts = [];
  if (normalized.formFeeds > 0) parts.push(`${normalized.formFeeds} page break(s) (form feeds) made paragraph breaks`);
  if (normalized.removed > 0) parts.push(`${normalized.removed} character(s) that cannot be stored (control characters) removed`);
  return parts.length === 0 ? '' : `Cleaned the statement: ${parts.join('; ')}.`;
}

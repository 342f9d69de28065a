import { importSource, isTextImportFormat, type ImportedSource, type ImportFormat } from '@tessera/core';
import { ServiceError } from './errors.ts';

/**
 * The statement a request carries, imported into the document model (text formats as text, binary ones such as DOCX as
 * base64), with what had to be cleaned (characters that cannot be stored dropped, form feeds made paragraph breaks).
 */
export function sourceDocumentOf(request: { format?: ImportFormat; text?: string; fileBase64?: string }, lang: string): ImportedSource {
  const format = request.format ?? 'text';
  const imported =
    isTextImportFormat(format) ? importSource({ format, text: request.text ?? '' }, lang) : importSource({ format, bytes: Buffer.from(request.fileBase64 ?? '', 'base64') }, lang);
  if (!imported.document.blocks.some((b) => b.units.some((u) => u.translate))) {
    throw new ServiceError(400, 'input.empty', 'The statement has no text to translate. Paste or upload the statement itself.');
  }
  return imported;
}

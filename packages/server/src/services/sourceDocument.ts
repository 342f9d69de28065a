import { importDocument, type ImportFormat, type SourceDocument } from '@tessera/core';
import { ServiceError } from './errors.ts';

/** The statement a request carries, imported into the document model (text formats as text, DOCX as base64). */
export function sourceDocumentOf(request: { format?: ImportFormat; text?: string; fileBase64?: string }, lang: string): SourceDocument {
  const format = request.format ?? 'text';
  const bytes = format === 'docx' ? Buffer.from(request.fileBase64 ?? '', 'base64') : new TextEncoder().encode(request.text ?? '');
  const document = importDocument({ format, bytes }, lang);
  if (!document.blocks.some((b) => b.units.some((u) => u.translate))) {
    throw new ServiceError(400, 'input.empty', 'The statement has no text to translate. Paste or upload the statement itself.');
  }
  return document;
}

import { docxFormat } from './docx.ts';
import { htmlFormat } from './html.ts';
import { markdownFormat } from './markdown.ts';
import { textFormat } from './text.ts';
import type { PublicationDocument, PublicationFormat } from './types.ts';

/** Every publication format, in the order a person is offered them. The CLI, HTTP routes, bundle and tests read this list. */
export const publicationFormats: readonly PublicationFormat[] = [htmlFormat, markdownFormat, textFormat, docxFormat];

/** The format registered under `id`, or undefined. */
export function publicationFormat(id: string): PublicationFormat | undefined {
  return publicationFormats.find((format) => format.id === id);
}

/** A language version written in `format`, as bytes (text formats in UTF-8). */
export async function renderPublicationFile(format: PublicationFormat, doc: PublicationDocument): Promise<Uint8Array> {
  const output = await format.render(doc);
  return typeof output === 'string' ? new TextEncoder().encode(output) : output;
}

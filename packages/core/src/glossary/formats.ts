import { csvFormat } from './csv.ts';
import type { GlossaryFormat } from './format.ts';
import { tbxFormat } from './tbx.ts';

/** Every glossary file format, in the order they are offered and tried on an upload: the server's import and export and the web panel read it. */
export const GLOSSARY_FORMATS: readonly GlossaryFormat[] = [tbxFormat, csvFormat];

export function glossaryFormat(id: string): GlossaryFormat | undefined {
  return GLOSSARY_FORMATS.find((f) => f.id === id);
}

/** The format of an uploaded file: the first that recognizes it (XML is TBX; anything else, CSV). */
export function detectGlossaryFormat(text: string): GlossaryFormat {
  return GLOSSARY_FORMATS.find((f) => f.recognizes(text)) ?? csvFormat;
}

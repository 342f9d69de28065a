import { csvFormat } from './csv.ts';
import type { GlossaryFormat } from './format.ts';
import { tbxFormat } from './tbx.ts';

/** Every glossary file format, in the order they are offered: the server's import and export and the web panel read it. */
export const GLOSSARY_FORMATS: readonly GlossaryFormat[] = [tbxFormat, csvFormat];

export function glossaryFormat(id: string): GlossaryFormat | undefined {
  return GLOSSARY_FORMATS.find((f) => f.id === id);
}

/** The format of an uploaded file: XML (after a byte order mark and spaces) is TBX, anything else CSV. */
export function detectGlossaryFormat(text: string): GlossaryFormat {
  return /^\uFEFF?\s*</.test(text) ? tbxFormat : csvFormat;
}

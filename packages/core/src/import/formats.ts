/**
 * Every format a statement is imported from, one entry each: the contract's `format` field, the
 * command line's `--format`, the web app's upload field and format choice, format detection and
 * the README's list all read this table. An entry's reader lives in `dispatch.ts` (a map the type
 * checker keeps complete); this table stays light enough for the web app to load.
 */
export interface ImportFormatInfo {
  id: string;
  /** How the README and the command line's help name it. */
  label: string;
  /** Read from the file's bytes (a package such as DOCX), else from its decoded text (it can also be pasted). */
  binary: boolean;
  /** File-name extensions that name it, lower case, without the dot. */
  extensions: readonly string[];
  mediaTypes: readonly string[];
}

export const IMPORT_FORMATS = [
  { id: 'text', label: 'plain text', binary: false, extensions: ['txt', 'text'], mediaTypes: ['text/plain'] },
  { id: 'markdown', label: 'Markdown', binary: false, extensions: ['md', 'markdown', 'mdown', 'mkd', 'mkdn'], mediaTypes: ['text/markdown'] },
  { id: 'html', label: 'HTML', binary: false, extensions: ['html', 'htm', 'xhtml'], mediaTypes: ['text/html'] },
  { id: 'docx', label: 'DOCX', binary: true, extensions: ['docx'], mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
] as const satisfies readonly ImportFormatInfo[];

export type ImportFormat = (typeof IMPORT_FORMATS)[number]['id'];

/** The formats' ids, in the order a person is offered them (a tuple, for schemas). */
export const IMPORT_FORMAT_IDS = IMPORT_FORMATS.map((f) => f.id) as [ImportFormat, ...ImportFormat[]];

/** The formats that can also be pasted as text. */
export type TextImportFormat = Extract<(typeof IMPORT_FORMATS)[number], { binary: false }>['id'];

/** Whether a format is read from text (so it can be pasted), not from a file's bytes. */
export function isTextImportFormat(format: ImportFormat): format is TextImportFormat {
  return !IMPORT_FORMATS.find((f) => f.id === format)!.binary;
}

/** The format a file name's extension names, or null when it names none of ours. */
export function importFormatOfFileName(name: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(name.trim())?.[1]?.toLowerCase();
  return extension ? (IMPORT_FORMATS.find((f) => (f.extensions as readonly string[]).includes(extension))?.id ?? null) : null;
}

/** What an upload field accepts: every extension and media type of every format. */
export const IMPORT_UPLOAD_ACCEPT = IMPORT_FORMATS.flatMap((f) => [...f.extensions.map((e) => `.${e}`), ...f.mediaTypes]).join(',');

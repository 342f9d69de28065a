import { InputError } from '../errors/index.ts';
import { MAX_GLOSSARY_BYTES } from '../limits.ts';
import { utf8ByteLength } from '../xml/safety.ts';
import { checkedTerms, type GlossaryFile, type GlossaryFormat, type LanguagePair } from './format.ts';
import { glossaryTerm, type GlossaryTerm } from './term.ts';

/**
 * Glossaries as CSV (RFC 4180), the table spreadsheets open: a header row
 * `source,target,note,forbidden,do_not_translate` (other usual names are understood: term,
 * translation, notes, definition, forbidden variants, dnt…; a file from a spreadsheet in a language
 * that writes decimal commas may use semicolons), forbidden variants separated by `|`, and
 * do-not-translate as yes/no. A byte order mark is skipped. Cells written starting with = + - @
 * (which spreadsheets run as formulas) are written with an apostrophe in front, which reading removes.
 */

const WHAT = 'CSV file';

const COLUMNS: Record<string, 'source' | 'target' | 'note' | 'forbidden' | 'doNotTranslate'> = {
  source: 'source',
  term: 'source',
  source_term: 'source',
  target: 'target',
  translation: 'target',
  target_term: 'target',
  note: 'note',
  notes: 'note',
  definition: 'note',
  comment: 'note',
  forbidden: 'forbidden',
  forbidden_variants: 'forbidden',
  forbidden_terms: 'forbidden',
  do_not_translate: 'doNotTranslate',
  donottranslate: 'doNotTranslate',
  dnt: 'doNotTranslate',
  untranslatable: 'doNotTranslate',
};
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'false', '0']);
const FORMULA_START = /^[=+\-@\t\r]/;

/** The rows of a CSV text (RFC 4180: quoted cells may hold the delimiter, quotes doubled, line breaks), each with its line. */
export function parseCsv(text: string, delimiter = ','): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && cell === '') {
      const start = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new InputError('glossary.invalid', `The ${WHAT} has a quoted cell that is never closed (it opens on line ${start}).`, { line: start });
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        cell += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        throw new InputError('glossary.invalid', `The ${WHAT} has text after a closing quote (line ${line}); double a quote inside a quoted cell.`, { line });
      }
      continue;
    }
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

const columnName = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');
const unprotect = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

/** Reads a glossary CSV (see the module's description); its languages are those of the glossary it is imported into. */
export function readGlossaryCsv(text: string, _pair: LanguagePair, options: { maxBytes?: number } = {}): GlossaryTerm[] {
  const maxBytes = options.maxBytes ?? MAX_GLOSSARY_BYTES;
  if (text.length > maxBytes || utf8ByteLength(text) > maxBytes) throw new InputError('input.too-large', `The ${WHAT} is larger than ${maxBytes} bytes; split it.`, { maxBytes });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new InputError('input.empty', `The ${WHAT} is empty.`);
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const [header, ...rows] = parseCsv(body, delimiter);
  const columns = (header?.cells ?? []).map((h) => COLUMNS[columnName(h)]);
  if (!columns.includes('source')) {
    throw new InputError('glossary.invalid', `The ${WHAT} has no “source” column: its first row (line 1) names the columns (source,target,note,forbidden,do_not_translate).`, { line: 1 });
  }
  if (rows.length === 0) throw new InputError('input.empty', `The ${WHAT} has a header row but no terms.`);
  const found = rows.map(({ line, cells }) => {
    const value = (name: string) => {
      const index = columns.indexOf(name as never);
      return index < 0 ? '' : unprotect(cells[index] ?? '');
    };
    const flag = value('doNotTranslate').trim().toLowerCase();
    if (!YES.has(flag) && !NO.has(flag)) {
      throw new InputError('glossary.invalid', `The ${WHAT} says “${flag.slice(0, 20)}” for do-not-translate on line ${line}; write yes or no.`, { line });
    }
    const term = glossaryTerm({ source: value('source'), target: value('target'), doNotTranslate: YES.has(flag), forbidden: value('forbidden').split('|'), note: value('note') });
    return { line, term };
  });
  return checkedTerms(found, WHAT);
}

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes a glossary as CSV: the header row, then one row a term (CRLF line ends, as RFC 4180 has them). */
export function writeGlossaryCsv(file: GlossaryFile): string {
  const lines = ['source,target,note,forbidden,do_not_translate'];
  for (const term of file.terms) {
    lines.push([term.source, term.target ?? '', term.note, term.forbidden.join(' | '), term.doNotTranslate ? 'yes' : 'no'].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export const csvFormat: GlossaryFormat = {
  id: 'csv',
  label: 'CSV',
  extensions: ['csv', 'txt'],
  mediaType: 'text/csv',
  // Anything that is not XML: a table of text is what is left.
  recognizes: () => true,
  read: readGlossaryCsv,
  write: writeGlossaryCsv,
};

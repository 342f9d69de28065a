/** The glossary: terms of a language pair, finding them in a unit's source, and their files (TBX, CSV). */
export * from './term.ts';
export * from './match.ts';
export * from './format.ts';
export { readTbx, writeTbx } from './tbx.ts';
export { readGlossaryCsv, writeGlossaryCsv } from './csv.ts';
export * from './formats.ts';

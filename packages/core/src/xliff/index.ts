export type { XliffDocument, XliffGroup, XliffUnit } from './types.ts';
export { writeXliff12 } from './xliff12Writer.ts';
export { readXliff12 } from './xliff12Reader.ts';
export { DEFAULT_MAX_XLIFF_BYTES } from './xmlSafety.ts';

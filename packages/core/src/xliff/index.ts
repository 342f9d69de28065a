export type { XliffDocument, XliffGroup, XliffUnit } from './types.ts';
export { writeXliff12 } from './xliff12Writer.ts';
export { readXliff12 } from './xliff12Reader.ts';
export { writeXliff20 } from './xliff20Writer.ts';
export { readXliff20, type ReadXliffOptions } from './xliff20Reader.ts';
export { readXliff, detectXliffVersion, type XliffVersion } from './readXliff.ts';
export { XliffStream, type XliffHeader } from './readXliff.ts';

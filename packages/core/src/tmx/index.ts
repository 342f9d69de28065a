export { writeTmx, type TmxDocument, type TmxEntry } from './tmxWriter.ts';
export { readTmx, type ReadTmxOptions } from './tmxReader.ts';

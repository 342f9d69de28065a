export { writeTmx, type TmxDocument, type TmxEntry } from './tmxWriter.ts';
export { readTmx, TmxStream, type ReadTmxOptions } from './tmxReader.ts';

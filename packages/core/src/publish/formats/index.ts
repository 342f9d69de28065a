export { publicationFormats, publicationFormat, renderPublicationFile } from './registry.ts';
export { layOutPublication, type LaidPublication, type LaidSection, type LaidBlock, type LaidRun } from './layout.ts';
export type { PublicationDocument, PublicationFormat, PublicationStrings, PublicationStringKey, PublicationAlternate, PublicationCredit } from './types.ts';

export { assemblePublication, publicationTitle, type Publication, type PublicationInput, type PublicationBlockInput, type PublicationUnitInput, type AssembledBlock, type Run } from './assemble.ts';
export { SIGNATORY_ORDERS, type SignatoryOrder } from './signatoryOrder.ts';
export { formatPublicationDate, formatPublicationNumber } from './formatDate.ts';
export { escapeHtml } from './escapeHtml.ts';
export { renderContent } from './renderContent.ts';
export { publicationLocale, applyTypography, type PublicationLocale } from './locales/index.ts';
export * from './formats/index.ts';
export { standalonePage, type StandalonePage, type PageAlternate } from './standalonePage.ts';

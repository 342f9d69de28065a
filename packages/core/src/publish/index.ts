export { assemblePublication, publicationTitle, type Publication, type PublicationInput, type PublicationBlockInput, type PublicationUnitInput, type AssembledBlock, type Run } from './assemble.ts';
export { renderPublicationHtml, renderPublicationBody, type PublicationStrings } from './renderHtml.ts';
export { formatPublicationDate } from './formatDate.ts';
export { escapeHtml } from './escapeHtml.ts';
export { renderContent } from './renderContent.ts';

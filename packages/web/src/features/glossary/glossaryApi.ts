import { operations, type GlossaryTermRequest } from '@tessera/core/contract';
import { client, hrefOf } from '../../api/index.ts';

/** The glossary's calls to the server, for one language of a project. */
export function glossaryApi(projectId: number, lang: string) {
  const params = { projectId, lang };
  return {
    read: (signal?: AbortSignal) => client.glossary({ params, signal }),
    add: (term: GlossaryTermRequest) => client.addGlossaryTerm({ params, body: term }),
    update: (termId: number, term: GlossaryTermRequest) => client.updateGlossaryTerm({ params: { ...params, termId }, body: term }),
    remove: (termId: number) => client.deleteGlossaryTerm({ params: { ...params, termId } }),
    import: (file: Blob) => client.importGlossary({ params, body: file }),
    /** The address of the glossary as a file of one of the glossary formats (the query's schema lists the same ids). */
    exportHref: (format: string) => hrefOf(operations.exportGlossary, { params, query: { format: format as 'tbx' } }),
  };
}

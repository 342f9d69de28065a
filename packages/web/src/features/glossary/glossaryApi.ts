import { api, type GlossaryTermRequest } from '@tessera/core/contract';
import { client } from '../../api/index.ts';

/** The glossary's calls to the server, for one language of a project. */
export function glossaryApi(projectId: number, lang: string) {
  return {
    read: (signal?: AbortSignal) => client.glossary(projectId, lang, signal),
    add: (term: GlossaryTermRequest) => client.addGlossaryTerm(projectId, lang, term),
    update: (termId: number, term: GlossaryTermRequest) => client.updateGlossaryTerm(projectId, lang, termId, term),
    remove: (termId: number) => client.deleteGlossaryTerm(projectId, lang, termId),
    import: (file: Blob) => client.importGlossary(projectId, lang, file),
    /** The address of the glossary as a file of one of the glossary formats. */
    exportHref: (format: string) => api.glossaryExport(projectId, lang, format),
  };
}

import { assemblePublication, renderPublicationHtml, type BlockKind, type TranslationState } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { publicationStrings } from '../i18n/publicationStrings.ts';
import { blocksOf, languageSettings, unitsWithTranslations } from '../repositories/projects.ts';
import { requireOnLanguage, type Actor } from './actor.ts';
import { ServiceError } from './errors.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';

export interface PublicationRequest {
  projectId: number | string;
  lang: string;
  /** Preview (members only): every unit, unapproved ones marked. Otherwise the publication itself. */
  preview: boolean;
  /** Overrides the language's stored setting (the command line's `--allow-fallback`). */
  allowFallback?: boolean;
}

/**
 * The language version as a standalone HTML page. The publication itself is public: it holds only
 * approved text (and source text where the coordinator allowed fallback); a preview needs membership.
 */
export async function publicationHtml(db: Db, actor: Actor | null, request: PublicationRequest): Promise<string> {
  const project = await projectOrThrow(db, request.projectId);
  requireTargetLanguage(project, request.lang);
  if (request.preview) {
    if (!actor) throw new ServiceError(401, 'auth.required', 'Sign in to see the preview.');
    await requireOnLanguage(db, actor, project.id, 'read', request.lang);
  }
  const [blocks, units, settings, strings] = await Promise.all([
    blocksOf(db, project.id),
    unitsWithTranslations(db, project.id, request.lang),
    languageSettings(db, project.id, request.lang),
    publicationStrings(request.lang),
  ]);
  const unitsOf = new Map<number, typeof units>();
  for (const unit of units) {
    const list = unitsOf.get(unit.blockId);
    if (list) list.push(unit);
    else unitsOf.set(unit.blockId, [unit]);
  }
  const publication = assemblePublication({
    sourceLang: project.sourceLang,
    lang: request.lang,
    mode: request.preview ? 'preview' : 'publish',
    allowFallback: request.allowFallback ?? settings?.allowFallback ?? false,
    blocks: blocks.map((b) => ({
      kind: b.kind as BlockKind,
      level: b.level,
      list: b.list,
      date: b.date,
      units: (unitsOf.get(b.id) ?? []).map((u) => ({ ...u, state: u.state as TranslationState })),
    })),
  });
  return renderPublicationHtml(publication, strings);
}

import { directionOf, type Membership } from '@tessera/core';
import type { LanguageProgress, LanguageView, UnitPage } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { projectChangeCount } from '../repositories/projectChanges.ts';
import { languageProgress, languageSettings, type ProjectRow } from '../repositories/projects.ts';
import { checkOnLanguage, projectForActor, type Actor } from './actor.ts';
import { editorPage } from './editorUnits.ts';
import { requireTargetLanguage, summarize } from './projects.ts';
import { SharedReads } from './sharedReads.ts';

/** A language of a project, opened by someone who may read it. */
export interface OpenLanguage {
  actor: Actor;
  project: ProjectRow;
  memberships: Membership[];
  lang: string;
  /** The project's change count, read before everything else. */
  changes: number;
  /**
   * What the reader sees of the language, as one string that changes whenever anything shown
   * could have: the project's change count and who reads. The count covers the tables listed in
   * migration 011: what this view shows from another table needs that table counted too.
   */
  version: string;
}

/** Answers given by another run of the server may differ (its quality checks, say): each run versions its own. */
const RUN = Date.now().toString(36);

/** Opens a language for reading: 404 when the project is not the caller's or not translated into `lang`, 403 when their role does not cover it. */
export async function openLanguage(db: Db, actor: Actor, projectId: number, lang: string): Promise<OpenLanguage> {
  // First: every change committed after this count makes the next count larger.
  const changes = await projectChangeCount(db, projectId);
  const { project, memberships } = await projectForActor(db, actor, projectId);
  checkOnLanguage(memberships, 'read', lang);
  requireTargetLanguage(project, lang);
  const reader = actor.kind === 'user' ? `u${actor.user.id}` : 'operator';
  return { actor, project, memberships, lang, changes, version: `${RUN}.${project.id}.${changes}.${reader}` };
}

/** Each project's progress (a count over all its units), shared by the readers of one change count. */
const sharedProgress = new SharedReads<LanguageProgress[]>(100);

/** Pages of units, shared by the readers of one change count (the editors of a team opening a language together, say). */
const sharedPages = new SharedReads<UnitPage>(32);

function pageOf(db: Db, open: OpenLanguage, page: { after?: number; limit: number }): Promise<UnitPage> {
  const key = `${open.project.id}:${open.lang}:${page.after ?? ''}:${page.limit}`;
  return sharedPages.read(db, key, open.changes, () => editorPage(db, open.project, open.lang, page));
}

/** The language, its progress and settings, and the first page of its units. */
export async function languageView(db: Db, open: OpenLanguage, page: { limit: number }): Promise<LanguageView> {
  const { project, lang } = open;
  const [summary, units, settings] = await Promise.all([
    summarize(db, open.actor, project, {
      memberships: open.memberships,
      languages: sharedProgress.read(db, String(project.id), open.changes, () => languageProgress(db, project.id)),
    }),
    pageOf(db, open, page),
    languageSettings(db, project.id, lang),
  ]);
  return {
    project: summary,
    lang,
    dir: directionOf(lang),
    progress: summary.languages.find((l) => l.lang === lang)!,
    allowFallback: settings?.allowFallback ?? false,
    deadline: settings?.deadline ?? null,
    selfReview: settings?.selfReview ?? false,
    ...units,
  };
}

/** A further page of the language's units. */
export function languageUnits(db: Db, open: OpenLanguage, page: { after?: number; limit: number }): Promise<UnitPage> {
  return pageOf(db, open, page);
}

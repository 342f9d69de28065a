import { directionOf, type Membership } from '@tessera/core';
import type { LanguageProgress, LanguageView, UnitPage } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { projectChangeCount } from '../repositories/projectChanges.ts';
import { languageProgress, languageSettings, type ProjectRow } from '../repositories/projects.ts';
import { checkOnLanguage, projectForActor, type Actor } from './actor.ts';
import { editorPage } from './editorUnits.ts';
import { requireTargetLanguage, summarize } from './projects.ts';

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
   * could have: the project's change count and who reads.
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

/** A count of the progress, and the project's change count read before it. */
interface CountedProgress {
  changes: number;
  progress: Promise<LanguageProgress[]>;
}

/** Projects whose progress was counted lately, per database, by project id. */
const progressCounted = new WeakMap<Db, Map<number, CountedProgress>>();
const PROGRESS_KEPT = 100;

/**
 * The progress of every language of the project (a count over all its units), counted once per
 * change count: readers of an unchanged project share one count instead of each making it.
 */
function progressOf(db: Db, open: OpenLanguage): Promise<LanguageProgress[]> {
  const counted = progressCounted.get(db) ?? new Map<number, CountedProgress>();
  progressCounted.set(db, counted);
  const known = counted.get(open.project.id);
  if (known && known.changes === open.changes) return known.progress;
  const entry: CountedProgress = { changes: open.changes, progress: languageProgress(db, open.project.id) };
  counted.delete(open.project.id);
  counted.set(open.project.id, entry);
  if (counted.size > PROGRESS_KEPT) counted.delete(counted.keys().next().value!);
  entry.progress.catch(() => counted.get(open.project.id) === entry && counted.delete(open.project.id));
  return entry.progress;
}

/** The language, its progress and settings, and the first page of its units. */
export async function languageView(db: Db, open: OpenLanguage, page: { limit: number }): Promise<LanguageView> {
  const { project, lang } = open;
  const [summary, units, settings] = await Promise.all([
    summarize(db, open.actor, project, { memberships: open.memberships, languages: progressOf(db, open) }),
    editorPage(db, project, lang, page),
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
  return editorPage(db, open.project, open.lang, page);
}

import { directionOf, type Membership } from '@tessera/core';
import type { LanguageProgress, LanguageView, UnitPage } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { projectChangeCount } from '../repositories/projectChanges.ts';
import { languageProgress, languageSettings, type ProjectRow } from '../repositories/projects.ts';
import { type Actor } from './actor.ts';
import { allow, projectForActor } from './policy.ts';
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
  allow(memberships, { do: 'read', lang });
  requireTargetLanguage(project, lang);
  const reader = actor.kind === 'user' ? `u${actor.user.id}` : 'operator';
  return { actor, project, memberships, lang, changes, version: `${RUN}.${project.id}.${changes}.${reader}` };
}

/** Each project's progress (a count over all its units), shared by the readers of one change count. */
const sharedProgress = new SharedReads<LanguageProgress[]>(100);

/**
 * Pages of units as JSON, shared by the readers of one change count (the editors of a team opening
 * a language together, or reloading after a change): made once, sent as they are. At most 16
 * pages (a 1,000-unit page is about 400 KB).
 */
const sharedPages = new SharedReads<Buffer>(16);

function pageJson(db: Db, open: OpenLanguage, page: { after?: number; limit: number }): Promise<Buffer> {
  const key = `${open.project.id}:${open.lang}:${page.after ?? ''}:${page.limit}`;
  return sharedPages.read(db, key, open.changes, async () => {
    const units: UnitPage = await editorPage(db, open.project, open.lang, page);
    return Buffer.from(JSON.stringify(units));
  });
}

/**
 * `{...head, ...tail}` as JSON in two parts, the tail being the JSON of an object already (with
 * keys other than the head's): the tail's bytes are not copied.
 */
function joinedJson(head: object, tail: Buffer): Buffer[] {
  const start = JSON.stringify(head);
  return [Buffer.from(`${start.slice(0, -1)},`), tail.subarray(1)];
}

/** The language, its progress and settings, and the first page of its units: a `LanguageView` as JSON, in parts. */
export async function languageViewJson(db: Db, open: OpenLanguage, page: { limit: number }): Promise<Buffer[]> {
  const { project, lang } = open;
  const [summary, units, settings] = await Promise.all([
    summarize(db, open.actor, project, {
      memberships: open.memberships,
      languages: sharedProgress.read(db, String(project.id), open.changes, () => languageProgress(db, project.id)),
    }),
    pageJson(db, open, page),
    languageSettings(db, project.id, lang),
  ]);
  const head: Omit<LanguageView, keyof UnitPage> = {
    project: summary,
    lang,
    dir: directionOf(lang),
    progress: summary.languages.find((l) => l.lang === lang)!,
    allowFallback: settings?.allowFallback ?? false,
    deadline: settings?.deadline ?? null,
    selfReview: settings?.selfReview ?? false,
  };
  return joinedJson(head, units);
}

/** A further page of the language's units: a `UnitPage` as JSON, in parts. */
export async function languageUnitsJson(db: Db, open: OpenLanguage, page: { after?: number; limit: number }): Promise<Buffer[]> {
  return [await pageJson(db, open, page)];
}

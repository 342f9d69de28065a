import { canonicalLanguage, type Membership, type SourceNormalization } from '@tessera/core';
import type { CreateProjectRequest, LanguageProgress, ProjectSummary } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import {
  findProject,
  insertProject,
  languageProgress,
  listProjects,
  projectNameTaken,
  type ProjectRow,
} from '../repositories/projects.ts';
import { type Actor } from './actor.ts';
import { authorizeAccount, membershipsFor } from './policy.ts';
import { sourceDocumentOf } from './sourceDocument.ts';
import { notFound, ServiceError } from './errors.ts';
import { requireStorableText } from './storableText.ts';

function languageTag(tag: string): string {
  const canonical = canonicalLanguage(tag);
  if (!canonical) throw new ServiceError(400, 'project.bad-language', `“${tag}” is not a language tag. Use tags such as en, ja, fr, es or pt-BR.`);
  return canonical;
}

/**
 * Stores a new project from its statement; says what importing the statement cleaned. Its
 * coordinator is `ownerId` when given (the command line names one), else the user who creates it.
 * (`createProject` in `newProject.ts` also fills it from the memory.)
 */
export async function storeProject(db: Db, actor: Actor, request: CreateProjectRequest, ownerId?: number): Promise<{ id: number; normalized: SourceNormalization }> {
  authorizeAccount(actor, 'create-projects');
  const sourceLang = languageTag(request.sourceLang);
  const targetLangs = [...new Set(request.targetLangs.map(languageTag))].filter((l) => l !== sourceLang);
  if (targetLangs.length === 0) {
    throw new ServiceError(400, 'project.no-targets', 'Name at least one target language other than the source language.');
  }
  const name = request.name.trim();
  requireStorableText(name, { field: 'name' });
  if (await projectNameTaken(db, name)) {
    throw new ServiceError(409, 'project.name-taken', `A project named “${name}” exists already. Choose another name.`);
  }
  const { document, normalized } = sourceDocumentOf(request, sourceLang);
  const id = await insertProject(db, {
    name,
    sourceLang,
    targetLangs,
    document,
    createdBy: ownerId ?? (actor.kind === 'user' ? actor.user.id : null),
  });
  return { id, normalized };
}

export async function projectOrThrow(db: Db, idOrName: number | string): Promise<ProjectRow> {
  const project = await findProject(db, idOrName);
  if (!project) throw notFound('project');
  return project;
}

/** The project as the project list shows it; `known`: what the caller has at hand already (the actor's memberships, the languages' progress). */
export async function summarize(
  db: Db,
  actor: Actor,
  project: ProjectRow,
  known: { memberships?: Membership[]; languages?: Promise<LanguageProgress[]> } = {},
): Promise<ProjectSummary> {
  const [languages, memberships] = await Promise.all([known.languages ?? languageProgress(db, project.id), known.memberships ?? membershipsFor(db, actor, project.id)]);
  return {
    id: project.id,
    name: project.name,
    sourceLang: project.sourceLang,
    createdAt: project.createdAt,
    sourceRevision: project.sourceRevision,
    inMemory: project.inMemory,
    languages,
    memberships,
  };
}

export async function projectsFor(db: Db, actor: Actor): Promise<ProjectSummary[]> {
  const projects = await listProjects(db, actor.kind === 'user' ? actor.user.id : null);
  return Promise.all(projects.map((p) => summarize(db, actor, p)));
}

/** Checks that `lang` is a target language of the project. */
export function requireTargetLanguage(project: ProjectRow, lang: string): void {
  if (!project.targetLangs.includes(lang)) {
    throw new ServiceError(404, 'language.not-found', `${project.name} is not being translated into ${lang}.`);
  }
}

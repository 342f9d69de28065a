import {
  assemblePublication,
  creditLines,
  diffPublishedUnits,
  isReleased,
  languageAutonym,
  publicationFormats,
  publicationGate,
  publicationTitle,
  publishedUnits,
  type BlockKind,
  type Publication,
  type PublicationAlternate,
  type PublicationCredit,
  type PublicationDocument,
  type PublishedUnits,
  type TranslationState,
  type UnitChange,
} from '@tessera/core';
import { pages, type PublicationOverview, type PublicationVersionView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { publicationMessages, publicationStrings, type PublicationMessages } from '../i18n/publicationStrings.ts';
import { blocksOf, languageSettings, unitsWithTranslations, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { creditedVolunteers } from '../repositories/credits.ts';
import { findVersion, insertNextPublication, newestReleased, releasedLanguages, releasedVersions, setEmbargo, versionsOf, type PublicationRow } from '../repositories/publications.ts';
import { actorName, type Actor } from './actor.ts';
import { allow, authorize, projectForActor } from './policy.ts';
import { ServiceError } from './errors.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';

/** What a published version keeps so that every format writes it again, identically, later. */
interface StoredDocument {
  publication: Publication;
  credits: PublicationCredit[];
  /** The publication strings of its language as they were when it was published. */
  messages: PublicationMessages;
}

/** A published version ready to write in any format. */
export interface ReleasedDocument {
  row: PublicationRow;
  document: PublicationDocument;
}

/** No such page: the same answer whether the thing does not exist or is still under embargo. */
export const publicationNotFound = () => new ServiceError(404, 'publication.not-found', 'No such publication.');

/** A language's blocks and units with their translations, and how its pages list signatories. */
async function languageUnits(db: Db, project: ProjectRow, lang: string) {
  const [blocks, units, settings] = await Promise.all([blocksOf(db, project.id), unitsWithTranslations(db, project.id, lang), languageSettings(db, project.id, lang)]);
  return { blocks, units: units.map((u) => ({ ...u, state: u.state as TranslationState })), signatoryOrder: settings?.signatoryOrder ?? 'source' };
}

function assemble(
  project: ProjectRow,
  lang: string,
  { blocks, units, signatoryOrder }: Awaited<ReturnType<typeof languageUnits>>,
  mode: 'preview' | 'publish',
  allowFallback: boolean,
): Publication {
  const unitsOf = new Map<number, (UnitWithTranslation & { state: TranslationState })[]>();
  for (const unit of units) unitsOf.set(unit.blockId, [...(unitsOf.get(unit.blockId) ?? []), unit]);
  return assemblePublication({
    sourceLang: project.sourceLang,
    lang,
    mode,
    allowFallback,
    showDrafts: mode === 'preview',
    signatoryOrder,
    blocks: blocks.map((b) => ({ kind: b.kind as BlockKind, level: b.level, list: b.list, date: b.date, units: unitsOf.get(b.id) ?? [] })),
  });
}

async function creditsOf(db: Db, projectId: number, lang: string): Promise<PublicationCredit[]> {
  return creditLines(await creditedVolunteers(db, projectId, lang), lang);
}

/**
 * The other released languages of the project (and this one), linked relatively from a page of
 * `lang`: `href(other)` says how to reach another language's page from there.
 */
async function alternatesOf(db: Db, projectId: number, lang: string, href: (lang: string) => string, now: Date): Promise<PublicationAlternate[]> {
  const langs = new Set(await releasedLanguages(db, projectId, now.toISOString()));
  langs.add(lang);
  return [...langs].sort().map((other) => ({ lang: other, label: languageAutonym(other), href: href(other) }));
}

function storedDocumentOf(row: PublicationRow): StoredDocument {
  return JSON.parse(row.document) as StoredDocument;
}

function documentOf(row: PublicationRow, alternates: PublicationAlternate[]): PublicationDocument {
  const stored = storedDocumentOf(row);
  return {
    publication: stored.publication,
    sourceRevision: row.sourceRevision,
    version: row.version,
    publishedAt: row.publishedAt,
    alternates,
    credits: stored.credits,
    strings: publicationStrings(row.lang, stored.messages),
  };
}

/** Pages and files of a version, from the format registry. */
function versionView(row: PublicationRow, now: Date): PublicationVersionView {
  return {
    version: row.version,
    lang: row.lang,
    sourceRevision: row.sourceRevision,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedByName,
    embargoUntil: row.embargoUntil,
    released: isReleased(row.embargoUntil, now),
    withFallback: row.withFallback,
    changes: JSON.parse(row.changes) as UnitChange[],
    url: pages.publicationVersion(row.projectId, row.lang, row.version),
    files: Object.fromEntries(publicationFormats.map((f) => [f.id, pages.publicationVersion(row.projectId, row.lang, row.version, f.extension)])),
  };
}

/** What the publication panel shows: the gate with its blockers, the published versions (newest first), the formats. */
export async function publicationOverview(db: Db, actor: Actor, projectId: number, lang: string, now = new Date()): Promise<PublicationOverview> {
  const { project, memberships } = await projectForActor(db, actor, projectId);
  requireTargetLanguage(project, lang);
  allow(memberships, { do: 'read', lang });
  const [{ units, signatoryOrder }, versions] = await Promise.all([languageUnits(db, project, lang), versionsOf(db, project.id, lang)]);
  return {
    lang,
    gate: publicationGate(units, project.sourceLang, lang),
    versions: versions.map((row) => versionView(row, now)),
    formats: publicationFormats.map(({ id, label, extension }) => ({ id, label, extension })),
    signatoryOrder,
    previewUrl: pages.preview(project.id, lang),
    bundleUrl: pages.bundle(project.id),
  };
}

/**
 * Publishes the language as its next numbered version: refused (409 `publication.blocked`, with
 * the blockers) unless every translatable unit is approved and passes the checks, or the
 * coordinator publishes with the source standing in for what is missing (which the page says).
 */
export async function publishLanguage(
  db: Db,
  actor: Actor,
  projectId: number,
  lang: string,
  request: { allowFallback: boolean; embargoUntil: string | null },
  now = new Date(),
): Promise<PublicationVersionView> {
  const project = await projectOrThrow(db, projectId);
  requireTargetLanguage(project, lang);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  const state = await languageUnits(db, project, lang);
  const gate = publicationGate(state.units, project.sourceLang, lang);
  if (!gate.publishable && !request.allowFallback) {
    const count = gate.blocked;
    throw new ServiceError(409, 'publication.blocked', `${count} unit${count === 1 ? '' : 's'} stand in the way of publishing ${lang}: approve them and clear the quality findings, or publish with the source text standing in.`, { gate });
  }
  const withFallback = request.allowFallback && !gate.publishable;
  const publication = assemble(project, lang, state, 'publish', withFallback);
  const stored: StoredDocument = { publication, credits: await creditsOf(db, project.id, lang), messages: publicationMessages(lang) };
  const units = publishedUnits(state.units, withFallback);
  const row = await insertNextPublication(db, { projectId: project.id, lang }, (latest) => ({
    projectId: project.id,
    lang,
    sourceRevision: project.sourceRevision,
    publishedAt: now.toISOString(),
    publishedBy: actor.kind === 'user' ? actor.user.id : null,
    publishedByName: actorName(actor),
    embargoUntil: request.embargoUntil === null ? null : new Date(request.embargoUntil).toISOString(),
    withFallback,
    document: JSON.stringify(stored),
    units: JSON.stringify(units),
    changes: JSON.stringify(diffPublishedUnits(latest ? (JSON.parse(latest.units) as PublishedUnits) : null, units)),
  }));
  if (!row) throw new ServiceError(409, 'publication.conflict', `Someone published ${lang} at the same moment. Look at the new version, and publish again if it is still needed.`);
  return versionView(row, now);
}

/** Moves, sets or lifts (null) the embargo of a published version; nothing else of it ever changes. */
export async function changeEmbargo(
  db: Db,
  actor: Actor,
  at: { projectId: number; lang: string; version: number },
  embargoUntil: string | null,
  now = new Date(),
): Promise<PublicationVersionView> {
  await authorize(db, actor, at.projectId, { do: 'coordinate' });
  const row = await findVersion(db, at.projectId, at.lang, at.version);
  if (!row) throw publicationNotFound();
  const normalized = embargoUntil === null ? null : new Date(embargoUntil).toISOString();
  await setEmbargo(db, row.id, normalized);
  return versionView({ ...row, embargoUntil: normalized }, now);
}

/** Where the public pages of a project are: relative links between them, as served or in a bundle. */
export type PageAddress = 'latest' | 'version' | 'bundle';

const alternateHref: Record<PageAddress, (lang: string) => string> = {
  latest: (lang) => encodeURIComponent(lang),
  version: (lang) => `../${encodeURIComponent(lang)}`,
  bundle: (lang) => `${lang}.html`,
};

/**
 * A released version for the public: the newest one whose embargo is over, or the one numbered
 * `version` once its embargo is over (members of the language see it during the embargo too).
 * Anything else is 404, the same 404 as for a page that does not exist.
 */
export async function releasedDocument(
  db: Db,
  actor: Actor | null,
  at: { projectId: number; lang: string; version?: number },
  now = new Date(),
): Promise<ReleasedDocument> {
  const row = at.version === undefined ? await newestReleased(db, at.projectId, at.lang, now.toISOString()) : await findVersion(db, at.projectId, at.lang, at.version);
  if (!row) throw publicationNotFound();
  if (!isReleased(row.embargoUntil, now) && !(actor && (await mayRead(db, actor, row)))) throw publicationNotFound();
  const alternates = await alternatesOf(db, row.projectId, row.lang, alternateHref[at.version === undefined ? 'latest' : 'version'], now);
  return { row, document: documentOf(row, alternates) };
}

async function mayRead(db: Db, actor: Actor, row: PublicationRow): Promise<boolean> {
  try {
    await authorize(db, actor, row.projectId, { do: 'read', lang: row.lang });
    return true;
  } catch {
    return false;
  }
}

/** The members' preview: the language as it stands, drafts included and marked as not approved yet. */
export async function previewDocument(db: Db, actor: Actor | null, projectId: number, lang: string, now = new Date()): Promise<PublicationDocument> {
  if (!actor) throw new ServiceError(401, 'auth.required', 'Sign in to see the preview.');
  const { project, memberships } = await projectForActor(db, actor, projectId);
  requireTargetLanguage(project, lang);
  allow(memberships, { do: 'read', lang });
  const [state, credits, alternates] = await Promise.all([
    languageUnits(db, project, lang),
    creditsOf(db, project.id, lang),
    alternatesOf(db, project.id, lang, alternateHref.latest, now),
  ]);
  return {
    publication: assemble(project, lang, state, 'preview', false),
    sourceRevision: project.sourceRevision,
    version: null,
    publishedAt: null,
    alternates,
    credits,
    strings: publicationStrings(lang),
  };
}

/** The newest released version of every language of the project, ready to write, linked to each other as files side by side. */
export async function releasedForBundle(db: Db, projectId: number, now = new Date()): Promise<{ project: ProjectRow; released: ReleasedDocument[] }> {
  const project = await projectOrThrow(db, projectId);
  const rows = await releasedVersions(db, project.id, now.toISOString());
  const alternates = rows.map((row) => ({ lang: row.lang, label: languageAutonym(row.lang), href: alternateHref.bundle(row.lang) }));
  return { project, released: rows.map((row) => ({ row, document: documentOf(row, alternates) })) };
}

/** The title of a version, as its pages show it. */
export function titleOf(document: PublicationDocument): string {
  return document.title ?? publicationTitle(document.publication);
}

import { createHash } from 'node:crypto';
import {
  bundleIndexHtml,
  bundleManifest,
  bundlePath,
  directionOf,
  publicationFormats,
  renderPublicationFile,
  zipBundle,
  type BundleLanguage,
} from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { messagesFunction, publicationMessages } from '../i18n/publicationStrings.ts';
import { publicationNotFound, releasedForBundle, titleOf } from './publications.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Every released language of the project (the newest version whose embargo is over) in every
 * registered format, side by side with relative links, an `index.html` to choose the language, and
 * a `manifest.json` with the versions and the SHA-256 of each file: one zip for any static host.
 */
export async function publicationBundle(db: Db, projectId: number, now = new Date()): Promise<Uint8Array> {
  const { project, released } = await releasedForBundle(db, projectId, now);
  if (released.length === 0) throw publicationNotFound();
  const languages: BundleLanguage[] = [];
  for (const { row, document } of released) {
    const files = [];
    for (const format of publicationFormats) {
      files.push({ path: bundlePath(row.lang, format.extension), format: format.id, label: format.label, bytes: await renderPublicationFile(format, document) });
    }
    languages.push({
      lang: row.lang,
      dir: document.publication.dir,
      title: titleOf(document),
      version: row.version,
      sourceRevision: row.sourceRevision,
      publishedAt: row.publishedAt,
      withFallback: row.withFallback,
      files,
    });
  }
  const t = messagesFunction(project.sourceLang, publicationMessages(project.sourceLang));
  const index = new TextEncoder().encode(
    bundleIndexHtml(languages, { lang: project.sourceLang, dir: directionOf(project.sourceLang), heading: t('bundle.heading'), formats: t('bundle.formats') }),
  );
  const files = [{ path: 'index.html', bytes: index }, ...languages.flatMap((l) => l.files)];
  const hashes = Object.fromEntries(files.map((f) => [f.path, sha256(f.bytes)]));
  const manifest = bundleManifest(languages, project.sourceLang, hashes);
  const newest = languages.reduce((latest, l) => (l.publishedAt > latest ? l.publishedAt : latest), languages[0]!.publishedAt);
  return zipBundle([...files, { path: 'manifest.json', bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) }], new Date(newest));
}

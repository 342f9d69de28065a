import { publicationFormat, publicationFormats, renderPublicationFile } from '@tessera/core';
import { isoDateTime, publicationGateView } from '@tessera/core/contract';
import { UsageError, required, writeBinaryResult, writeResult, type Output } from '../io.ts';
import { publishLanguage, releasedDocument } from '../../services/publications.ts';
import { publicationBundle } from '../../services/publicationBundle.ts';
import { ServiceError } from '../../services/errors.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command, Values } from './command.ts';

const FORMAT_IDS = publicationFormats.map((f) => f.id).join('|');

/** Writes every released language in every format, with index.html and manifest.json, as one zip. */
async function writeBundle(values: Values, io: Output): Promise<void> {
  const out = required(values, 'out');
  const zip = await withData(values, async (db) => publicationBundle(db, (await projectByNameOrId(db, required(values, 'project'))).id));
  writeBinaryResult(io, out, zip, `Wrote ${out}`);
}

/** The units that keep a language from being published, one per line. */
function reportBlockers(error: ServiceError, io: Output): void {
  const gate = publicationGateView.safeParse(error.extra.gate);
  if (!gate.success) return;
  for (const blocker of gate.data.blockers) {
    const why = blocker.reason === 'qa' ? `quality checks: ${blocker.checks.join(', ')}` : `${blocker.state}${blocker.checks.length ? `; ${blocker.checks.join(', ')}` : ''}`;
    io.err(`  unit ${blocker.unitId} (${why}): ${blocker.source.length > 70 ? `${blocker.source.slice(0, 69)}…` : blocker.source}`);
  }
  const more = gate.data.blocked - gate.data.blockers.length;
  if (more > 0) io.err(`  and ${more} more unit${more === 1 ? '' : 's'}`);
  io.err('Approve them, or publish with --allow-fallback to let the source text stand in (the page says so).');
}

const OPTIONS = {
  project: { type: 'string' },
  lang: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'allow-fallback': { type: 'boolean' },
  embargo: { type: 'string' },
  version: { type: 'string' },
  bundle: { type: 'boolean' },
  ...DATA_OPTIONS,
} as const;

export const publishCommand: Command = {
  words: ['publish'],
  usage: `tessera publish --project NAME --lang ja [--format ${FORMAT_IDS}] [--out FILE] [--allow-fallback] [--embargo 2026-05-01T09:00+02:00]
      publishes the next numbered version (refused, with the units in the way, until every unit is approved — unless --allow-fallback)
      and writes it in the format (default html; without --out, to stdout)
  tessera publish --project NAME --lang ja --version N [--format ${FORMAT_IDS}] [--out FILE]   writes a published version again
  tessera publish --project NAME --bundle --out FILE.zip   every released language in every format, index.html and manifest.json`,
  options: OPTIONS,
  async run(values, io) {
    if (values.bundle === true) return writeBundle(values, io);
    const formatId = typeof values.format === 'string' ? values.format : 'html';
    const format = publicationFormat(formatId);
    if (!format) throw new UsageError(`Unknown format “${formatId}”: use ${publicationFormats.map((f) => f.id).join(', ')}.`);
    const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined;
    const binary = !format.mediaType.startsWith('text/');
    if (binary && out === undefined) throw new UsageError(`--format ${format.id} writes a binary file: name it with --out.`);
    const lang = required(values, 'lang');
    const embargo = typeof values.embargo === 'string' ? isoDateTime.safeParse(values.embargo) : undefined;
    if (embargo && !embargo.success) throw new UsageError(`--embargo takes a date and time with its offset, e.g. 2026-05-01T09:00+02:00 (${embargo.error.issues[0]?.message ?? ''}).`);
    const version = typeof values.version === 'string' ? Number(values.version) : undefined;
    if (version !== undefined && (!Number.isSafeInteger(version) || version < 1)) throw new UsageError('--version takes a version number, e.g. 3.');
    if (version !== undefined && (embargo || values['allow-fallback'] === true)) throw new UsageError('--version writes a published version as it is: leave out --allow-fallback and --embargo.');
    let notice = '';
    let bytes: Uint8Array;
    try {
      bytes = await withData(values, async (db, actor) => {
        const project = await projectByNameOrId(db, required(values, 'project'));
        let number = version;
        if (number === undefined) {
          const published = await publishLanguage(db, actor, project.id, lang, { allowFallback: values['allow-fallback'] === true, embargoUntil: embargo?.data ?? null });
          number = published.version;
          notice = `Published ${lang} version ${number}${published.embargoUntil ? `, under embargo until ${published.embargoUntil}` : ''}`;
        }
        const { document } = await releasedDocument(db, actor, { projectId: project.id, lang, version: number });
        return renderPublicationFile(format, document);
      });
    } catch (error) {
      if (!(error instanceof ServiceError && error.code === 'publication.blocked')) throw error;
      io.err(`tessera: ${error.message}`);
      reportBlockers(error, io);
      return 1;
    }
    const wrote = notice ? `${notice}. Wrote ${out}` : `Wrote ${out}`;
    if (!binary) return writeResult(io, out, new TextDecoder().decode(bytes), wrote);
    writeBinaryResult(io, out!, bytes, wrote);
  },
};

export const bundleCommand: Command = {
  words: ['bundle'],
  usage: 'tessera bundle --project NAME --out FILE.zip   (the same as publish --bundle)',
  options: { project: { type: 'string' }, out: { type: 'string' }, ...DATA_OPTIONS },
  run: writeBundle,
};

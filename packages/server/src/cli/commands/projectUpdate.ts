import { IMPORT_FORMAT_IDS } from '@tessera/core';
import type { RevisionSummaryView } from '@tessera/core/contract';
import { required } from '../io.ts';
import { reviseSource } from '../../services/revisions.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { describeNormalization, FORMAT_OPTION, sourceFromFile } from './sourceFile.ts';
import { projectByNameOrId } from './project.ts';
import type { Command } from './command.ts';

function describe(summary: RevisionSummaryView): string[] {
  const lines = [
    `${summary.applied ? 'Revision' : 'Dry run: revision'} ${summary.revision}: ${summary.kept} units kept, ${summary.retouched} retouched (typography), ${summary.edited} reworded, ${summary.added} new, ${summary.retired} retired.`,
  ];
  const cleaned = describeNormalization(summary.normalized);
  if (cleaned) lines.push(cleaned);
  for (const lang of Object.keys(summary.translationsKept)) {
    lines.push(
      `  ${lang}: ${summary.translationsKept[lang]} translations carried over, ${summary.translationsToReview[lang]} to review, ${summary.translationsRetired[lang]} retired`,
    );
  }
  for (const change of summary.changes) {
    if (change.kind === 'edited' || change.kind === 'retouched') lines.push(`  ~ ${change.before}\n    → ${change.after}`);
    else if (change.kind === 'added') lines.push(`  + ${change.after}`);
    else lines.push(`  - ${change.before}`);
  }
  return lines;
}

export const projectUpdate: Command = {
  words: ['project', 'update'],
  usage: `tessera project update --project NAME --source FILE [--format ${IMPORT_FORMAT_IDS.join('|')}] [--dry-run]   (imports a new revision and prints the alignment summary)`,
  options: { project: { type: 'string' }, source: { type: 'string' }, 'dry-run': { type: 'boolean' }, ...FORMAT_OPTION, ...DATA_OPTIONS },
  async run(values, io) {
    const source = sourceFromFile(required(values, 'source'), values.format);
    const summary = await withData(values, async (db, actor) => {
      const project = await projectByNameOrId(db, required(values, 'project'));
      return reviseSource(db, actor, project.id, { ...source, baseRevision: project.sourceRevision, dryRun: values['dry-run'] === true });
    });
    for (const line of describe(summary)) io.out(line);
  },
};

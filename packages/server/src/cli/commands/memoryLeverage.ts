import type { LeverageBand } from '@tessera/core';
import type { LeverageReport } from '@tessera/core/contract';
import { required } from '../io.ts';
import { leverageReport } from '../../services/leverage.ts';
import { DATA_OPTIONS, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';
import type { Command } from './command.ts';

const BAND_NAMES: Record<LeverageBand, string> = {
  context: 'context match',
  exact: '100% match',
  repetition: 'repetition',
  '95': '95–99%',
  '85': '85–94%',
  '75': '75–84%',
  none: 'no match',
};

/** The report as a table: one line a band, then the total, with each band's share of the words. */
export function leverageTable(report: LeverageReport): string {
  const share = (words: number) => (report.total.words === 0 ? '0%' : `${Math.round((100 * words) / report.total.words)}%`);
  const rows = [
    ['band', 'units', 'words', 'words %'],
    ...report.lines.map((line) => [BAND_NAMES[line.band], String(line.units), String(line.words), share(line.words)]),
    ['total', String(report.total.units), String(report.total.words), share(report.total.words)],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd());
  return [`Leverage of “${report.project}” into ${report.lang}`, ...lines].join('\n');
}

/** `tessera memory leverage`: how much of a language of a project the whole memory already translates. */
export const memoryLeverageCommand: Command = {
  words: ['memory', 'leverage'],
  usage: 'tessera memory leverage --project NAME --lang fr   (units and words the memory already translates: context, 100%, repetitions, 95%, 85%, 75%, none)',
  options: { project: { type: 'string' }, lang: { type: 'string' }, ...DATA_OPTIONS },
  async run(values, io) {
    const lang = required(values, 'lang');
    const report = await withData(values, async (db, actor) => leverageReport(db, actor, (await projectByNameOrId(db, required(values, 'project'))).id, lang));
    io.out(leverageTable(report));
  },
};

import type { PretranslationView } from '@tessera/core/contract';
import { findJob } from '../../repositories/machine.ts';
import { MachineTranslation } from '../../services/machineTranslation.ts';
import { pretranslationView, Pretranslations } from '../../services/pretranslation.ts';
import { required, type Output } from '../io.ts';
import type { Command } from './command.ts';
import { DATA_OPTIONS, settingsOf, withData } from './context.ts';
import { projectByNameOrId } from './project.ts';

const progressLine = (job: PretranslationView) =>
  `${job.status}: ${job.done}/${job.total} units — ${job.fromMemory} from the memory, ${job.fromMachine} from the machine, ${job.leftEmpty} left empty${job.problem ? ` (${job.problem})` : ''}`;

/**
 * `tessera pretranslate`: fills every empty unit of a language with a draft — the memory's exact
 * match, else the machine's suggestion from the engines of TESSERA_MT_ENGINES the project allows —
 * printing its progress; it goes on with a pre-translation that was stopped half-way. `--status`
 * prints where the latest one is, `--cancel` stops it.
 */
export const pretranslateCommand: Command = {
  words: ['pretranslate'],
  usage: 'tessera pretranslate --project NAME --lang es [--status | --cancel]   fills the empty units with memory and machine drafts (never approved), printing its progress',
  options: { project: { type: 'string' }, lang: { type: 'string' }, status: { type: 'boolean' }, cancel: { type: 'boolean' }, ...DATA_OPTIONS },
  async run(values, io: Output) {
    const settings = settingsOf(values);
    const lang = required(values, 'lang');
    await withData(values, async (db, actor) => {
      const project = await projectByNameOrId(db, required(values, 'project'));
      const jobs = new Pretranslations(db, new MachineTranslation(settings.machineEngines));
      const at = { projectId: project.id, lang };
      if (values.status === true || values.cancel === true) {
        const job = values.cancel === true ? await jobs.cancel(actor, at) : await jobs.latest(actor, at);
        io.out(job ? progressLine(job) : 'never pre-translated');
        return;
      }
      const job = await jobs.start(actor, at, { resume: true });
      let shown = '';
      const show = async () => {
        const line = progressLine(pretranslationView((await findJob(db, job.id))!));
        if (line !== shown) io.out((shown = line));
      };
      const ticker = setInterval(() => void show(), 1000);
      try {
        await jobs.finished(job.id);
      } finally {
        clearInterval(ticker);
      }
      await show();
    });
  },
};

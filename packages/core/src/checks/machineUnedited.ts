import { defineCheck } from './defineCheck.ts';

/** Machine output saved as it came: a person edits it, or a reviewer approves it knowing what it is. */
export const machineUnedited = defineCheck({
  id: 'machine-unedited',
  severity: 'warning',
  description: 'The translation is a machine suggestion saved unchanged, that no person has edited and no reviewer has approved yet.',
  run: ({ machine }) => (machine ? { key: 'unedited', values: { engine: machine } } : null),
});

/** What the check of a translation is told of its machine origin: the engine, until a reviewer approves it. */
export const unapprovedMachineOutput = (translation: { machine: string | null; state: string }): string | null => (translation.state === 'approved' ? null : translation.machine);

import { describeLocation } from '../../db/connection.ts';
import { readSettings, SettingsError, settingsInForce, type Settings } from '../../settings.ts';
import { serveCommand } from './serve.ts';
import type { Command } from './command.ts';

/** Where a setting's text came from, in a word. */
function originOf(origin: string | undefined, env: string): string {
  if (origin === undefined) return 'not set';
  if (origin === env) return 'environment';
  return origin === `the default of ${env}` ? 'default' : origin;
}

export const configCheckCommand: Command = {
  words: ['config', 'check'],
  usage: 'tessera config check [the options of serve]   (prints every setting in force and where it comes from, passwords masked; exit 1 on an impossible value)',
  options: serveCommand.options,
  async run(values, io) {
    let settings: Settings;
    try {
      settings = readSettings({ options: values });
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      io.err(`tessera: the settings cannot work:\n${error.message}`);
      return 1;
    }
    // What the settings that are not set come to.
    const unset: Record<string, string> = {
      TESSERA_PUBLIC_URL: `${settings.publicUrl.href} from TESSERA_HOST and PORT`,
      DATABASE_URL: `not set: SQLite in ${describeLocation(settings.database)}`,
    };
    const shown = settingsInForce({ options: values }).map((s) => (s.text === undefined && unset[s.env] ? { ...s, origin: unset[s.env] } : s));
    const width = Math.max(...shown.map((s) => s.env.length));
    const textWidth = Math.max(...shown.map((s) => (s.text ?? '').length));
    for (const setting of shown) io.out(`${setting.env.padEnd(width)}  ${(setting.text ?? '').padEnd(textWidth)}  (${originOf(setting.origin, setting.env)})`);
    io.err('The settings are valid.');
  },
};

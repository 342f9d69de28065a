import type { Command } from './command.ts';
import { projectCreate } from './projectCreate.ts';
import { projectUpdate } from './projectUpdate.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { bundleCommand, publishCommand } from './publish.ts';
import { serveCommand } from './serve.ts';
import { xliffCheckCommand } from './xliffCheck.ts';
import { segmentCommand } from './segment.ts';
import { memoryLeverageCommand } from './memoryLeverage.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { configCheckCommand } from './config.ts';
import { pretranslateCommand } from './pretranslate.ts';
import { memberAddCommand, userAddCommand, userListCommand, userRemoveCommand, userResetLinkCommand, userSetCommand } from './users.ts';

export const COMMANDS: Command[] = [projectCreate, projectUpdate, exportCommand, importCommand, memoryLeverageCommand, xliffCheckCommand, publishCommand, bundleCommand, pretranslateCommand, serveCommand, segmentCommand, backupCommand, restoreCommand, configCheckCommand, userAddCommand, userListCommand, userSetCommand, userRemoveCommand, userResetLinkCommand, memberAddCommand];

export type { Command, Values } from './command.ts';

export const USAGE = `Usage: tessera <command> [options]   (every command takes --data DIR; default $TESSERA_DATA or ./data)

${COMMANDS.map((c) => `  ${c.usage.split('\n')[0]}`).join('\n')}

Exit codes: 0 done, 1 input refused (the message says why), 2 usage.`;

import { Command } from 'commander';
import type { CliOutput } from './cli-output';
import { registerFrameworkCommands } from './commands/framework-publish.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerProjectionCommands } from './commands/projections.command';
import { registerSeedCommands } from './commands/seed.command';

/** The `concordat` command line for operators and auditors. */
export function createCli(output: CliOutput): Command {
  const program = new Command('concordat')
    .description('Concordat: who committed to what, and proof of it')
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => output.info(text.trimEnd()),
      writeErr: (text) => output.error(text.trimEnd()),
    });
  registerMigrateCommand(program, output);
  registerFrameworkCommands(program, output);
  registerSeedCommands(program, output);
  registerProjectionCommands(program, output);
  return program;
}

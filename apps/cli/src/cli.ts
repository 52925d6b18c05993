import { Command } from 'commander';
import type { CliOutput } from './cli-output';
import { registerAuditCommands } from './commands/audit.command';
import { registerCheckProofCommand } from './commands/check-proof.command';
import { registerFrameworkCommands } from './commands/framework-publish.command';
import { registerKeyCommands } from './commands/keys-generate.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerProjectionCommands } from './commands/projections.command';
import { registerReportCommands } from './commands/report-annual.command';
import { registerSeedCommands } from './commands/seed.command';
import { registerTokenCommands } from './commands/token-issue.command';

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
  registerTokenCommands(program, output);
  registerKeyCommands(program, output);
  registerAuditCommands(program, output);
  registerCheckProofCommand(program, output);
  registerReportCommands(program, output);
  return program;
}

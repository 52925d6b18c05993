import type { Command } from 'commander';
import { DemoSeeder } from '@concordat/application';
import { orkneyDemo } from '@concordat/demo-data';
import { withApplication } from '../cli-application';
import type { CliOutput } from '../cli-output';

/** `concordat seed demo`: loads the Orkney demo story; running it again changes nothing. */
export function registerSeedCommands(program: Command, output: CliOutput): void {
  program
    .command('seed')
    .description('load example data')
    .command('demo')
    .description('load the Orkney demo story (2007-2012) through the ordinary commands')
    .action(async () => {
      const report = await withApplication((_bus, app) => app.get(DemoSeeder).seed(orkneyDemo()));
      output.info(
        `demo story: ${report.applied} commands applied, ${report.alreadyPresent} already present`,
      );
    });
}

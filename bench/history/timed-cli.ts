/**
 * The command line in a process of its own, timing only the command: the modules are loaded
 * before the clock starts, so the figure is the work, not ts-node's start-up. Prints one JSON
 * line with the seconds and the resident set before the command ran.
 */
import 'reflect-metadata';
import { createCli } from '../../apps/cli/src/cli';
import { timed } from '../measure';

async function main(): Promise<void> {
  const rssBeforeBytes = process.memoryUsage().rss;
  const output = { info: () => undefined, error: (line: string) => console.error(line) };
  const seconds = await timed(async () => {
    await createCli(output)
      .exitOverride()
      .parseAsync(['node', 'concordat', ...process.argv.slice(2)]);
  });
  console.info(`timed ${JSON.stringify({ seconds, rssBeforeBytes })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * The command line in a process of its own, timing only the command: the modules are loaded
 * before the clock starts, so the figure is the work, not ts-node's start-up. Prints one JSON
 * line with the seconds, the resident set before the command ran and the CPU the command, and
 * PostgreSQL beside it, spent.
 */
import 'reflect-metadata';
import { createCli } from '../../apps/cli/src/cli';
import { startCpuMeter } from '../cpu';
import { timed } from '../measure';

async function main(): Promise<void> {
  const rssBeforeBytes = process.memoryUsage().rss;
  const output = { info: () => undefined, error: (line: string) => console.error(line) };
  const meter = startCpuMeter(process.pid);
  const seconds = await timed(async () => {
    await createCli(output)
      .exitOverride()
      .parseAsync(['node', 'concordat', ...process.argv.slice(2)]);
  });
  const cpu = meter.stop();
  console.info(`timed ${JSON.stringify({ seconds, rssBeforeBytes, cpu })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { createCli } from '../cli';

/** Runs the command line in this process with the given environment, returning what it printed. */
export async function runCli(args: string[], env: Record<string, string>): Promise<string[]> {
  const lines: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await createCli({ info: (line) => lines.push(line), error: (line) => lines.push(line) })
      .exitOverride()
      .parseAsync(['node', 'concordat', ...args]);
  } finally {
    process.env = saved;
  }
  return lines;
}

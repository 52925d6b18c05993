import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CpuSpent } from '../cpu';
import { memoryOf } from '../measure';

export interface ChildRun {
  readonly seconds: number;
  /** The kernel's high-water mark of the child's resident set. */
  readonly peakRssBytes: number;
  /** The highest resident set sampled in the first quarter of the run. */
  readonly earlyRssBytes: number;
  readonly output: string;
}

export interface RunningChild {
  readonly pid: number;
  /** Resolves with the first match of `pattern` in what the child prints. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** Asks the child to shut down (SIGTERM) and waits for it. */
  stop(): Promise<ChildRun>;
}

const ROOT = join(__dirname, '..', '..');
const SAMPLE_MS = 100;

export interface TimedCommand extends ChildRun {
  /** The command itself, without the process's start-up. */
  readonly commandSeconds: number;
  /** The resident set once the modules were loaded, before the command ran. */
  readonly rssBeforeBytes: number;
  /** The command's CPU, and PostgreSQL's and the machine's while it ran; null without /proc. */
  readonly cpu: CpuSpent | null;
}

/** A `concordat` command from source, timed from inside its process (history/timed-cli.ts). */
export async function runCli(
  args: readonly string[],
  env: Record<string, string>,
): Promise<TimedCommand> {
  const run = await startScript('history/timed-cli.ts', env, args).finished;
  const timedLine = /^timed (.*)$/m.exec(run.output)?.[1];
  if (!timedLine) throw new Error(`concordat ${args.join(' ')} printed no timing:\n${run.output}`);
  const { seconds, rssBeforeBytes, cpu } = JSON.parse(timedLine) as {
    seconds: number;
    rssBeforeBytes: number;
    cpu: CpuSpent | null;
  };
  return { ...run, commandSeconds: seconds, rssBeforeBytes, cpu };
}

/** A TypeScript file of the bench in a process of its own, so its memory is its own. */
export function startScript(
  script: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): RunningChild & { finished: Promise<ChildRun> } {
  return startNode(
    [
      '-r',
      'tsconfig-paths/register',
      '-r',
      'ts-node/register/transpile-only',
      join(__dirname, '..', script),
      ...args,
    ],
    env,
  );
}

/** The API as `npm start` runs it: built JavaScript, with nothing of the TypeScript compiler. */
export function startBuiltApi(
  env: Record<string, string>,
): RunningChild & { finished: Promise<ChildRun> } {
  // Node's own flags for the API alone (BENCH_API_NODE_FLAGS), such as a cap on its heap.
  const flags = process.env.BENCH_API_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  return startNode(
    [...flags, join(ROOT, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js')],
    env,
  );
}

/** Builds the API from the working tree into dist/, as `npm start` does first. */
export function buildApi(): void {
  execFileSync('npx', ['nest', 'build', 'api'], { cwd: ROOT, stdio: 'inherit' });
}

/** Runs node in the repository with the bench's TypeScript settings, sampling its memory. */
function startNode(
  args: readonly string[],
  env: Record<string, string>,
): RunningChild & { finished: Promise<ChildRun> } {
  const started = process.hrtime.bigint();
  // Node refuses --cpu-prof in NODE_OPTIONS, so profiling children is asked for by a variable.
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const child = spawn(process.execPath, [...profile, ...args], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: 'bench/tsconfig.json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const samples: { at: number; rss: number }[] = [];
  let peak = 0;
  const sampler = setInterval(() => {
    const pid = child.pid ?? -1;
    const rss = memoryOf(pid, 'VmRSS');
    if (rss !== null) samples.push({ at: Date.now(), rss });
    peak = Math.max(peak, memoryOf(pid, 'VmHWM') ?? 0);
  }, SAMPLE_MS);
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let stopping = false;
  const finished = new Promise<ChildRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0 && !stopping) {
        reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`));
        return;
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const firstAt = samples[0]?.at ?? 0;
      const quarter = firstAt + ((samples.at(-1)?.at ?? firstAt) - firstAt) / 4;
      const early = samples.filter((sample) => sample.at <= quarter);
      resolve({
        seconds,
        peakRssBytes: Math.max(peak, ...samples.map((sample) => sample.rss)),
        earlyRssBytes: Math.max(0, ...early.map((sample) => sample.rss)),
        output,
      });
    });
  });
  return {
    pid: child.pid ?? -1,
    finished,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (!match) return;
          listeners.delete(check);
          resolve(match);
        };
        listeners.add(check);
        finished.then(
          () => reject(new Error(`the child ended without printing ${pattern}:\n${output}`)),
          reject,
        );
        check();
      }),
    stop: () => {
      stopping = true;
      child.kill('SIGTERM');
      return finished;
    },
  };
}

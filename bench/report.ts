import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine';

export type StoreName = 'PostgreSQL' | 'PGlite';

export interface Figure {
  /** The group of bench/run.ts that measured it. */
  readonly group?: string;
  readonly figure: string;
  readonly store: StoreName;
  readonly value: number;
  readonly unit: string;
  /** The same work done with plain `pg` (or PGlite's own query) in the same run. */
  readonly ceiling?: number;
  readonly ratio?: number;
  readonly target?: string;
  /** Whether the target holds; absent where there is none (PGlite). */
  readonly meets?: boolean;
  readonly detail?: Readonly<Record<string, number | string | boolean>>;
}

/** A figure beside its ceiling, with the ratio and whether it reaches `minimumRatio`. */
export function besideCeiling(
  figure: Omit<Figure, 'ceiling' | 'ratio' | 'meets' | 'target'>,
  ceiling: number,
  minimumRatio: number | null,
): Figure {
  const ratio = Number((figure.value / ceiling).toFixed(3));
  return {
    ...figure,
    value: Math.round(figure.value),
    ceiling: Math.round(ceiling),
    ratio,
    ...(minimumRatio === null
      ? {}
      : { target: `>= ${minimumRatio * 100}% of ceiling`, meets: ratio >= minimumRatio }),
  };
}

export function printTable(figures: readonly Figure[]): void {
  console.table(
    figures.map((figure) => ({
      figure: figure.figure,
      store: figure.store,
      value: `${figure.value} ${figure.unit}`,
      ceiling: figure.ceiling ?? '',
      ratio: figure.ratio ?? '',
      target: figure.target ?? '',
      meets: figure.meets === undefined ? '' : figure.meets ? 'yes' : 'NO',
    })),
  );
}

/**
 * Writes bench/results/latest.json. A run of some groups or stores only (BENCH_ONLY,
 * BENCH_STORES) keeps the figures the file holds for the others, each with when it was taken.
 */
export function writeResults(
  machine: Machine,
  scale: string,
  runs: number,
  figures: readonly Figure[],
  measured: ReadonlySet<string>,
): string {
  const directory = join(__dirname, 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, 'latest.json');
  const takenAt = new Date().toISOString();
  const kept = previousFigures(file).filter(
    (figure) => !measured.has(`${figure.group}/${figure.store}`),
  );
  const stamped = figures.map((figure) => ({ ...figure, takenAt }));
  const all = [...kept, ...stamped];
  writeFileSync(
    file,
    `${JSON.stringify({ takenAt, scale, runs, machine, figures: all }, null, 2)}\n`,
  );
  return file;
}

function previousFigures(file: string): Figure[] {
  if (!existsSync(file)) return [];
  const previous = JSON.parse(readFileSync(file, 'utf8')) as { figures?: Figure[] };
  return previous.figures ?? [];
}

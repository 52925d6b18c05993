import { SingleBar } from 'cli-progress';

export interface EventProgress {
  readonly update: (eventsRead: number) => void;
  readonly stop: () => void;
}

/**
 * A progress bar on standard error over a pass through the log. The total is an estimate taken
 * before reading (the log may grow meanwhile), so it grows with the count if need be.
 */
export function eventProgressBar(label: string, total: number, quiet: boolean): EventProgress {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} events`,
    noTTYOutput: true,
    stream: process.stderr,
  });
  let shown = total;
  bar.start(total, 0);
  return {
    update: (eventsRead) => {
      if (eventsRead > shown) bar.setTotal((shown = eventsRead));
      bar.update(eventsRead);
    },
    stop: () => bar.stop(),
  };
}

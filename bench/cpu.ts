import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where a figure's time went, from the kernel's own counters in /proc: the CPU seconds of the
 * process under test, of PostgreSQL and of the whole machine. A figure limited by the machine's
 * cores shows it here: its CPU per operation times the target rate is more than the cores hold.
 */
export interface CpuSpent {
  /** The process under test, all its threads. */
  readonly processSeconds: number;
  /** Every PostgreSQL process on this machine, with the backends that exited meanwhile. */
  readonly postgresSeconds: number;
  /** The share of all the machine's cores that was busy, 0 to 1. */
  readonly machineBusy: number;
}

export interface CpuMeter {
  /** What was spent since the meter started; null without /proc or once the process has gone. */
  stop(): CpuSpent | null;
}

/** The kernel counts CPU in clock ticks of 1/100 s on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** Starts counting what `pid`, PostgreSQL and the machine spend from now on. */
export function startCpuMeter(pid: number): CpuMeter {
  const before = readCounters(pid);
  return {
    stop: () => {
      const after = readCounters(pid);
      if (!before || !after) return null;
      const machine = after.machine - before.machine;
      return {
        processSeconds: (after.process - before.process) / TICKS_PER_SECOND,
        postgresSeconds: (after.postgres - before.postgres) / TICKS_PER_SECOND,
        machineBusy: machine > 0 ? (after.machineBusy - before.machineBusy) / machine : 0,
      };
    },
  };
}

function readCounters(pid: number) {
  try {
    const [user, system] = statTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    const [machineBusy, machine] = machineTicks();
    return { process: user + system, postgres: postgresTicks(), machineBusy, machine };
  } catch {
    return null;
  }
}

/**
 * A process's user and system ticks, then those of its children it has waited for: the fields
 * after the command's name, which may itself hold spaces and parentheses.
 */
function statTicks(stat: string): [number, number, number, number] {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime, stime, cutime and cstime are fields 14-17 of proc(5); the name's close is field 2.
  const [user, system, childrenUser, childrenSystem] = fields.slice(11, 15).map(Number);
  return [user ?? 0, system ?? 0, childrenUser ?? 0, childrenSystem ?? 0];
}

/**
 * Every process named postgres, its own ticks and its waited-for children's: a backend that
 * exits is reaped by the postmaster, whose children's ticks then hold what it spent.
 */
function postgresTicks(): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      ticks += statTicks(readFileSync(`/proc/${entry}/stat`, 'utf8')).reduce((a, b) => a + b, 0);
    } catch {
      // The process ended while it was being read: the postmaster's children's ticks hold it.
    }
  }
  return ticks;
}

/** All cores' busy and total ticks from /proc/stat's first line. */
function machineTicks(): [number, number] {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((a, b) => a + (b ?? 0), 0);
  return [busy, busy + (idle ?? 0) + (iowait ?? 0)];
}

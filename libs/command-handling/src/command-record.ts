import type { StoredEvent } from '@concordat/event-store';

/** What a command did to a stream, or had already done when it is retried. */
export interface CommandOutcome {
  readonly streamId: string;
  /** The stream's revision after the command; null if the stream still has no events. */
  readonly revision: bigint | null;
  /** Global positions of the events the command caused. */
  readonly positions: readonly bigint[];
  readonly alreadyHandled: boolean;
}

/** The commands a stream had handled as of one revision, by command id. */
export interface HandledCommands {
  get(commandId: string): CommandOutcome | undefined;
}

/** What a command had done as of one of its events: the revision, and positions so far. */
interface Step {
  readonly revision: bigint;
  readonly positions: readonly bigint[];
}

/**
 * Every command a stream's events name, with what it had done as of each of its events. It only
 * grows, so one record serves every load of a stream, however far each one read: a view as of a
 * revision hides what came after it. That spares copying a long stream's commands on each load.
 */
export class CommandRecord {
  /** For each command id, its one step, or its steps oldest first when it caused several events. */
  private readonly steps = new Map<string, Step | Step[]>();
  private recordedThrough: bigint | null = null;

  constructor(private readonly streamId: string) {}

  /** Takes events in stream order; one at or before the last recorded is already known. */
  record(stored: StoredEvent): void {
    if (this.recordedThrough !== null && stored.streamRevision <= this.recordedThrough) return;
    this.recordedThrough = stored.streamRevision;
    const commandId = stored.metadata.commandId;
    if (commandId === null) return;
    const earlier = this.steps.get(commandId);
    const last = Array.isArray(earlier) ? earlier.at(-1) : earlier;
    const step = {
      revision: stored.streamRevision,
      positions: [...(last?.positions ?? []), stored.globalPosition],
    };
    if (earlier === undefined) this.steps.set(commandId, step);
    else if (Array.isArray(earlier)) earlier.push(step);
    else this.steps.set(commandId, [earlier, step]);
  }

  asOf(revision: bigint | null): HandledCommands {
    return {
      get: (commandId) => {
        if (revision === null) return undefined;
        const steps = this.steps.get(commandId);
        const step = Array.isArray(steps)
          ? steps.findLast((each) => each.revision <= revision)
          : steps !== undefined && steps.revision <= revision
            ? steps
            : undefined;
        if (step === undefined) return undefined;
        const { streamId } = this;
        return {
          streamId,
          revision: step.revision,
          positions: step.positions,
          alreadyHandled: true,
        };
      },
    };
  }
}

import {
  deterministicUuid,
  type Command,
  type Decider,
  type DomainEvent,
  type Upcaster,
} from '@concordat/shared-kernel';
import {
  EventStoreError,
  EventStoreErrorCode,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
} from '@concordat/event-store';
import type { AggregateCache } from './aggregate-cache';
import { loadAggregate } from './aggregate-stream';
import type { CommandOutcome } from './command-record';

export interface ExecuteOptions<State, Context> {
  /** Given by a caller who read the stream at this revision; then a conflict is not retried. */
  readonly expectedRevision?: bigint;
  /** Looks up facts from other aggregates; called afresh on each attempt. */
  readonly context?: (state: State) => Promise<Context>;
  readonly upcasters?: readonly Upcaster[];
  readonly maxAttempts?: number;
  /** Keeps the stream's state between commands, so each reads only what was appended since. */
  readonly cache?: AggregateCache;
}

/**
 * The whole of command handling: read the stream, decide, append at the revision read. Without a
 * caller's expected revision a conflict means someone else wrote first, so it reads and decides
 * again, a bounded number of times. A command whose id the stream already holds is answered with
 * its original outcome and writes nothing.
 */
export async function executeCommand<State, C extends Command, E extends DomainEvent, Context>(
  store: EventStore,
  decider: Decider<State, C, E, Context>,
  streamId: string,
  command: C,
  options: ExecuteOptions<State, Context> = {},
): Promise<CommandOutcome> {
  const maxAttempts = options.expectedRevision === undefined ? (options.maxAttempts ?? 5) : 1;
  for (let attempt = 1; ; attempt += 1) {
    const loaded = options.cache
      ? await options.cache.load(store, decider, streamId, options.upcasters)
      : await loadAggregate(store, decider, streamId, options.upcasters);
    const earlier = loaded.handled.get(command.metadata.commandId);
    if (earlier) return earlier;
    if (options.expectedRevision !== undefined && options.expectedRevision !== loaded.revision) {
      throw EventStoreError.wrongExpectedRevision(
        streamId,
        `revision ${options.expectedRevision}`,
        loaded.revision,
      );
    }
    const context = options.context ? await options.context(loaded.state) : (undefined as Context);
    const events = decider.decide(command, loaded.state, context);
    if (events.length === 0) {
      return { streamId, revision: loaded.revision, positions: [], alreadyHandled: false };
    }
    const expected: ExpectedRevision = loaded.revision ?? 'no_stream';
    try {
      const result = await store.appendToStream(
        streamId,
        events.map((event, index) => toNewEvent(command, streamId, event, index)),
        expected,
      );
      return {
        streamId,
        revision: result.nextExpectedRevision,
        positions: result.positions,
        alreadyHandled: result.idempotentReplay,
      };
    } catch (error) {
      const conflict =
        error instanceof EventStoreError &&
        error.code === EventStoreErrorCode.WrongExpectedRevision;
      if (!conflict || attempt >= maxAttempts) throw error;
    }
  }
}

function toNewEvent(
  command: Command,
  streamId: string,
  event: DomainEvent,
  index: number,
): NewEvent {
  return {
    id: deterministicUuid(`${command.metadata.commandId}/${streamId}/${index}`),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data as NewEvent['data'],
    metadata: {
      actor: command.metadata.actor,
      correlationId: command.metadata.correlationId,
      causationId: command.metadata.causationId ?? command.metadata.commandId,
      commandId: command.metadata.commandId,
      occurredAt: command.metadata.issuedAt,
    },
  };
}

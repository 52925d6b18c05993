import type { StoredEvent } from '@concordat/event-store';
import type { DecisionReference } from '@concordat/domain';

/** An event as an auditor cites it: which one, where in the log, when, and who caused it. */
export interface RecordedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  /** The store's clock when it was recorded. */
  readonly recordedAt: string;
  /** When it happened, as the command said. */
  readonly occurredAt: string;
  readonly actor: string;
  readonly commandId: string | null;
  readonly correlationId: string;
}

export function recordedEventOf(stored: StoredEvent): RecordedEvent {
  return {
    eventId: stored.id,
    type: stored.type,
    streamId: stored.streamId,
    revision: stored.streamRevision,
    position: stored.globalPosition,
    recordedAt: stored.recordedAt,
    occurredAt: stored.metadata.occurredAt,
    actor: stored.metadata.actor,
    commandId: stored.metadata.commandId,
    correlationId: stored.metadata.correlationId,
  };
}

/**
 * The board decision an event cites as its authority, when it carries one (`data.decision`):
 * amendments of an agreed agreement, supersession and closure, decisions on commitments.
 */
export function decisionOf(stored: Pick<StoredEvent, 'data'>): DecisionReference | null {
  const decision = stored.data.decision;
  if (typeof decision !== 'object' || decision === null || Array.isArray(decision)) return null;
  const { meetingId, decisionId } = decision;
  return typeof meetingId === 'string' && typeof decisionId === 'string'
    ? { meetingId, decisionId }
    : null;
}

/** Stable codes: callers, the API and operators rely on them; never rename one. */
export enum EventStoreErrorCode {
  WrongExpectedRevision = 'WRONG_EXPECTED_REVISION',
  IdempotencyConflict = 'IDEMPOTENCY_CONFLICT',
  InvalidEvent = 'INVALID_EVENT',
  InvalidArgument = 'INVALID_ARGUMENT',
  Unavailable = 'EVENT_STORE_UNAVAILABLE',
}

export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
    readonly details: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'EventStoreError';
  }

  static wrongExpectedRevision(streamId: string, expected: string, actual: bigint | null) {
    return new EventStoreError(
      EventStoreErrorCode.WrongExpectedRevision,
      `stream ${streamId}: expected ${expected}, but it is at ${actual === null ? 'no stream' : `revision ${actual}`}`,
      { streamId, expected, actual: actual === null ? 'no_stream' : actual.toString() },
    );
  }

  static idempotencyConflict(streamId: string, eventId: string, reason: string) {
    return new EventStoreError(
      EventStoreErrorCode.IdempotencyConflict,
      `event ${eventId} is already stored with different content or place (${reason})`,
      { streamId, eventId },
    );
  }

  static invalidEvent(index: number, field: string, reason: string) {
    return new EventStoreError(
      EventStoreErrorCode.InvalidEvent,
      `event #${index}: ${field} ${reason}`,
      { index: String(index), field },
    );
  }
}

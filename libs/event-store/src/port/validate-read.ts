import { EventStoreError, EventStoreErrorCode } from './event-store.error';
import type { ReadAllOptions, ReadStreamOptions } from './event-store.port';

/** The most events one page of the global log may hold. */
export const MAX_READ_PAGE = 10_000;

/** Refuses read options no adapter could honour, the same way on every adapter. */
export function validateReadStream(options: ReadStreamOptions): void {
  if (options.fromRevision !== undefined && options.fromRevision < 0n) {
    throw invalid('fromRevision cannot be negative');
  }
  if (options.toRevision !== undefined && options.toRevision < 0n) {
    throw invalid('toRevision cannot be negative');
  }
  if (
    options.maxCount !== undefined &&
    (!Number.isInteger(options.maxCount) || options.maxCount < 1)
  ) {
    throw invalid('maxCount must be a positive integer');
  }
  if (options.recordedUpTo !== undefined && Number.isNaN(Date.parse(options.recordedUpTo))) {
    throw invalid('recordedUpTo must be an ISO-8601 instant');
  }
}

export function validateReadAll(options: ReadAllOptions): void {
  const { maxCount } = options;
  if (
    maxCount !== undefined &&
    (!Number.isInteger(maxCount) || maxCount < 1 || maxCount > MAX_READ_PAGE)
  ) {
    throw invalid(`maxCount must be an integer from 1 to ${MAX_READ_PAGE}`);
  }
}

function invalid(message: string): EventStoreError {
  return new EventStoreError(EventStoreErrorCode.InvalidArgument, message);
}

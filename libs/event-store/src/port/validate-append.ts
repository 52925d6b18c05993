import { canonicalJson, NotCanonicalisableError } from '@concordat/shared-kernel';
import { EventStoreError, EventStoreErrorCode } from './event-store.error';
import type { NewEvent } from './events';
import type { ExpectedRevision } from './expected-revision';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EVENT_TYPE = /^[A-Z][A-Za-z0-9]{0,99}$/;
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,199}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const MAX_EVENTS_PER_APPEND = 10_000;

/**
 * Refuses, before anything is written, every append the store could not keep faithfully. Adapters
 * call it first so that all of them accept and refuse exactly the same input.
 */
export function validateAppend(
  streamId: string,
  events: readonly NewEvent[],
  expectedRevision: ExpectedRevision,
): void {
  if (typeof streamId !== 'string' || !STREAM_ID.test(streamId)) {
    throw invalidArgument(
      'streamId must be 1-200 characters of letters, digits and _ . : @ -, starting with a letter or digit',
    );
  }
  if (typeof expectedRevision === 'bigint' && expectedRevision < 0n) {
    throw invalidArgument('an exact expected revision cannot be negative');
  }
  if (events.length === 0) throw invalidArgument('an append needs at least one event');
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw invalidArgument(`an append takes at most ${MAX_EVENTS_PER_APPEND} events`);
  }
  const seen = new Set<string>();
  events.forEach((event, index) => {
    validateEvent(event, index);
    if (seen.has(event.id))
      throw EventStoreError.invalidEvent(index, 'id', 'repeats in the append');
    seen.add(event.id);
  });
}

function validateEvent(event: NewEvent, index: number): void {
  const fail = (field: string, reason: string) =>
    EventStoreError.invalidEvent(index, field, reason);
  if (!UUID.test(event.id)) throw fail('id', 'must be a lower-case UUID');
  if (!EVENT_TYPE.test(event.type)) throw fail('type', 'must be a PascalCase name of at most 100');
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
    throw fail('schemaVersion', 'must be a positive integer');
  }
  if (!isPlainObject(event.data)) throw fail('data', 'must be a JSON object');
  let canonical: string;
  try {
    canonical = canonicalJson(event.data);
  } catch (error) {
    if (error instanceof NotCanonicalisableError) throw fail('data', error.message);
    throw error;
  }
  refuseUnstorableText(canonical, 'data', fail);
  validateMetadata(event, fail);
  refuseUnstorableText(canonicalJson(event.metadata), 'metadata', fail);
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000 or a lone surrogate (canonical JSON escapes both),
 * so every adapter refuses them alike rather than one failing with a database error.
 */
function refuseUnstorableText(
  canonical: string,
  field: string,
  fail: (field: string, reason: string) => EventStoreError,
): void {
  if (canonical.includes('\\u0000')) throw fail(field, 'contains the NUL character');
  if (LONE_SURROGATE_ESCAPE.test(canonical)) throw fail(field, 'contains a lone UTF-16 surrogate');
}

/** JSON.stringify writes paired surrogates as characters and escapes only lone ones. */
const LONE_SURROGATE_ESCAPE = /\\ud[89a-f][0-9a-f]{2}/i;

function validateMetadata(
  event: NewEvent,
  fail: (field: string, reason: string) => EventStoreError,
): void {
  const metadata: unknown = event.metadata;
  if (!isPlainObject(metadata)) throw fail('metadata', 'must be an object');
  const { actor, correlationId, causationId, commandId, occurredAt } = event.metadata;
  if (!isBoundedText(actor)) throw fail('metadata.actor', 'must be 1-200 characters');
  if (!isBoundedText(correlationId))
    throw fail('metadata.correlationId', 'must be 1-200 characters');
  if (causationId !== null && !isBoundedText(causationId)) {
    throw fail('metadata.causationId', 'must be null or 1-200 characters');
  }
  if (commandId !== null && !isBoundedText(commandId)) {
    throw fail('metadata.commandId', 'must be null or 1-200 characters');
  }
  if (
    typeof occurredAt !== 'string' ||
    !ISO_INSTANT.test(occurredAt) ||
    isNaN(Date.parse(occurredAt))
  ) {
    throw fail('metadata.occurredAt', 'must be an ISO-8601 instant with a time zone');
  }
  const extra = Object.keys(metadata).filter((key) => !METADATA_KEYS.has(key));
  if (extra.length > 0) throw fail('metadata', `has unknown fields: ${extra.join(', ')}`);
}

const METADATA_KEYS = new Set(['actor', 'correlationId', 'causationId', 'commandId', 'occurredAt']);

function isBoundedText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function invalidArgument(message: string): EventStoreError {
  return new EventStoreError(EventStoreErrorCode.InvalidArgument, message);
}

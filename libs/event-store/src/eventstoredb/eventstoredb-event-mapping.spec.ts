import { NO_STREAM, START, type EventData, type RecordedEvent } from '@eventstore/db-client';
import { GENESIS_HASH } from '../hashing/event-hash';
import { verifyStreamChain } from '../hashing/verify-stream-chain';
import { anEvent } from '../testing/event-builder';
import {
  recordedAtAfter,
  sealAppend,
  toConcordatStreamId,
  toEpochMicros,
  toEsdbEventData,
  toEsdbExpectedRevision,
  toReadPosition,
  toStoredEvent,
  type StreamHead,
} from './eventstoredb-event-mapping';

const NOW = new Date('2024-05-01T10:00:00.123Z');

/** What the server hands back for a written event: the JSON it stored, parsed again. */
function recordedFrom(
  written: EventData,
  revision: bigint,
  commit: bigint,
  streamId = 'ns-agreement-1',
): RecordedEvent {
  return {
    streamId,
    id: written.id,
    isJson: true,
    revision,
    type: written.type,
    created: new Date(),
    data: JSON.parse(JSON.stringify(written.data)),
    metadata: JSON.parse(JSON.stringify(written.metadata)),
    position: { commit, prepare: commit },
  };
}

describe('EventStoreDB event mapping', () => {
  describe('expected revision', () => {
    const head: StreamHead = { revision: 4n, hash: 'a'.repeat(64), recordedAt: '' };

    it.each([
      ['any on a new stream', 'any', null, NO_STREAM],
      ['any on an existing stream', 'any', head, 4n],
      ['stream_exists', 'stream_exists', head, 4n],
      ['no_stream', 'no_stream', null, NO_STREAM],
      ['an exact revision', 4n, head, 4n],
    ] as const)('sends %s as the revision the seal was made on', (_name, expected, at, sent) => {
      expect(toEsdbExpectedRevision(expected, at)).toBe(sent);
    });
  });

  describe('sealing an append', () => {
    it('chains a new stream from the genesis hash, one recordedAt for the whole append', () => {
      const sealed = sealAppend('agreement-1', anEvent().buildMany(3), null, NOW);

      expect(sealed.map((event) => event.streamRevision)).toEqual([0n, 1n, 2n]);
      expect(sealed[0]?.previousHash).toBe(GENESIS_HASH);
      expect(sealed[1]?.previousHash).toBe(sealed[0]?.hash);
      expect(sealed[2]?.previousHash).toBe(sealed[1]?.hash);
      expect(new Set(sealed.map((event) => event.recordedAt))).toEqual(
        new Set(['2024-05-01T10:00:00.123000Z']),
      );
    });

    it('continues from the head that was read', () => {
      const head: StreamHead = {
        revision: 6n,
        hash: 'b'.repeat(64),
        recordedAt: '2024-05-01T09:00:00.000000Z',
      };
      const [first] = sealAppend('agreement-1', [anEvent().build()], head, NOW);

      expect(first?.streamRevision).toBe(7n);
      expect(first?.previousHash).toBe(head.hash);
    });
  });

  describe('recordedAt', () => {
    it('is the clock with microseconds', () => {
      expect(recordedAtAfter(NOW, undefined)).toBe('2024-05-01T10:00:00.123000Z');
    });

    it('never goes back behind the previous event when the clock lags', () => {
      const previous = '2024-05-01T10:00:00.123500Z';
      expect(recordedAtAfter(NOW, previous)).toBe(previous);
      expect(recordedAtAfter(NOW, '2024-05-01T09:59:59.999999Z')).toBe(
        '2024-05-01T10:00:00.123000Z',
      );
    });
  });

  describe('to ESDB', () => {
    it('keeps the id, type and data, and the Concordat fields in the metadata', () => {
      const event = anEvent().ofType('CommitmentMade').withData({ amount: 250 }).build();
      const [sealed] = sealAppend('agreement-1', [event], null, NOW);

      const written = toEsdbEventData(sealed!);

      expect(written).toEqual({
        id: event.id,
        contentType: 'application/json',
        type: 'CommitmentMade',
        data: { amount: 250 },
        metadata: {
          concordat: {
            schemaVersion: 1,
            metadata: event.metadata,
            recordedAt: '2024-05-01T10:00:00.123000Z',
            previousHash: GENESIS_HASH,
            hash: sealed!.hash,
            canonical: sealed!.canonical,
          },
        },
      });
    });
  });

  describe('from ESDB', () => {
    it('rebuilds what was written, and the chain recomputes', () => {
      const events = anEvent().withMetadata({ commandId: 'cmd-1' }).buildMany(3);
      const sealed = sealAppend('agreement-1', events, null, NOW);

      const stored = sealed.map((event, index) =>
        toStoredEvent(
          recordedFrom(toEsdbEventData(event), BigInt(index), 1000n + BigInt(index)),
          'agreement-1',
        ),
      );

      expect(stored[1]).toEqual({
        ...events[1],
        streamId: 'agreement-1',
        streamRevision: 1n,
        globalPosition: 1001n,
        recordedAt: '2024-05-01T10:00:00.123000Z',
        previousHash: sealed[0]?.hash,
        hash: sealed[1]?.hash,
        canonical: sealed[1]?.canonical,
      });
      expect([...verifyStreamChain(stored.map((event) => event!))]).toEqual([]);
    });

    it('passes over events Concordat did not write', () => {
      const [sealed] = sealAppend('agreement-1', [anEvent().build()], null, NOW);
      const ours = recordedFrom(toEsdbEventData(sealed!), 0n, 10n);

      const system = { ...ours, type: '$metadata' };
      const foreign = { ...ours, metadata: { $correlationId: 'x' } } as RecordedEvent;
      const binary = { ...ours, isJson: false, data: new Uint8Array([1]) } as RecordedEvent;
      const malformed = {
        ...ours,
        metadata: { concordat: { ...(ours.metadata as object), hash: 7 } },
      } as RecordedEvent;

      for (const recorded of [system, foreign, binary, malformed]) {
        expect(toStoredEvent(recorded, 'agreement-1')).toBeNull();
      }
    });

    it('refuses an event without its position rather than invent one', () => {
      const [sealed] = sealAppend('agreement-1', [anEvent().build()], null, NOW);
      const recorded = { ...recordedFrom(toEsdbEventData(sealed!), 0n, 10n), position: undefined };

      expect(() => toStoredEvent(recorded as RecordedEvent, 'agreement-1')).toThrow(
        /without its position/,
      );
    });

    it('maps stream ids in and out of the store prefix', () => {
      expect(toConcordatStreamId('ns-agreement-1', 'ns-')).toBe('agreement-1');
      expect(toConcordatStreamId('other-agreement-1', 'ns-')).toBeNull();
      expect(toConcordatStreamId('agreement-1', '')).toBe('agreement-1');
    });
  });

  describe('positions', () => {
    it('reads $all from the start, or from the checkpoint itself', () => {
      expect(toReadPosition(undefined)).toBe(START);
      expect(toReadPosition(4096n)).toEqual({ commit: 4096n, prepare: 4096n });
    });
  });

  describe('instants', () => {
    it('counts microseconds, so events of one millisecond still compare', () => {
      const earlier = toEpochMicros('2024-05-01T10:00:00.123001Z');
      const later = toEpochMicros('2024-05-01T10:00:00.123002Z');
      expect(later - earlier).toBe(1n);
    });

    it('reads any precision and time zone', () => {
      const micros = 1714557600123000n;
      expect(toEpochMicros('2024-05-01T10:00:00.123Z')).toBe(micros);
      expect(toEpochMicros('2024-05-01T10:00:00.123000999Z')).toBe(micros);
      expect(toEpochMicros('2024-05-01T12:00:00.123+02:00')).toBe(micros);
      expect(toEpochMicros('2024-05-01T10:00:00Z')).toBe(micros - 123000n);
    });

    it('reads other forms Date.parse reads, to the millisecond', () => {
      expect(toEpochMicros('2024-05-01')).toBe(1714521600000000n);
    });
  });
});

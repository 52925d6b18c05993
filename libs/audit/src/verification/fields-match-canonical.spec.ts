import fc from 'fast-check';
import { sealEvent, type StoredEvent } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { sealedChain } from '@concordat/event-store/testing/sealed-chain';
import type { JsonObject } from '@concordat/shared-kernel';
import { fieldsMatchCanonical } from './fields-match-canonical';

const sealed = (
  data: JsonObject = { note: 'a fact', counts: [1, 2.5, -3], nested: { b: 1, a: null } },
) => sealedChain('meeting-4', [anEvent().withData(data).build()])[0]!;

/** Whether re-sealing the fields gives the stored text: the check this one must agree with. */
const resealedTextMatches = (event: StoredEvent) =>
  sealEvent({ event, ...event }).canonical === event.canonical;

describe('whether the stored fields say what the hashed text says', () => {
  it('holds for an event as it was sealed, whatever its data', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const event = sealed(JSON.parse(JSON.stringify(data)) as JsonObject);
        expect(fieldsMatchCanonical(event)).toBe(true);
      }),
    );
  });

  it.each<[string, (event: StoredEvent) => StoredEvent]>([
    [
      'a value in the data is changed',
      (event) => ({ ...event, data: { ...event.data, note: 'a fict' } }),
    ],
    ['a member is added to the data', (event) => ({ ...event, data: { ...event.data, extra: 1 } })],
    [
      'an item is dropped from an array',
      (event) => ({ ...event, data: { ...event.data, counts: [1, 2.5] } }),
    ],
    ['an object becomes null', (event) => ({ ...event, data: { ...event.data, nested: null } })],
    ['an object becomes an array', (event) => ({ ...event, data: { ...event.data, nested: [] } })],
    [
      'the metadata is changed',
      (event) => ({ ...event, metadata: { ...event.metadata, actor: 'user:x' } }),
    ],
    [
      'the event id is changed',
      (event) => ({ ...event, id: '00000000-0000-4000-8000-000000000000' }),
    ],
    ['the type is changed', (event) => ({ ...event, type: 'SomethingElse' })],
    ['the schema version is changed', (event) => ({ ...event, schemaVersion: 2 })],
    ['the stream is changed', (event) => ({ ...event, streamId: 'meeting-5' })],
    ['the revision is changed', (event) => ({ ...event, streamRevision: 1n })],
    [
      'the recorded instant is changed',
      (event) => ({ ...event, recordedAt: '2013-04-01T09:00:01.000000Z' }),
    ],
    ['the previous hash is changed', (event) => ({ ...event, previousHash: 'f'.repeat(64) })],
  ])('fails when %s, as re-sealing does', (_what, change) => {
    const changed = change(sealed());

    expect(fieldsMatchCanonical(changed)).toBe(false);
    expect(resealedTextMatches(changed)).toBe(false);
  });

  it.each([
    ['is not JSON', (text: string) => text.slice(1)],
    ['is not an object', (text: string) => `[${text}]`],
    ['has a member more', (text: string) => `{"admin":true,${text.slice(1)}`],
    ['lacks a member', (text: string) => text.replace(/"type":"[^"]*"/, '"kind":"x"')],
  ])('fails when the text %s', (_what, change) => {
    const event = sealed();

    expect(fieldsMatchCanonical({ ...event, canonical: change(event.canonical) })).toBe(false);
  });
});

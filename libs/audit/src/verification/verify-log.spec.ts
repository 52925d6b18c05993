import { randomBytes } from 'node:crypto';
import { sealEvent, type StoredEvent } from '@concordat/event-store';
import { generateSigningKeyPair } from '@concordat/integrity';
import type { StoredCheckpoint } from '../checkpoints/checkpoint-store';
import { asAsync, checkpointOf, interleavedLog } from '../testing/signed-log';
import { describeProblem } from './integrity-problem';
import { verifyLog } from './verify-log';

const key = generateSigningKeyPair();
const stranger = generateSigningKeyPair();

// Streams a, b and c interleaved: stream s revision r is at index 3r + (0, 1, 2), position 10
// times one more than that. Checkpoints at 12, 24 and 30 events; the last 6 are not covered yet.
const untouched = () => interleavedLog({ a: 12, b: 12, c: 12 });
const checkpointsOf = (log: readonly StoredEvent[]) =>
  [12, 24, 30].map((size) => checkpointOf(log, size, key.privateKeyPem));

async function verify(log: readonly StoredEvent[], checkpoints: readonly StoredCheckpoint[]) {
  const result = await verifyLog({
    events: asAsync(log),
    checkpoints,
    publicKeyPem: key.publicKeyPem,
  });
  return { ...result, described: result.problems.map(describeProblem) };
}

const indexOf = (log: readonly StoredEvent[], streamId: string, revision: bigint) =>
  log.findIndex((event) => event.streamId === streamId && event.streamRevision === revision);

/** The log as someone with the database would leave it after rewriting one stream's history. */
function rewrite(log: StoredEvent[], streamId: string, fromRevision: bigint): StoredEvent[] {
  let previousHash: string | undefined;
  return log.map((event) => {
    if (event.streamId !== streamId || event.streamRevision < fromRevision) return event;
    const changed = { ...event, previousHash: previousHash ?? event.previousHash };
    const data = event.streamRevision === fromRevision ? { forged: true } : event.data;
    const sealed = sealEvent({ ...changed, event: { ...changed, data } });
    previousHash = sealed.hash;
    return { ...changed, data, ...sealed };
  });
}

function swapPositions(log: StoredEvent[], first: number, second: number): StoredEvent[] {
  const swapped = [...log];
  swapped[first] = { ...log[second]!, globalPosition: log[first]!.globalPosition };
  swapped[second] = { ...log[first]!, globalPosition: log[second]!.globalPosition };
  return swapped;
}

describe('verifying the log against its chains and checkpoints', () => {
  let original: StoredEvent[];
  let signed: StoredCheckpoint[];
  beforeEach(() => {
    original = untouched();
    signed = checkpointsOf(original);
  });

  it('finds nothing wrong with an untouched log, and counts what it checked', async () => {
    const log = [...original];
    const result = await verify(log, signed);

    expect(result).toMatchObject({
      events: 36,
      streams: 3,
      checkpoints: 3,
      checkpointsVerified: 3,
      consistentPairs: 2,
      pairs: 2,
      problems: [],
    });
  });

  it('names the stream, revision and checkpoint of a changed event', async () => {
    const log = [...original];
    const victim = indexOf(log, 'b', 5n);
    log[victim] = { ...log[victim]!, data: { note: 'a fact', sequence: 50 } };

    expect((await verify(log, signed)).described).toEqual([
      'stream b revision 5: stored fields differ from the text that was hashed at position 170 ' +
        '(first covered by the checkpoint of tree size 24)',
    ]);
  });

  it('names a changed event that no checkpoint covers yet', async () => {
    const log = [...original];
    const victim = indexOf(log, 'c', 11n);
    log[victim] = { ...log[victim]!, canonical: log[victim]!.canonical.replace('fact', 'fict') };

    expect((await verify(log, signed)).described).toEqual([
      'stream c revision 11: hash does not match its canonical text at position 360 (not yet covered by a checkpoint)',
      'stream c revision 11: stored fields differ from the text that was hashed at position 360 (not yet covered by a checkpoint)',
    ]);
  });

  it('names a deleted event, and every checkpoint that signed it', async () => {
    const log = [...original];
    log.splice(indexOf(log, 'b', 5n), 1);

    expect((await verify(log, signed)).described).toEqual([
      'stream b revision 5: missing: revision 6 at position 200 follows revision 4 at position 140 ' +
        '(first covered by the checkpoint of tree size 24)',
      expect.stringMatching(
        /^checkpoint of tree size 24, positions after 120 up to 240: the log's first 24 events do not have the signed root [0-9a-f]{64}: 1 signed event is gone$/,
      ),
      expect.stringMatching(
        /^checkpoint of tree size 30, positions after 120 up to 300: .*: 1 signed event is gone$/,
      ),
    ]);
  });

  it('names two events of one stream that were swapped', async () => {
    const log = [...original];
    const swapped = swapPositions(log, indexOf(log, 'a', 3n), indexOf(log, 'a', 4n));

    const { described } = await verify(swapped, signed);

    expect(described[0]).toBe(
      'stream a revision 3: out of order at position 130, after revision 4 at position 100 ' +
        '(first covered by the checkpoint of tree size 12)',
    );
    expect(described.slice(1)).toEqual([
      expect.stringMatching(
        /^checkpoint of tree size 12, positions from the start of the log up to 120: .*: an event was changed or moved$/,
      ),
      expect.stringMatching(/^checkpoint of tree size 24, /),
      expect.stringMatching(/^checkpoint of tree size 30, /),
    ]);
  });

  it('finds two events of different streams swapped, which no chain can see, by the tree', async () => {
    const log = [...original];
    const swapped = swapPositions(log, indexOf(log, 'c', 1n), indexOf(log, 'b', 2n));

    const { described } = await verify(swapped, signed);

    expect(described).toHaveLength(3);
    expect(described[0]).toMatch(
      /^checkpoint of tree size 12, positions from the start of the log up to 120: .*: an event was changed or moved$/,
    );
  });

  it('finds a stream rewritten with every hash recomputed, between two checkpoints', async () => {
    const log = rewrite(original, 'a', 5n); // revision 5 of a is at position 160

    const result = await verify(log, signed);

    expect(result.problems.every((problem) => problem.kind === 'tree')).toBe(true);
    expect(result.described[0]).toMatch(
      /^checkpoint of tree size 24, positions after 120 up to 240: .*: an event was changed or moved$/,
    );
    expect(result).toMatchObject({ checkpointsVerified: 1, consistentPairs: 0 });
  });

  it('finds a truncated tail', async () => {
    const log = original.slice(0, 28);

    expect((await verify(log, signed)).described).toEqual([
      'checkpoint of tree size 30, positions after 240 up to 300: the log holds 28 events, fewer ' +
        'than the 30 signed; it ends at position 280: its tail was cut off',
    ]);
  });

  it('refuses checkpoints forged without the key', async () => {
    const log = [...original];
    const genuine = checkpointOf(log, 36, key.privateKeyPem);
    const byStranger = checkpointOf(log, 33, stranger.privateKeyPem);
    const scribbled = { ...genuine, signature: randomBytes(64).toString('hex') };

    const result = await verify(log, [...signed, byStranger, scribbled]);

    expect(result.described).toEqual([
      `checkpoint of tree size 33: signed by key ${stranger.keyId}, not by key ${key.keyId}`,
      'checkpoint of tree size 36: signature does not match the checkpoint',
    ]);
    expect(result).toMatchObject({ checkpointsVerified: 3, consistentPairs: 4, pairs: 4 });
  });

  it('finds a checkpoint whose root is not the log’s, though signed with the key', async () => {
    const log = [...original];
    const [first, , third] = signed;
    const otherLog = checkpointOf(untouched(), 24, key.privateKeyPem);

    const result = await verify(log, [first!, { ...otherLog, lastPosition: 240n }, third!]);

    expect(result.described).toEqual([
      expect.stringMatching(
        /^checkpoint of tree size 24, positions after 120 up to 240: .*: an event was changed or moved$/,
      ),
    ]);
    expect(result).toMatchObject({ checkpointsVerified: 2, consistentPairs: 0, pairs: 2 });
  });

  it('checks the chains alone while there is no checkpoint', async () => {
    const result = await verify(original, []);

    expect(result).toMatchObject({ events: 36, checkpoints: 0, pairs: 0, problems: [] });
  });

  it('refuses a public key that is not Ed25519 before reading the log', async () => {
    const read = jest.fn();
    const events = { [Symbol.asyncIterator]: read };

    await expect(
      verifyLog({ events, checkpoints: [], publicKeyPem: 'not a key' }),
    ).rejects.toThrow();
    expect(read).not.toHaveBeenCalled();
  });
});

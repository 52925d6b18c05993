import { generateSigningKeyPair } from '@concordat/integrity';
import { flipBit } from '@concordat/integrity/testing/flip-bit';
import { leafOfEvent } from '../log/leaf-of-event';
import { checkpointOf, interleavedLog } from '../testing/signed-log';
import { checkPublishedProof } from './check-published-proof';
import { EventNotCovered } from './proof-refusals';
import { ProofSource } from './proof-source';

const key = generateSigningKeyPair();
const stranger = generateSigningKeyPair();
const log = interleavedLog({ 'agreement-1': 9, 'commitment-1': 12, 'meeting-1': 6 });
const earlier = checkpointOf(log, 11, key.privateKeyPem);
const later = checkpointOf(log, 27, key.privateKeyPem);
const source = new ProofSource(
  [earlier, later],
  log.map(leafOfEvent),
  log.map((event) => event.globalPosition),
);

const inclusion = source.inclusionProof(log[6]!, earlier);
const consistency = source.consistencyProof(earlier, later);

describe('a published proof, checked with nothing but the public key', () => {
  it('holds for an event of the signed tree, and says what it proves', () => {
    expect(checkPublishedProof(inclusion, key.publicKeyPem)).toEqual({
      kind: 'inclusion',
      claim:
        `event ${log[6]!.id} at position 70 is leaf 6 of the tree of size 11 signed by key ` +
        `${key.keyId} at 2013-04-01T10:00:00.000Z`,
      problems: [],
    });
  });

  it('holds for every leaf, the first and the last included, against either checkpoint', () => {
    for (const checkpoint of [earlier, later]) {
      for (const event of log.slice(0, Number(checkpoint.treeSize))) {
        const proof = source.inclusionProof(event, checkpoint);
        expect(checkPublishedProof(proof, key.publicKeyPem).problems).toEqual([]);
      }
    }
  });

  it('holds between two checkpoints of one growing log, and between a checkpoint and itself', () => {
    expect(checkPublishedProof(consistency, key.publicKeyPem)).toMatchObject({
      kind: 'consistency',
      problems: [],
    });
    const itself = source.consistencyProof(later, later);
    expect(checkPublishedProof(itself, key.publicKeyPem).problems).toEqual([]);
  });

  it('fails when any hash of the inclusion proof changes', () => {
    const changed = [
      { ...inclusion, leafHash: flipBit(inclusion.leafHash, 3) },
      { ...inclusion, eventHash: flipBit(inclusion.eventHash, 3) },
      ...inclusion.auditPath.map((_, at) => ({
        ...inclusion,
        auditPath: inclusion.auditPath.map((hash, i) => (i === at ? flipBit(hash, 200) : hash)),
      })),
      {
        ...inclusion,
        checkpoint: { ...inclusion.checkpoint, rootHash: flipBit(earlier.rootHash, 9) },
      },
    ];
    for (const proof of changed) {
      expect(checkPublishedProof(proof, key.publicKeyPem).problems).not.toEqual([]);
    }
  });

  it('fails when the leaf is claimed at another index or in another tree size', () => {
    expect(
      checkPublishedProof({ ...inclusion, leafIndex: '5' }, key.publicKeyPem).problems,
    ).toEqual(["the audit path does not lead from the leaf to the checkpoint's root"]);
    expect(
      checkPublishedProof({ ...inclusion, treeSize: '27' }, key.publicKeyPem).problems,
    ).toEqual(['treeSize 27 is not the signed tree size']);
  });

  it('names each problem of a proof that fails in several ways', () => {
    const forged = {
      ...inclusion,
      eventHash: 'not a hash',
      checkpoint: { ...inclusion.checkpoint, treeSize: '12' },
    };
    expect(checkPublishedProof(forged, key.publicKeyPem).problems).toEqual([
      'the checkpoint: signature does not match the checkpoint',
      'treeSize 11 is not the signed tree size',
      'leafHash is not the leaf hash of the eventHash',
    ]);
  });

  it('fails a consistency proof when a path element, a root or a size changes', () => {
    const changed = [
      { ...consistency, consistencyPath: [flipBit(consistency.consistencyPath[0]!, 1)] },
      { ...consistency, consistencyPath: consistency.consistencyPath.slice(1) },
      { ...consistency, to: { ...consistency.to, rootHash: earlier.rootHash } },
      { ...consistency, fromTreeSize: '10' },
    ];
    for (const proof of changed) {
      expect(checkPublishedProof(proof, key.publicKeyPem).problems).not.toEqual([]);
    }
  });

  it('fails both checkpoints of a proof signed with another key', () => {
    expect(checkPublishedProof(consistency, stranger.publicKeyPem).problems).toEqual([
      `the earlier checkpoint: signed by key ${key.keyId}, not by key ${stranger.keyId}`,
      `the later checkpoint: signed by key ${key.keyId}, not by key ${stranger.keyId}`,
    ]);
  });

  it('names what is missing rather than throwing, and refuses what is no proof at all', () => {
    const { checkpoint: _checkpoint, ...withoutCheckpoint } = inclusion;
    expect(checkPublishedProof(withoutCheckpoint, key.publicKeyPem).problems).toEqual([
      'the checkpoint is missing',
      'treeSize 11 is not the signed tree size',
      "the audit path does not lead from the leaf to the checkpoint's root",
    ]);
    expect(
      checkPublishedProof({ ...inclusion, auditPath: 'abc' }, key.publicKeyPem).problems,
    ).toEqual(["the audit path does not lead from the leaf to the checkpoint's root"]);
    expect(() => checkPublishedProof([inclusion], key.publicKeyPem)).toThrow(TypeError);
    expect(() => checkPublishedProof({ data: {} }, key.publicKeyPem)).toThrow('not a proof');
  });

  it('is not given for an event the checkpoint does not cover', () => {
    expect(() => source.inclusionProof(log[11]!, earlier)).toThrow(EventNotCovered);
    expect(() => source.inclusionProof({ ...log[3]!, globalPosition: 35n }, later)).toThrow(
      EventNotCovered,
    );
  });
});

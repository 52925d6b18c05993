import { verify as verifySignature } from 'node:crypto';
import type { StoredEvent } from '@concordat/event-store';
import { anEvent } from '@concordat/event-store/testing/event-builder';
import { sealedChain } from '@concordat/event-store/testing/sealed-chain';
import { generateSigningKeyPair, MerkleTreeLevels, signCheckpoint } from '@concordat/integrity';
import { canonicalJson } from '@concordat/shared-kernel';
import { leafOfEvent } from '../log/leaf-of-event';
import {
  BUNDLE_FILES,
  type EvidenceBundle,
  type EvidenceManifest,
  type UnsignedEvidenceManifest,
} from './evidence-bundle';
import { describeEvidenceProblem } from './evidence-problem';
import { signManifest } from './manifest-signature';
import { PartnershipStreams } from './partnership-streams';
import type { EvidenceBundleFiles } from './read-evidence-bundle';
import { verifyEvidenceBundle } from './verify-evidence-bundle';
import { writeEvidenceBundle } from './write-evidence-bundle';

const key = generateSigningKeyPair();
const otherKey = generateSigningKeyPair();

/** Partnership p's streams, the framework version its agreement names, and partnership q's. */
function aLog(): StoredEvent[] {
  const about = (data: Record<string, string>) => anEvent().withData(data);
  const chains = [
    sealedChain('framework-version-fv', about({ frameworkVersionId: 'fv' }).buildMany(2)),
    sealedChain('partnership-p', about({ partnershipId: 'p' }).buildMany(3)),
    sealedChain(
      'agreement-a',
      about({ partnershipId: 'p', frameworkVersionId: 'fv' }).buildMany(3),
    ),
    sealedChain('partnership-q', about({ partnershipId: 'q' }).buildMany(2)),
  ];
  return chains.flat().map((event, index) => ({ ...event, globalPosition: BigInt(index + 1) }));
}

/** The bundle of `partnershipId`, holding the streams `holds` selects. */
function bundleOf(
  log: readonly StoredEvent[],
  partnershipId: string,
  holds: (event: StoredEvent) => boolean,
): EvidenceBundle {
  const tree = new MerkleTreeLevels(log.map(leafOfEvent), BigInt(log.length));
  const checkpoint = signCheckpoint(
    {
      treeSize: String(log.length),
      rootHash: tree.rootHash(),
      issuedAt: '2013-04-01T10:00:00.000Z',
    },
    key.privateKeyPem,
  );
  return writeEvidenceBundle({
    partnershipId,
    createdAt: '2013-04-02T10:00:00.000Z',
    toolVersion: 'concordat 0.1.0',
    checkpoint,
    privateKeyPem: key.privateKeyPem,
    tree,
    events: log.flatMap((event, index) =>
      holds(event) ? [{ event, leafIndex: BigInt(index) }] : [],
    ),
  });
}

function partnershipBundle(log: readonly StoredEvent[], partnershipId: string): EvidenceBundle {
  const streams = new PartnershipStreams(partnershipId);
  log.forEach((event) => streams.observe(event));
  return bundleOf(log, partnershipId, (event) => streams.includes(event.streamId));
}

function verify(bundle: EvidenceBundle, change: Partial<Record<string, string | undefined>> = {}) {
  const files: EvidenceBundleFiles = Object.fromEntries(
    Object.entries({ ...bundle, ...change }).flatMap(([name, text]) =>
      text === undefined ? [] : [[name, Buffer.from(text)]],
    ),
  );
  const result = verifyEvidenceBundle(files);
  return { ...result, described: result.problems.map(describeEvidenceProblem) };
}

const manifestOf = (bundle: EvidenceBundle) =>
  JSON.parse(bundle[BUNDLE_FILES.manifest]) as EvidenceManifest;

function unsignedManifestOf(bundle: EvidenceBundle): UnsignedEvidenceManifest {
  const { signature: _, ...manifest } = manifestOf(bundle);
  return manifest;
}

const asManifestFile = (manifest: EvidenceManifest) => ({
  [BUNDLE_FILES.manifest]: JSON.stringify(manifest),
});

/**
 * The files of `files` under the manifest of `described`, its event count and file hashes made to
 * fit them, and signed again with the genuine key: a manifest that vouches for other events.
 */
function underManifestOf(files: EvidenceBundle, described: EvidenceBundle): EvidenceBundle {
  const { events, sha256 } = manifestOf(files);
  const manifest = { ...unsignedManifestOf(described), events, sha256 };
  return { ...files, ...asManifestFile(signManifest(manifest, key.privateKeyPem)) };
}

describe('verifying an evidence bundle from its files alone', () => {
  it('finds nothing wrong with the bundle of a partnership, and counts what it checked', () => {
    const result = verify(partnershipBundle(aLog(), 'p'));

    expect(result).toMatchObject({
      partnershipId: 'p',
      events: 8,
      streams: 3,
      proofsVerified: 8,
      keyId: key.keyId,
      keyExpected: false,
      problems: [],
    });
    expect(result.checkpoint?.treeSize).toBe('10');
  });

  it("lists where each stream ends, and is signed over a label and the rest's canonical JSON", () => {
    const log = aLog();
    const { signature, ...signed } = manifestOf(partnershipBundle(log, 'p'));
    const last = (streamId: string, revision: number) => ({
      streamId,
      lastRevision: String(revision),
      lastHash: log.find((e) => e.streamId === streamId && e.streamRevision === BigInt(revision))!
        .hash,
    });

    expect(signed.streams).toEqual([
      last('framework-version-fv', 1),
      last('partnership-p', 2),
      last('agreement-a', 2),
    ]);
    expect(
      verifySignature(
        null,
        Buffer.from(`concordat-evidence-manifest-v1\n${canonicalJson(signed)}`),
        key.publicKeyPem,
        Buffer.from(signature, 'hex'),
      ),
    ).toBe(true);
  });

  it('names by its signature a manifest rewritten after a stream lost its end, or was taken out', () => {
    const log = aLog();
    const whole = partnershipBundle(log, 'p');
    const withoutEnd = bundleOf(
      log,
      'p',
      (e) =>
        e.streamId !== 'partnership-q' &&
        !(e.streamId === 'agreement-a' && e.streamRevision === 2n),
    );
    const withoutStream = bundleOf(
      log,
      'p',
      (e) => !['partnership-p', 'partnership-q'].includes(e.streamId),
    );

    for (const cut of [withoutEnd, withoutStream]) {
      // The manifest fits the files perfectly; only the key that signed the whole is missing.
      const forged = { ...manifestOf(cut), signature: manifestOf(whole).signature };
      expect(verify(cut).described).toEqual([]);
      expect(verify(cut, asManifestFile(forged)).described).toEqual([
        'manifest.json: signature does not match the manifest',
      ]);
    }
  });

  it('names each stream cut short, taken out or added against the heads a signed manifest lists', () => {
    const log = aLog();
    const whole = partnershipBundle(log, 'p');
    const cut = bundleOf(
      log,
      'p',
      (e) =>
        e.streamId !== 'partnership-q' &&
        e.streamId !== 'partnership-p' &&
        !(e.streamId === 'agreement-a' && e.streamRevision === 2n),
    );

    expect(verify(underManifestOf(cut, whole)).described).toEqual([
      'events.jsonl stream partnership-p: manifest.json lists it up to revision 2, but no line ' +
        'holds an event of it: the stream was removed',
      'events.jsonl line 4 (stream agreement-a revision 1): the stream ends here, but ' +
        'manifest.json lists it up to revision 2: its later events were removed',
    ]);
    expect(verify(underManifestOf(whole, cut)).described).toEqual([
      'events.jsonl line 3 (stream partnership-p revision 0): stream partnership-p is not one ' +
        'of the streams manifest.json lists',
      'events.jsonl line 8 (stream agreement-a revision 2): the stream ends here, but ' +
        'manifest.json lists it up to revision 1: events were added to its end',
    ]);
  });

  it("names a head whose hash is not the last event's, and a stream listed twice", () => {
    const bundle = partnershipBundle(aLog(), 'p');
    const manifest = unsignedManifestOf(bundle);
    const [fv, p, a] = manifest.streams;
    const zeros = '0'.repeat(64);
    const listing = signManifest(
      { ...manifest, streams: [fv!, p!, { ...a!, lastHash: zeros }, fv!] },
      key.privateKeyPem,
    );

    expect(verify(bundle, asManifestFile(listing)).described).toEqual([
      'manifest.json: lists stream framework-version-fv twice',
      `events.jsonl line 8 (stream agreement-a revision 2): the stream ends here with hash ` +
        `${a!.lastHash}, not the ${zeros} manifest.json lists: its last event was replaced`,
    ]);
  });

  it('names a manifest signed by another key', () => {
    const bundle = partnershipBundle(aLog(), 'p');
    const manifest = unsignedManifestOf(bundle);
    const described = (signed: EvidenceManifest) =>
      verify(bundle, asManifestFile(signed)).described;

    expect(described(signManifest(manifest, otherKey.privateKeyPem))).toEqual([
      'manifest.json: signature does not match the manifest',
    ]);
    expect(
      described(signManifest({ ...manifest, keyId: otherKey.keyId }, otherKey.privateKeyPem)),
    ).toEqual([
      `manifest.json: signed by key ${otherKey.keyId}, not by key ${key.keyId}`,
      `manifest.json: says keyId ${otherKey.keyId}, but the latest checkpoint in checkpoints.json has ${key.keyId}`,
    ]);
  });

  it("names the first line of another partnership's stream", () => {
    const everything = bundleOf(aLog(), 'p', () => true);

    expect(verify(everything).described).toEqual([
      "events.jsonl line 9 (stream partnership-q revision 0): stream partnership-q is not partnership p's: " +
        'none of its events names the partnership, and no event of the partnership names it as a framework version',
    ]);
  });

  it('names a line that is not JSON, a field the hash does not cover, and an occurredAt changed', () => {
    const bundle = partnershipBundle(aLog(), 'p');
    const lines = bundle[BUNDLE_FILES.events].split('\n');
    const second = JSON.parse(lines[1]!) as Record<string, unknown>;
    const third = JSON.parse(lines[2]!) as Record<string, unknown>;
    lines[0] = lines[0]!.slice(0, -1);
    lines[1] = JSON.stringify({ ...second, approvedBy: 'the board' });
    lines[2] = JSON.stringify({ ...third, occurredAt: '1999-01-01T00:00:00.000Z' });

    const { described } = verify(bundle, { [BUNDLE_FILES.events]: lines.join('\n') });

    expect(described).toEqual([
      expect.stringMatching(/^events\.jsonl: its SHA-256 is [0-9a-f]{64}, not the [0-9a-f]{64} /),
      expect.stringMatching(/^events\.jsonl line 1: is not JSON: /),
      'events.jsonl line 2: is not as the format says: Unrecognized key: "approvedBy"',
      "events.jsonl line 3 (stream partnership-p revision 0): occurredAt is not the metadata's occurredAt, which the hash covers",
      expect.stringMatching(/^proofs\.json proof 1 .*: no line of events\.jsonl has this leaf$/),
      expect.stringMatching(/^proofs\.json proof 2 .*: no line of events\.jsonl has this leaf$/),
    ]);
  });

  it('names a missing file, a format it does not know and a key that is not a key', () => {
    const bundle = partnershipBundle(aLog(), 'p');
    const manifest = JSON.parse(bundle[BUNDLE_FILES.manifest]) as Record<string, unknown>;

    const { described } = verify(bundle, {
      [BUNDLE_FILES.manifest]: JSON.stringify({
        ...manifest,
        format: 'concordat-evidence-bundle/9',
      }),
      [BUNDLE_FILES.proofs]: undefined,
      [BUNDLE_FILES.publicKey]: 'not a key',
    });

    expect(described[0]).toBe(
      'manifest.json: is not as the format says: format: Invalid input: expected "concordat-evidence-bundle/1"',
    );
    expect(described).toContain('proofs.json: is not in the bundle');
    expect(described).toContainEqual(
      expect.stringMatching(/^public-key\.pem: is not an Ed25519 public key: /),
    );
    expect(described).toContain(
      'events.jsonl line 1 (stream framework-version-fv revision 0): proofs.json has no inclusion proof of this event',
    );
  });
});

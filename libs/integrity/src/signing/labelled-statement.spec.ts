import { verify } from 'node:crypto';
import { canonicalJson } from '@concordat/shared-kernel';
import { signCheckpoint, verifyCheckpoint } from '../checkpoints/signed-checkpoint';
import { generateSigningKeyPair, loadPublicKey } from '../checkpoints/signing-keys';
import { flipBit } from '../testing/flip-bit';
import { labelledBytes, signLabelled, verifyLabelled } from './labelled-statement';

const key = generateSigningKeyPair();
const otherKey = generateSigningKeyPair();
const LABEL = 'concordat-evidence-manifest-v1';
const statement = { partnershipId: 'orkney-cpp', events: 186, streams: [{ streamId: 'a' }] };
const signed = signLabelled(LABEL, statement, key.privateKeyPem);

const reasonFor = (
  claim = signed,
  {
    label = LABEL,
    about = statement,
    publicKeyPem = key.publicKeyPem,
  }: { label?: string; about?: object; publicKeyPem?: string } = {},
) => {
  const verdict = verifyLabelled(label, about, claim, publicKeyPem, 'the statement');
  return verdict.valid ? 'valid' : verdict.reason;
};

describe('labelled statements', () => {
  it('are signed as the label, a newline and the canonical JSON of the statement', () => {
    const bytes = `${LABEL}\n${canonicalJson(statement)}`;

    expect(labelledBytes(LABEL, statement).toString('utf8')).toBe(bytes);
    expect(signed.keyId).toBe(key.keyId);
    expect(
      verify(
        null,
        Buffer.from(bytes),
        loadPublicKey(key.publicKeyPem),
        Buffer.from(signed.signature, 'hex'),
      ),
    ).toBe(true);
    expect(reasonFor()).toBe('valid');
  });

  it('fail under another label, with the statement changed, or with a bit of the signature flipped', () => {
    expect(reasonFor(signed, { label: 'concordat-evidence-manifest-v2' })).toBe(
      'signature does not match the statement',
    );
    expect(reasonFor(signed, { about: { ...statement, events: 185 } })).toBe(
      'signature does not match the statement',
    );
    expect(reasonFor({ ...signed, signature: flipBit(signed.signature, 7) })).toBe(
      'signature does not match the statement',
    );
    expect(reasonFor({ ...signed, signature: 'not hex' })).toBe('signature is not 64 bytes of hex');
  });

  it('fail when signed by another key, whatever key id they claim', () => {
    const byOther = signLabelled(LABEL, statement, otherKey.privateKeyPem);

    expect(reasonFor(byOther)).toBe(`signed by key ${otherKey.keyId}, not by key ${key.keyId}`);
    expect(reasonFor({ ...byOther, keyId: key.keyId })).toBe(
      'signature does not match the statement',
    );
  });

  it('never pass for a checkpoint signed by the same key, nor a checkpoint for them', () => {
    const checkpoint = signCheckpoint(
      {
        treeSize: '187',
        rootHash: 'eb494f'.padEnd(64, '0'),
        issuedAt: '2013-04-01T09:30:00.000Z',
      },
      key.privateKeyPem,
    );
    // The very fields the checkpoint signed, as a labelled statement: only the label differs.
    const { signature, ...fields } = checkpoint;
    const asStatement = signLabelled(LABEL, fields, key.privateKeyPem);

    expect(reasonFor({ keyId: key.keyId, signature }, { about: fields })).toBe(
      'signature does not match the statement',
    );
    expect(
      verifyCheckpoint({ ...checkpoint, signature: asStatement.signature }, key.publicKeyPem),
    ).toEqual({
      valid: false,
      reason: 'signature does not match the checkpoint',
    });
  });

  it('refuse a label that could run into the statement or pass for a checkpoint', () => {
    for (const label of ['', '{', 'manifest\n', 'Manifest', '-manifest', 'a manifest']) {
      expect(() => labelledBytes(label, statement)).toThrow(TypeError);
    }
  });
});

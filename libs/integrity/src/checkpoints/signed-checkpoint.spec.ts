import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { flipBit } from '../testing/flip-bit';
import type { SignedCheckpoint } from './checkpoint';
import { signCheckpoint, verifyCheckpoint } from './signed-checkpoint';
import { generateSigningKeyPair } from './signing-keys';

const key = generateSigningKeyPair();
const otherKey = generateSigningKeyPair();
const content = {
  treeSize: '1024',
  rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  issuedAt: '2012-03-31T23:59:59.000Z',
};
const signed = signCheckpoint(content, key.privateKeyPem);

const reasonFor = (checkpoint: SignedCheckpoint, publicKeyPem = key.publicKeyPem) => {
  const verdict = verifyCheckpoint(checkpoint, publicKeyPem);
  return verdict.valid ? 'valid' : verdict.reason;
};

describe('signed checkpoints', () => {
  it('carry the content, the signing key id and a 64-byte signature', () => {
    expect(signed).toEqual({ ...content, keyId: key.keyId, signature: expect.any(String) });
    expect(signed.signature).toMatch(/^[0-9a-f]{128}$/);
  });

  it('verify against the key that signed them', () => {
    expect(verifyCheckpoint(signed, key.publicKeyPem)).toEqual({ valid: true });
  });

  it('verify whatever the content, an empty tree included', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 64n }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.date({ noInvalidDate: true }),
        (size, root, issued) => {
          const checkpoint = signCheckpoint(
            {
              treeSize: size.toString(),
              rootHash: Buffer.from(root).toString('hex'),
              issuedAt: issued.toISOString(),
            },
            key.privateKeyPem,
          );
          expect(reasonFor(checkpoint)).toBe('valid');
        },
      ),
    );
  });

  it('fail when any field is changed after signing', () => {
    const changes: [keyof SignedCheckpoint, string][] = [
      ['treeSize', '1023'],
      ['treeSize', '10240'],
      ['rootHash', flipBit(content.rootHash, 0)],
      ['issuedAt', '2012-04-01T00:00:00.000Z'],
      ['issuedAt', '2012-03-31T23:59:59.001Z'],
    ];
    for (const [field, value] of changes) {
      expect(reasonFor({ ...signed, [field]: value })).toBe(
        'signature does not match the checkpoint',
      );
    }
    expect(reasonFor({ ...signed, keyId: otherKey.keyId })).toBe(
      `signed by key ${otherKey.keyId}, not by key ${key.keyId}`,
    );
  });

  it('fail when any bit of the root hash or the signature is flipped', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat({ max: 511 }), (inRoot, bit) => {
        const tampered = inRoot
          ? { ...signed, rootHash: flipBit(signed.rootHash, bit) }
          : { ...signed, signature: flipBit(signed.signature, bit) };
        expect(reasonFor(tampered)).toBe('signature does not match the checkpoint');
      }),
    );
  });

  it('fail when signed by another key, whatever key id they claim', () => {
    const byOther = signCheckpoint(content, otherKey.privateKeyPem);
    expect(reasonFor(byOther)).toBe(`signed by key ${otherKey.keyId}, not by key ${key.keyId}`);
    expect(reasonFor({ ...byOther, keyId: key.keyId })).toBe(
      'signature does not match the checkpoint',
    );
    expect(reasonFor(signed, otherKey.publicKeyPem)).toBe(
      `signed by key ${key.keyId}, not by key ${otherKey.keyId}`,
    );
  });

  it('fail with a forged signature', () => {
    const forged = { ...signed, treeSize: '2048', signature: randomBytes(64).toString('hex') };
    expect(reasonFor(forged)).toBe('signature does not match the checkpoint');
    const transplanted = signCheckpoint({ ...content, treeSize: '2048' }, key.privateKeyPem);
    expect(reasonFor({ ...signed, signature: transplanted.signature })).toBe(
      'signature does not match the checkpoint',
    );
  });

  it('fail, without throwing, when the signature or a field cannot be read', () => {
    expect(reasonFor({ ...signed, signature: '' })).toBe('signature is not 64 bytes of hex');
    expect(reasonFor({ ...signed, signature: signed.signature.toUpperCase() })).toBe(
      'signature is not 64 bytes of hex',
    );
    expect(reasonFor({ ...signed, treeSize: '-5' })).toBe('treeSize is not a decimal integer');
  });

  it('cannot be made from malformed content', () => {
    expect(() => signCheckpoint({ ...content, issuedAt: 'yesterday' }, key.privateKeyPem)).toThrow(
      'cannot sign a checkpoint: issuedAt is not an ISO 8601 instant',
    );
  });

  it('are verified only with an Ed25519 public key', () => {
    expect(() => verifyCheckpoint(signed, 'not a key')).toThrow();
  });
});

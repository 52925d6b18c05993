import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { generateSigningKeyPair, keyIdOf, loadPrivateKey, loadPublicKey } from './signing-keys';

describe('checkpoint signing keys', () => {
  it('are Ed25519 key pairs in PEM', () => {
    const pair = generateSigningKeyPair();
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(loadPublicKey(pair.publicKeyPem).asymmetricKeyType).toBe('ed25519');
    expect(loadPrivateKey(pair.privateKeyPem).asymmetricKeyType).toBe('ed25519');
  });

  it('are named by the first 16 hex characters of SHA-256 over the DER public key', () => {
    const pair = generateSigningKeyPair();
    const der = createPublicKey(pair.publicKeyPem).export({ type: 'spki', format: 'der' });
    const expected = createHash('sha256').update(der).digest('hex').slice(0, 16);
    expect(pair.keyId).toBe(expected);
    expect(keyIdOf(pair.publicKeyPem)).toBe(expected);
  });

  it('name a private key by the public key that goes with it', () => {
    const pair = generateSigningKeyPair();
    expect(keyIdOf(pair.privateKeyPem)).toBe(pair.keyId);
  });

  it('differ from one generation to the next', () => {
    expect(generateSigningKeyPair().keyId).not.toBe(generateSigningKeyPair().keyId);
  });

  it('refuse a key of another type rather than sign with another algorithm', () => {
    const ec = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    expect(() => loadPrivateKey(ec.privateKey)).toThrow('checkpoint keys are Ed25519, not ec');
    expect(() => loadPublicKey(ec.publicKey)).toThrow('checkpoint keys are Ed25519, not ec');
  });
});

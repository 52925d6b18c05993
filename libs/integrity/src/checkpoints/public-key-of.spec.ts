import { publicKeyPemOf } from './public-key-of';
import { generateSigningKeyPair, keyIdOf } from './signing-keys';

describe('the public key of a signing key', () => {
  it('is the public half of a private key, and a public key itself', () => {
    const pair = generateSigningKeyPair();

    expect(publicKeyPemOf(pair.privateKeyPem)).toBe(pair.publicKeyPem);
    expect(publicKeyPemOf(pair.publicKeyPem)).toBe(pair.publicKeyPem);
    expect(keyIdOf(publicKeyPemOf(pair.privateKeyPem))).toBe(pair.keyId);
  });
});

import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { FieldCipher, keysFromConfig } from '../../../src/crypto/field-cipher.js';

describe('FieldCipher (AES-256-GCM for single fields)', () => {
  const key = randomBytes(32);
  const cipher = new FieldCipher({ v1: key }, 'v1');

  it('when a value is encrypted, then it carries the key version and decrypts back with the same context', () => {
    const encrypted = cipher.encrypt('12345678-5', 'cards.id_number:card_1');
    expect(encrypted).to.match(/^v1:[A-Za-z0-9_-]+$/);
    expect(encrypted).not.to.include('12345678');
    expect(cipher.decrypt(encrypted, 'cards.id_number:card_1')).to.equal('12345678-5');
  });

  it('when the same value is encrypted twice, then the ciphertexts differ (random IV)', () => {
    expect(cipher.encrypt('same', 'c')).not.to.equal(cipher.encrypt('same', 'c'));
  });

  it('when the context, a byte, or the key differs, then decryption fails', () => {
    const encrypted = cipher.encrypt('12345678-5', 'cards.id_number:card_1');
    expect(() => cipher.decrypt(encrypted, 'cards.id_number:card_2')).to.throw(/authentication/);
    const packed = Buffer.from(encrypted.slice(3), 'base64url');
    packed[packed.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`v1:${packed.toString('base64url')}`, 'cards.id_number:card_1')).to.throw(/authentication/);
    expect(() => new FieldCipher({ v1: randomBytes(32) }, 'v1').decrypt(encrypted, 'cards.id_number:card_1')).to.throw(/authentication/);
    expect(() => cipher.decrypt('v9:abc', 'x')).to.throw(/key version/);
    expect(() => cipher.decrypt('v1:abc', 'x')).to.throw(/too short/);
  });

  it('when a new key version is current, then values under the old key still decrypt', () => {
    const old = cipher.encrypt('AB12345', 'ctx');
    const rotated = new FieldCipher({ v1: key, v2: randomBytes(32) }, 'v2');
    expect(rotated.encrypt('x', 'ctx')).to.match(/^v2:/);
    expect(rotated.decrypt(old, 'ctx')).to.equal('AB12345');
  });

  it('when a key is not 32 bytes or the current version has no key, then the cipher refuses to start', () => {
    expect(() => new FieldCipher({ v1: randomBytes(16) }, 'v1')).to.throw(/32 bytes/);
    expect(() => new FieldCipher({ v1: key }, 'v2')).to.throw(/current version/);
    expect(keysFromConfig(key.toString('base64')).v1!.equals(key)).to.equal(true);
  });
});

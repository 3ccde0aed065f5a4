import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12; // the GCM standard nonce size; random per value, never reused with a key
const TAG_BYTES = 16;

export class FieldCipherError extends Error {
  override name = 'FieldCipherError';
}

/**
 * Encrypts single database fields (personal data such as id numbers) with AES-256-GCM.
 *
 * A value reads `v1:<base64url(iv | tag | ciphertext)>`. The version names the key, so a new key
 * can be introduced later while old values still decrypt. `context` is bound as associated data
 * (for example `cards.id_number:card_…`): a ciphertext copied into another row or column fails
 * authentication instead of decrypting as someone else's data.
 */
export class FieldCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    keys: Record<string, Buffer>,
    private readonly currentVersion: string,
  ) {
    for (const [version, key] of Object.entries(keys)) {
      if (key.length !== 32) throw new FieldCipherError(`key ${version} must be 32 bytes`);
      if (!/^v\d+$/.test(version)) throw new FieldCipherError(`key version ${version} must look like v1`);
    }
    if (!keys[currentVersion]) throw new FieldCipherError(`no key for the current version ${currentVersion}`);
    this.keys = new Map(Object.entries(keys));
  }

  encrypt(plaintext: string, context: string): string {
    const key = this.keys.get(this.currentVersion)!;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${this.currentVersion}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
  }

  decrypt(value: string, context: string): string {
    const separator = value.indexOf(':');
    const key = separator > 0 ? this.keys.get(value.slice(0, separator)) : undefined;
    if (!key) throw new FieldCipherError('unknown key version');
    const packed = Buffer.from(value.slice(separator + 1), 'base64url');
    if (packed.length < IV_BYTES + TAG_BYTES) throw new FieldCipherError('value is too short');
    const decipher = createDecipheriv(ALGORITHM, key, packed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // Deliberately vague: the value was tampered with, moved, or encrypted under another key.
      throw new FieldCipherError('value failed authentication');
    }
  }
}

/** The cipher for `DATA_ENCRYPTION_KEY` (32 bytes, base64), which is key version v1. */
export const keysFromConfig = (dataEncryptionKey: string): Record<string, Buffer> => ({ v1: Buffer.from(dataEncryptionKey, 'base64') });

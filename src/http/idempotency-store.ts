import type { Knex } from 'knex';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';

export interface SavedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IdempotencyEntry {
  scope: string;
  key: string;
  requestHash: string;
  status: 'in_progress' | 'completed';
  lockedBy: string | null;
  lockedUntil: string | null;
  createdAt: string;
  /** Sealed response; open it with `openResponse`. */
  sealed?: { status: number; headers: string; body: string };
}

export interface NewEntry {
  scope: string;
  key: string;
  requestHash: string;
  lockedBy: string;
  lockedUntil: string;
  createdAt: string;
}

/** The `idempotency_keys` table. Ownership of a key changes only through conditional writes (an
 * insert against the primary key, or an UPDATE that re-checks the state it read), so two requests
 * can never both believe they hold one key. */
export class IdempotencyStore {
  constructor(
    private readonly db: Knex,
    private readonly cipher: FieldCipher,
  ) {}

  /** False when the key already exists (including a concurrent insert that won). */
  async insert(entry: NewEntry): Promise<boolean> {
    try {
      await this.db('idempotency_keys').insert({ ...row(entry), status: 'in_progress' });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async find(scope: string, key: string): Promise<IdempotencyEntry | undefined> {
    const found = await this.db('idempotency_keys').where({ scope, key }).first();
    if (!found) return undefined;
    return {
      scope: found.scope,
      key: found.key,
      requestHash: found.request_hash,
      status: found.status,
      lockedBy: found.locked_by,
      lockedUntil: found.locked_until,
      createdAt: found.created_at,
      ...(found.status === 'completed'
        ? { sealed: { status: Number(found.response_status), headers: found.response_headers, body: found.response_body } }
        : {}),
    };
  }

  /** Takes over an in-progress key whose holder stopped heartbeating (it crashed). */
  async takeOverExpiredLock(entry: NewEntry, now: string): Promise<boolean> {
    const updated = await this.db('idempotency_keys')
      .where({ scope: entry.scope, key: entry.key, status: 'in_progress', request_hash: entry.requestHash })
      .andWhere('locked_until', '<', now)
      .update({ locked_by: entry.lockedBy, locked_until: entry.lockedUntil });
    return updated === 1;
  }

  /** Starts a key afresh over the entry read at `previousCreatedAt` (older than the replay window,
   * or unreadable): false when another request changed it first. */
  async restart(entry: NewEntry, previousCreatedAt: string): Promise<boolean> {
    const updated = await this.db('idempotency_keys')
      .where({ scope: entry.scope, key: entry.key, created_at: previousCreatedAt })
      .update({ ...row(entry), status: 'in_progress', response_status: null, response_headers: null, response_body: null });
    return updated === 1;
  }

  async extendLock(scope: string, key: string, lockedBy: string, lockedUntil: string): Promise<void> {
    await this.db('idempotency_keys').where({ scope, key, locked_by: lockedBy, status: 'in_progress' }).update({ locked_until: lockedUntil });
  }

  /** Saves the response for replay; a holder that lost the key to a takeover writes nothing. */
  async complete(scope: string, key: string, lockedBy: string, response: SavedResponse): Promise<void> {
    await this.db('idempotency_keys')
      .where({ scope, key, locked_by: lockedBy, status: 'in_progress' })
      .update({
        status: 'completed',
        response_status: response.status,
        response_headers: JSON.stringify(response.headers),
        response_body: this.cipher.encrypt(response.body, cipherContext(scope, key)),
        locked_by: null,
        locked_until: null,
      });
  }

  /** Forgets a key whose response is not kept, so that the same key can be tried again. */
  async release(scope: string, key: string, lockedBy: string): Promise<void> {
    await this.db('idempotency_keys').where({ scope, key, locked_by: lockedBy, status: 'in_progress' }).delete();
  }

  /** Throws FieldCipherError when the body cannot be opened (a retired encryption key). */
  openResponse(entry: IdempotencyEntry): SavedResponse {
    if (!entry.sealed) throw new Error('the entry has no saved response');
    return {
      status: entry.sealed.status,
      headers: JSON.parse(entry.sealed.headers) as Record<string, string>,
      body: this.cipher.decrypt(entry.sealed.body, cipherContext(entry.scope, entry.key)),
    };
  }

  /** Drops keys past the replay window; returns how many. */
  async deleteCreatedBefore(createdBefore: string): Promise<number> {
    return this.db('idempotency_keys').where('created_at', '<', createdBefore).delete();
  }
}

const row = (entry: NewEntry) => ({
  scope: entry.scope,
  key: entry.key,
  request_hash: entry.requestHash,
  locked_by: entry.lockedBy,
  locked_until: entry.lockedUntil,
  created_at: entry.createdAt,
});

// Bound as associated data: a sealed body copied to another caller's row does not open.
const cipherContext = (scope: string, key: string) => `idempotency_keys.response_body:${scope}:${key}`;

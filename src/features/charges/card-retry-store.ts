import type { Knex } from 'knex';
import { addSeconds } from '../../clock.js';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { LONGEST_WINDOW_SECONDS } from './rules/network-retry-rules.js';

export type Initiator = 'merchant' | 'customer';

export interface CountedTries {
  declined: string[];
  inFlight: string[];
}

/** A card as the counters know it: the physical card (the gateway's fingerprint) and its network. */
export interface RetryCard {
  fingerprint: string;
  network: string;
}

/** The card stopped being eligible between the read that chose it and the transaction that
 * records its try (another charge took the last try a window allowed, or its issuer said no
 * meanwhile). The step rolls back; the caller chooses again from a fresh read. */
export class CardNoLongerEligible extends Error {
  constructor() {
    super('The card stopped being eligible under the card-network rules before its try was recorded.');
  }
}

/**
 * The counted off-session tries of each physical card (`card_declined_tries`, by the gateway's
 * fingerprint, whatever account saved it). A try is counted from the moment it is recorded, under
 * the card's lock row (`card_retry_states`), so charges running at once, in one process or
 * several, never together exceed a limit; a decline stays counted, a try that paid or moved no
 * money stops counting, in the transaction that records its result.
 */
export class CardRetryStore {
  constructor(
    private readonly db: Knex,
    private readonly gateway: string,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** The creation times of each card's counted tries by this initiator within the longest window,
   * declined and in flight apart (committed state, read outside any transaction, or inside `trx`
   * under the lock). */
  async countedTries(fingerprints: readonly string[], initiator: Initiator, now: Date, trx?: Knex.Transaction): Promise<Map<string, CountedTries>> {
    const unique = [...new Set(fingerprints)];
    const counted = new Map<string, CountedTries>(unique.map((fingerprint) => [fingerprint, { declined: [], inFlight: [] }]));
    if (unique.length === 0) return counted;
    const since = addSeconds(now, -LONGEST_WINDOW_SECONDS).toISOString();
    const query = (trx ?? this.db)('card_declined_tries')
      .where({ gateway: this.gateway, initiator })
      .whereIn('fingerprint', unique)
      .andWhere('created_at', '>', since)
      .select('fingerprint', 'status', 'created_at');
    const rows = trx ? await runOnKnex.all<Record<string, unknown>>(query) : await this.reads.all<Record<string, unknown>>(query);
    for (const row of rows) {
      const tries = counted.get(String(row.fingerprint))!;
      (row.status === 'declined' ? tries.declined : tries.inFlight).push(String(row.created_at));
    }
    return counted;
  }

  /** Takes the card's lock row (made first when missing) for this transaction, in one statement:
   * the upsert's DO UPDATE locks the row on PostgreSQL until commit, like an UPDATE would; on
   * SQLite a transaction holds the one writer anyway. One card per transaction, so two of them
   * cannot deadlock on these rows. */
  async lockIn(trx: Knex.Transaction, fingerprint: string, at: string): Promise<void> {
    await trx('card_retry_states').insert({ gateway: this.gateway, fingerprint, updated_at: at }).onConflict(['gateway', 'fingerprint']).merge(['updated_at']);
  }

  async countIn(trx: Knex.Transaction, attempt: { id: string; created_at: string }, card: RetryCard, initiator: Initiator): Promise<void> {
    await trx('card_declined_tries').insert({
      attempt_id: attempt.id,
      gateway: this.gateway,
      fingerprint: card.fingerprint,
      network: card.network,
      initiator,
      status: 'in_flight',
      created_at: attempt.created_at,
    });
  }

  /** A try that is over and declined when it is first counted: a declined card verification (the
   * cards feature's, through its DeclinedVerifications port). Under the card's lock like any other
   * try, so charges counting at once read it; recorded once per try id. */
  async countDeclinedIn(trx: Knex.Transaction, declined: { id: string; at: string }, card: RetryCard, initiator: Initiator): Promise<void> {
    await this.lockIn(trx, card.fingerprint, declined.at);
    await trx('card_declined_tries')
      .insert({ attempt_id: declined.id, gateway: this.gateway, fingerprint: card.fingerprint, network: card.network, initiator, status: 'declined', created_at: declined.at })
      .onConflict('attempt_id')
      .ignore();
  }

  /** A counted try's result: a decline stays counted; anything else stops counting. Answers the
   * try's network, or undefined for a try that was not counted (recorded before these rules). */
  async resultIn(trx: Knex.Transaction, attemptId: string, declined: boolean): Promise<{ network: string } | undefined> {
    if (!declined) {
      await trx('card_declined_tries').where({ attempt_id: attemptId }).delete();
      return undefined;
    }
    const counted = await trx('card_declined_tries').where({ attempt_id: attemptId }).first('network');
    if (!counted) return undefined;
    await trx('card_declined_tries').where({ attempt_id: attemptId }).update({ status: 'declined' });
    return { network: String(counted.network) };
  }
}

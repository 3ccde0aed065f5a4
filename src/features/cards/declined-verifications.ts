import type { Knex } from 'knex';

/** A verification the issuer declined, as the card-network counters need it. */
export interface DeclinedVerification {
  /** The verification's hold id: one count per hold, whichever path records the decline. */
  id: string;
  at: string;
  /** The physical card (the gateway's fingerprint) and its network (the card's brand). */
  fingerprint: string;
  network: string;
}

/**
 * What the cards feature asks of the card-network rules (which live with charges): count a declined
 * verification toward the card's declined tries, in the transaction that records the decline.
 * Wired at composition; the cards feature never reads or writes the counters itself.
 */
export interface DeclinedVerifications {
  countIn(trx: Knex.Transaction, declined: DeclinedVerification): Promise<void>;
}

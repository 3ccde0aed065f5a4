import type { Knex } from 'knex';
import { afterCommit } from '../../db/after-commit.js';
import { addSeconds, type Clock } from '../../clock.js';
import type { Decline } from '../../gateway/payment-gateway.js';
import type { AccountUpdates } from '../accounts/account-ports.js';
import type { CardHistoryStore, HistoryRow } from './card-history-store.js';
import type { DeclinedVerifications } from './declined-verifications.js';
import { RETRY_CLEARED, type CardRow, type CardStore } from './card-store.js';
import type { HoldRow, HoldStatus, HoldStore } from './hold-store.js';
import { lockAccount } from '../accounts/lock-account.js';
import { describeDecline } from './rules/decline-messages.js';
import { compactOrder } from './rules/plan-card-order.js';

type Trx = Knex.Transaction;

/** What the recording decided. `applied: false` means another path (confirm vs webhook, or the
 * recovery job) recorded this hold's outcome first, and nothing was changed. */
export type Recorded = { applied: boolean };

/** A card of the account can pay again: `card_added`, or `expiry_updated` (new dates verified, or
 * brought by the card updater). */
export type CardUsableListener = (accountId: string, why: 'card_added' | 'expiry_updated') => void;

/** How a verification ended, for operator metrics: the decline code is the one the customer saw. */
export type VerificationOutcomeListener = (result: 'verified' | 'declined' | 'authentication_failed' | 'abandoned', declineCode: string | null) => void;

/** Who else hears of a recorded verification. Each is told only what its transaction committed:
 * the counters write in it, the two listeners run after its commit. */
export interface VerificationListeners {
  onOutcome?: VerificationOutcomeListener;
  /** The card-network counters (API.md: verification declines count toward them). */
  declinedVerifications?: DeclinedVerifications;
  /** Told once a card can pay again (added, or new dates verified), after the commit: the
   * account's past-due charges are collected then (the charges feature's, bound at start-up). */
  cardUsable?: CardUsableListener;
}

/**
 * Writes the outcome of a verification hold: the hold, the history entry and the card change in
 * one transaction, so they never disagree. Each write starts with a compare-and-set on the hold's
 * status, which is what makes a confirm racing a webhook (or a late request racing the recovery
 * job) record the outcome once.
 */
export class VerificationRecorder {
  constructor(
    private readonly deps: {
      accounts: AccountUpdates;
      cards: CardStore;
      history: CardHistoryStore;
      holds: HoldStore;
      clock: Clock;
      holdReleaseDelaySeconds: number;
      listeners?: VerificationListeners;
    },
  ) {}

  /** The hold is authorized. For an addition the card becomes (or is inserted as) active, the
   * default if the account has none, and the first one activates the account; for an expiry
   * update the new dates land on the card. A card deleted meanwhile stays deleted: only its hold
   * is recorded, to be released right away. */
  async verified(trx: Trx, input: { hold: HoldRow; intentId: string; history: HistoryRow; newCard?: CardRow }): Promise<Recorded> {
    const { hold, history } = input;
    const now = this.deps.clock.now();
    const stamp = now.toISOString();
    // Serializes the first cards of one account, so two at once cannot both find no default and
    // both become it; and a deletion, so the card read below is the one that stays.
    const account = await lockAccount(trx, history.account_id);
    if (!(await this.moveHold(trx, hold, 'held', { intent_id: input.intentId, next_action_url: null }))) return { applied: false };
    let releaseAfter = addSeconds(now, this.deps.holdReleaseDelaySeconds);
    const cardId = input.newCard?.id ?? history.card_id!;
    const deleted = !input.newCard && Boolean((await this.deps.cards.findById(cardId, trx))?.deleted_at);
    if (deleted) {
      // The customer deleted the card while the bank's answer was pending (3-D Secure): it must
      // not come back as active or default, nor activate the account.
      releaseAfter = now;
    } else if (history.action === 'add') {
      // A payer's first saved card is its default: the default and the charge order are per payer.
      const payerId = input.newCard ? input.newCard.payer_id : ((await this.deps.cards.findById(cardId, trx))?.payer_id ?? null);
      const isDefault = !(await this.deps.cards.hasDefault(history.account_id, payerId, trx));
      if (input.newCard) {
        await this.insertCard(trx, { ...input.newCard, status: 'active', is_default: isDefault });
      } else {
        await this.deps.cards.update(cardId, { status: 'active', is_default: isDefault, updated_at: stamp }, trx);
      }
      // A card that became the default goes first in charge order.
      if (isDefault) await this.deps.cards.arrange(history.account_id, payerId, compactOrder, stamp, trx);
      // Activation is when holds are first released: the activating card's hold goes right away.
      if (account?.status !== 'active') {
        await this.deps.accounts.update(history.account_id, { status: 'active', activated_at: stamp, updated_at: stamp }, trx);
        releaseAfter = now;
      }
    } else {
      // Verified new dates: active again, whatever the issuer said of the card before (do_not_retry too).
      await this.deps.cards.update(cardId, { exp_month: history.exp_month!, exp_year: history.exp_year!, status: 'active', ...RETRY_CLEARED, updated_at: stamp }, trx);
    }
    // A $0 verification holds nothing, and the one-unit hold that stands in where $0 is refused is
    // released at once: a $1 authorization left in place is a status check the networks no longer allow.
    if (hold.method === 'zero_amount' || hold.method === 'one_unit_hold') releaseAfter = now;
    await this.deps.holds.transition(hold.id, 'held', { release_after: releaseAfter.toISOString(), updated_at: stamp }, trx);
    await this.deps.history.update(history.id, { result: 'succeeded', card_id: cardId, updated_at: stamp }, trx);
    this.report(trx, 'verified', null);
    if (!deleted) this.cardUsable(trx, history.account_id, history.action === 'add' ? 'card_added' : 'expiry_updated');
    return { applied: true };
  }

  /** The bank wants 3-D Secure: the card is kept as `requires_action` (additions only) until the
   * customer completes the challenge. */
  async awaitingAuthentication(trx: Trx, input: { hold: HoldRow; intentId: string; redirectUrl: string; history: HistoryRow; newCard?: CardRow }): Promise<Recorded> {
    const stamp = this.deps.clock.now().toISOString();
    await lockAccount(trx, input.history.account_id);
    const moved = await this.moveHold(trx, input.hold, 'requires_action', { intent_id: input.intentId, next_action_url: input.redirectUrl });
    if (!moved) return { applied: false };
    if (input.newCard) {
      await this.insertCard(trx, { ...input.newCard, status: 'requires_action', is_default: false });
      await this.deps.history.update(input.history.id, { card_id: input.newCard.id, updated_at: stamp }, trx);
    }
    return { applied: true };
  }

  /** Declined, or 3-D Secure failed. A card being added is not kept (a `requires_action` one is
   * soft-deleted); an expiry update leaves the old dates. */
  async declined(trx: Trx, input: { hold: HoldRow; intentId?: string; history: HistoryRow; decline: Decline }): Promise<Recorded> {
    const { hold, history } = input;
    const stamp = this.deps.clock.now().toISOString();
    await lockAccount(trx, history.account_id);
    if (!(await this.moveHold(trx, hold, 'declined', { ...(input.intentId ? { intent_id: input.intentId } : {}), next_action_url: null }))) {
      return { applied: false };
    }
    await this.recordDecline(trx, history, input.decline);
    await this.countDeclinedTry(trx, hold, history, input.decline, stamp);
    if (history.action === 'add' && history.card_id) await this.dropUnverifiedCard(trx, history, stamp);
    return { applied: true };
  }

  /** A declined verification is a customer-initiated try the issuer declined, so it counts toward
   * the card's network counters (by fingerprint), here in the transaction that records it. Not
   * counted: a failed or abandoned 3-D Secure, where the customer, not the issuer, stopped it (no
   * authorization was sent); and a card without a fingerprint, which no counter can name. A decline
   * at attach (`recordDecline` outside this method) is such a card: the gateway refused before
   * describing it. */
  private async countDeclinedTry(trx: Trx, hold: HoldRow, history: HistoryRow, decline: Decline, at: string): Promise<void> {
    const counter = this.deps.listeners?.declinedVerifications;
    if (!counter || !history.fingerprint || isAuthenticationFailure(decline)) return;
    await counter.countIn(trx, { id: hold.id, at, fingerprint: history.fingerprint, network: history.brand ?? 'unknown' });
  }

  /** The customer never answered the 3-D Secure page (or started over with the same card): the
   * verification ends unfinished, the card is not kept. Not a card failure: nothing was refused. */
  async abandoned(trx: Trx, input: { hold: HoldRow; history: HistoryRow; message: string }): Promise<Recorded> {
    const { hold, history } = input;
    const stamp = this.deps.clock.now().toISOString();
    await lockAccount(trx, history.account_id);
    if (!(await this.moveHold(trx, hold, 'abandoned', { next_action_url: null }))) return { applied: false };
    await this.deps.history.update(
      history.id,
      { result: 'failed', failure_code: 'authentication_failed', failure_message: input.message, support_reason: 'The customer did not complete 3-D Secure; the payment was canceled and the card not kept.', updated_at: stamp },
      trx,
    );
    if (history.action === 'add' && history.card_id) await this.dropUnverifiedCard(trx, history, stamp);
    this.report(trx, 'abandoned', null);
    return { applied: true };
  }

  /** A decline that never reached a hold (refused when attaching the card). */
  async recordDecline(db: Knex | Trx, history: HistoryRow, decline: Decline): Promise<void> {
    const described = describeDecline(decline);
    const authentication = isAuthenticationFailure(decline);
    await this.deps.history.update(
      history.id,
      {
        result: 'failed',
        failure_code: authentication ? 'authentication_failed' : 'card_declined',
        decline_code: described.customerDeclineCode,
        failure_message: described.customerMessage,
        gateway_code: decline.code,
        gateway_decline_code: decline.declineCode ?? null,
        gateway_message: decline.message,
        gateway_request_id: decline.requestId ?? null,
        support_reason: described.supportReason,
        counts_as_failure: true,
        updated_at: this.deps.clock.now().toISOString(),
      },
      db,
    );
    this.report(db, authentication ? 'authentication_failed' : 'declined', described.customerDeclineCode);
  }

  /** Tells the listener, once `trx` commits, that a card of the account can pay again. */
  cardUsable(trx: Trx, accountId: string, why: Parameters<CardUsableListener>[1]): void {
    const listener = this.deps.listeners?.cardUsable;
    if (listener) afterCommit(trx, () => listener(accountId, why));
  }

  /** Counted once the write is committed: a rolled-back transaction recorded nothing. */
  private report(db: Knex | Trx, ...outcome: Parameters<VerificationOutcomeListener>): void {
    const listener = this.deps.listeners?.onOutcome;
    if (!listener) return;
    afterCommit(db, () => listener(...outcome));
  }

  /** A card kept only while its verification waited for 3-D Secure: never the default, so taking
   * it out only closes the gap it leaves in the order. Under the account lock. */
  private async dropUnverifiedCard(trx: Trx, history: HistoryRow, stamp: string): Promise<void> {
    const dropped = await trx('cards').where({ id: history.card_id!, is_default: false }).whereNull('deleted_at').update({ deleted_at: stamp, updated_at: stamp });
    if (dropped === 1) await this.deps.cards.arrange(history.account_id, (await this.deps.cards.findById(history.card_id!, trx))?.payer_id ?? null, compactOrder, stamp, trx);
  }

  /** A new card goes last in its payer's charge order. The unique (account, fingerprint) index
   * refuses a card that a concurrent request saved meanwhile (for any payer of the account). */
  private async insertCard(trx: Trx, card: CardRow): Promise<void> {
    await this.deps.cards.insert({ ...card, position: await this.deps.cards.nextPosition(card.account_id, card.payer_id, trx) }, trx);
  }

  private async moveHold(trx: Trx, hold: HoldRow, to: HoldStatus, changes: Partial<HoldRow>): Promise<boolean> {
    return this.deps.holds.transition(hold.id, hold.status, { ...changes, status: to, lease_until: null, updated_at: this.deps.clock.now().toISOString() }, trx);
  }
}

/** 3-D Secure failed or was left: the customer's doing, not the issuer's answer to a payment. */
const isAuthenticationFailure = (decline: Decline) => decline.code === 'payment_intent_authentication_failure' || decline.code === 'authentication_failed';

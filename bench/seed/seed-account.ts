import type { FieldCipher } from '../../src/crypto/field-cipher.js';
import { idNumberContext } from '../../src/features/cards/rules/id-number-context.js';
import { maskIdNumber } from '../../src/features/cards/rules/mask-id-number.js';
import { rutCheckDigit } from '../../src/features/cards/rules/parse-rut.js';
import { BRANDS, chargeRow, DAY, DOMAINS, FIRST, history, hold, INDUSTRIES, LAST, pad, withPayer, type Country, type Generator, type SliceRows } from './seed-rows.js';

export interface SeededAccount {
  id: string;
  email: string;
  mobile: string;
  country: string;
  /** Each card as its holder quotes it to support: the last 4 digits and the expiry. */
  quotedCards: Array<{ last4: string; expMonth: number; expYear: number }>;
  cardIds: string[];
}

/** One customer as the service would have left it: onboarded, its cards verified, three months of
 * charges, top-ups and a ledger, maybe a support look. Every draw comes from `random` in a fixed
 * order, so the same seed gives the same rows. */
export function seedAccount(
  rows: SliceRows,
  input: {
    index: number;
    random: Generator;
    cipher: FieldCipher;
    created: Date;
    now: Date;
    country: Country;
    cardsPerAccount: number;
    emailTag: string;
    newTopupNumber: () => string;
  },
): SeededAccount {
  const { index, random, country } = input;
  // Every timestamp of the account moves forward from its creation, a few minutes at a time.
  let clock = input.created.getTime();
  const later = (maxMs: number) => {
    clock += 1000 + random.int(maxMs);
    return new Date(Math.min(clock, input.now.getTime() - 1000)).toISOString();
  };
  const createdAt = input.created.toISOString();
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const localPart = `${first}.${last}${index}${input.emailTag}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const email = `${localPart}@${random.pick(DOMAINS)}`;
  const mobile = country.mobile(index);
  const accountId = random.id('acct');
  // The account holder is its one payer (derived, so the random draws stay as they were).
  const payerId = `py_${accountId.slice('acct_'.length)}`;

  // Onboarding: the email code, then the mobile code, each consumed (and its message sent and wiped).
  const emailCodeAt = later(5_000);
  const emailVerifiedAt = later(60_000);
  const mobileCodeAt = later(60_000);
  const mobileVerifiedAt = later(60_000);
  const detailsAt = later(120_000);
  for (const [purpose, channel, target, sentAt, usedAt] of [
    ['email', 'email', email, emailCodeAt, emailVerifiedAt],
    ['mobile', 'sms', mobile, mobileCodeAt, mobileVerifiedAt],
  ] as const) {
    rows.add('verification_codes', {
      id: random.id('vc'),
      account_id: accountId,
      purpose,
      channel,
      target,
      code_hash: random.hex(64),
      attempts: 1,
      expires_at: new Date(Date.parse(sentAt) + 600_000).toISOString(),
      consumed_at: usedAt,
      voided_at: null,
      created_at: sentAt,
    });
    rows.add('messages', {
      id: random.id('msg'),
      channel,
      recipient: target,
      template: purpose === 'email' ? 'email_code' : 'mobile_code',
      text: '(removed once the code expired)',
      code: null,
      status: 'sent',
      attempts: 1,
      next_attempt_at: sentAt,
      lease_until: null,
      last_error: null,
      sent_at: sentAt,
      created_at: sentAt,
      expires_at: new Date(Date.parse(sentAt) + 600_000).toISOString(),
    });
  }

  const customerId = random.id('cus');
  const cards: Array<{ id: string; brand: string; last4: string; pm: string; expMonth: number; expYear: number }> = [];
  const holdsAt: string[] = [];
  // One in four customers had a card declined at verification first: kept only in the history log
  // (support still finds the account by that card's last4).
  if (random.int(4) === 0) {
    const at = later(300_000);
    const historyId = random.id('hist');
    rows.add('card_history', history(historyId, accountId, null, { brand: 'visa', last4: pad(random.int(10_000), 4), expMonth: 1 + random.int(12), expYear: 2027 + random.int(4), fingerprint: random.hex(16), pm: random.id('pm') }, at, {
      result: 'failed',
      failure_code: 'card_declined',
      decline_code: 'generic_decline',
      failure_message: 'The card was declined. Try another card, or contact your bank.',
      gateway_code: 'card_declined',
      gateway_decline_code: 'insufficient_funds',
      gateway_message: 'Your card has insufficient funds.',
      gateway_request_id: random.id('req'),
      support_reason: 'The bank declined the verification hold: insufficient funds.',
      counts_as_failure: true,
    }));
    rows.add('holds', hold(random, accountId, historyId, customerId, 'declined', country, at, null));
  }

  const createdCustomerAt = later(10_000);
  rows.add('gateway_customers', { account_id: accountId, gateway: 'simulator', customer_id: customerId, created_at: createdCustomerAt });
  rows.add('simulator_customers', { id: customerId, account_id: accountId, email, created_at: createdCustomerAt });
  const holderName = `${first} ${last}`;
  for (let position = 0; position < input.cardsPerAccount; position += 1) {
    const at = later(600_000);
    const kind = random.pick(BRANDS);
    const last4 = pad(random.int(10_000), 4);
    // Mostly years ahead; about one card in twenty has passed its month (it reads as expired).
    const expYear = random.int(20) === 0 ? input.now.getUTCFullYear() - 1 : input.now.getUTCFullYear() + 1 + random.int(5);
    const expMonth = 1 + random.int(12);
    const fingerprint = random.hex(16);
    const pm = random.id('pm');
    const cardId = random.id('card');
    const rut = country.country === 'CL' ? `${10_000_000 + random.int(15_000_000)}` : null;
    const idNumber = rut ? `${rut}-${rutCheckDigit(rut)}` : null;
    rows.add('simulator_payment_methods', {
      id: pm,
      test_card_id: kind.testCard,
      customer_id: customerId,
      brand: kind.brand,
      last4,
      exp_month: expMonth,
      exp_year: expYear,
      fingerprint,
      funding: kind.testCard.endsWith('debit') ? 'debit' : 'credit',
      country: country.country === 'ES' ? 'ES' : 'US',
      set_up_for_off_session: true,
      detached_at: null,
      created_at: at,
    });
    rows.add('cards', {
      id: cardId,
      account_id: accountId,
      payer_id: payerId,
      gateway_payment_method_id: pm,
      fingerprint,
      brand: kind.brand,
      last4,
      exp_month: expMonth,
      exp_year: expYear,
      holder_name: holderName,
      id_type: idNumber ? 'RUT' : null,
      id_number_encrypted: idNumber ? input.cipher.encrypt(idNumber, idNumberContext(cardId)) : null,
      id_number_masked: idNumber ? maskIdNumber(idNumber) : null,
      status: 'active',
      is_default: position === 0,
      position,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    });
    const historyId = random.id('hist');
    const card = { brand: kind.brand, last4, expMonth, expYear, fingerprint, pm };
    rows.add('card_history', history(historyId, accountId, cardId, card, at, { result: 'succeeded', gateway_request_id: random.id('req') }));
    const releasedAt = later(5_000);
    rows.add('holds', hold(random, accountId, historyId, customerId, 'released', country, at, releasedAt, pm));
    holdsAt.push(releasedAt);
    cards.push({ id: cardId, brand: kind.brand, last4, pm, expMonth, expYear });
  }
  const activatedAt = cards.length > 0 ? holdsAt[0]! : detailsAt;
  const details = JSON.stringify({ type: 'individual', name: holderName, address: { line1: `${100 + random.int(9000)} Main Street`, city: 'Springfield', country: country.country }, industry: random.pick(INDUSTRIES) });
  rows.add('accounts', {
    id: accountId,
    email,
    email_normalized: email.toLowerCase(),
    country: country.country,
    currency: country.currency,
    type: 'individual',
    details,
    mobile,
    email_verified_at: emailVerifiedAt,
    mobile_verified_at: mobileVerifiedAt,
    details_completed_at: detailsAt,
    status: cards.length > 0 ? 'active' : 'registered',
    activated_at: cards.length > 0 ? activatedAt : null,
    created_at: createdAt,
    updated_at: activatedAt,
  });

  rows.add('payers', {
    id: payerId,
    account_id: accountId,
    kind: 'individual',
    legal_name: holderName,
    tax_id: null,
    tax_id_type: null,
    address: JSON.stringify(JSON.parse(details).address),
    receipt_email: email,
    is_default: true,
    created_at: detailsAt,
    updated_at: detailsAt,
    deleted_at: null,
  });

  // Monthly charges from the cards: most paid by the default card, some only by a later card after
  // a decline, a few failed on every card.
  const ledger: Array<{ type: string; amount: number; at: string; topupId?: string; chargeId?: string; transfer?: string }> = [];
  if (cards.length > 0) {
    for (let month = 0; month < 3; month += 1) {
      const at = later(20 * DAY);
      const chargeId = random.id('ch');
      const roll = random.int(10);
      const tried = roll === 0 ? cards : roll <= 2 ? cards.slice(0, Math.min(2, cards.length)) : cards.slice(0, 1);
      const paid = roll !== 0;
      tried.forEach((card, number) => {
        const succeeded = paid && number === tried.length - 1;
        rows.add('charge_attempts', {
          id: random.id('chatt'),
          charge_id: chargeId,
          number: number + 1,
          card_id: card.id,
          brand: card.brand,
          last4: card.last4,
          gateway: 'simulator',
          gateway_customer_id: customerId,
          gateway_payment_method_id: card.pm,
          intent_id: random.id('pi'),
          status: succeeded ? 'succeeded' : 'declined',
          error_code: null,
          decline_code: succeeded ? null : 'insufficient_funds',
          gateway_code: succeeded ? null : 'card_declined',
          message: succeeded ? null : 'Your card has insufficient funds.',
          gateway_request_id: random.id('req'),
          created_at: at,
          updated_at: at,
          completed_at: at,
        });
      });
      rows.add('charges', withPayer(payerId, chargeRow(chargeId, accountId, country, at, month, {
        status: paid ? 'succeeded' : 'failed',
        failure_code: paid ? null : 'all_cards_declined',
        card_id: paid ? tried[tried.length - 1]!.id : null,
        source: 'cards',
        balance_amount: 0,
        card_amount: country.chargeAmount,
      })));
    }

    // Top-ups paid with the default card into the balance, and a charge or two taken from it.
    const topups = 1 + random.int(2);
    for (let k = 0; k < topups; k += 1) {
      const at = later(10 * DAY);
      const topupId = random.id('tu');
      const card = cards[0]!;
      const cancelled = random.int(8) === 0;
      rows.add('topups', {
        id: topupId,
        number: input.newTopupNumber(),
        account_id: accountId,
        payer_id: payerId,
        idempotency_key: random.id('idem'),
        request_hash: random.hex(64),
        amount: country.topup * (1 + k),
        currency: country.currency,
        status: cancelled ? 'cancelled' : 'paid',
        card_id: card.id,
        save_card: false,
        gateway: 'simulator',
        gateway_customer_id: customerId,
        gateway_payment_method_id: card.pm,
        brand: card.brand,
        last4: card.last4,
        history_id: null,
        return_url: null,
        intent_id: random.id('pi'),
        next_action_url: null,
        failure_code: cancelled ? 'cancelled_by_customer' : null,
        decline_code: null,
        gateway_code: null,
        gateway_decline_code: null,
        failure_message: cancelled ? 'You cancelled this top-up; nothing was charged.' : null,
        gateway_request_id: random.id('req'),
        locked_by: null,
        locked_until: null,
        settle_after: null,
        settle_passes: 0,
        created_at: at,
        updated_at: at,
        paid_at: cancelled ? null : at,
        cancelled_at: cancelled ? at : null,
      });
      if (!cancelled) ledger.push({ type: 'topup', amount: country.topup * (1 + k), at, topupId });
    }
    if (random.int(10) === 0) ledger.push({ type: 'transfer', amount: country.topup, at: later(DAY), transfer: `BANK-${pad(index, 8)}` });
    const credited = ledger.reduce((sum, entry) => sum + entry.amount, 0);
    if (credited >= country.chargeAmount) {
      const at = later(5 * DAY);
      const chargeId = random.id('ch');
      rows.add('charges', withPayer(payerId, chargeRow(chargeId, accountId, country, at, 3, { status: 'succeeded', failure_code: null, card_id: null, source: 'balance', balance_amount: country.chargeAmount, card_amount: 0 })));
      ledger.push({ type: 'charge', amount: -country.chargeAmount, at, chargeId });
    }
  }

  // About one customer in two has been looked at by support (one of twenty agents) since.
  if (random.int(2) === 0) {
    rows.add('support_audit_events', {
      id: random.id('audit'),
      actor: `agent-${pad(1 + random.int(20), 2)}`,
      action: 'view_account',
      endpoint: 'GET /v1/support/accounts/{id}',
      query: JSON.stringify({ account_id: accountId }),
      account_ids: JSON.stringify([accountId]),
      disclosed: country.country === 'CL' ? '["id_number"]' : '[]',
      result_count: 1,
      request_id: random.id('req'),
      created_at: later(DAY),
    });
  }

  let available = 0;
  ledger.forEach((entry, seq) => {
    available += entry.amount;
    rows.add('balance_entries', {
      id: random.id('btxn'),
      account_id: accountId,
      seq: seq + 1,
      type: entry.type,
      amount: entry.amount,
      balance_after: available,
      currency: country.currency,
      topup_id: entry.topupId ?? null,
      charge_id: entry.chargeId ?? null,
      transfer_reference: entry.transfer ?? null,
      created_by: entry.transfer ? 'support-seed' : null,
      created_at: entry.at,
    });
  });
  if (ledger.length > 0) {
    rows.add('balances', {
      account_id: accountId,
      currency: country.currency,
      available,
      last_seq: ledger.length,
      alert_threshold: random.int(5) === 0 ? country.chargeAmount : null,
      created_at: ledger[0]!.at,
      updated_at: ledger[ledger.length - 1]!.at,
    });
  }
  return { id: accountId, email, mobile, country: country.country, quotedCards: cards.map(({ last4, expMonth, expYear }) => ({ last4, expMonth, expYear })), cardIds: cards.map((card) => card.id) };
}

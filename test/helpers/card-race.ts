import { expect } from 'chai';
import { answerThreeDSecure, postCard } from './card-flow.js';
import { onboard, type Customer } from './customer-flow.js';
import type { TestApp } from './test-app.js';

// Cards with distinct fingerprints, three of which ask for 3-D Secure.
const PAYMENT_METHODS = [
  'pm_card_visa',
  'pm_card_visa_debit',
  'pm_card_mastercard',
  'pm_card_mastercard_debit',
  'pm_card_amex',
  'pm_card_discover',
  'pm_card_diners',
  'pm_card_jcb',
  'pm_card_authenticationRequired',
  'pm_card_threeDSecure2Required',
  'pm_card_threeDSecureRequired',
];

const THREE_D_SECURE = PAYMENT_METHODS.slice(-3);

/** A small seeded generator (mulberry32), so that a failing round can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Card = { id: string; is_default: boolean; position: number; status: string };

/**
 * Rounds of card requests sent at once on one account: additions (some asking for 3-D Secure),
 * confirmations, set-default, whole reorders, expiry edits and deletions, chosen by a seeded
 * generator from the cards the account has when the round starts. After each round the account's
 * cards must hold the invariants, and no request may have answered 5xx.
 */
export async function raceCardRounds(t: TestApp, options: { rounds: number; requestsPerRound: number; seed: number }): Promise<{ statuses: Map<string, number[]> }> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const customer = await onboard(t, 'US');
  const challenges = new Map<string, string>(); // card id → 3-D Secure page
  // Top-ups that save a new card: `pending` until paid, and often through 3-D Secure.
  const topupChallenges = new Map<string, string>(); // top-up id → 3-D Secure page, until answered
  const waitingTopups = new Set<string>();
  let topupKeys = 0;
  const statuses = new Map<string, number[]>();
  const note = (what: string, status: number, body: unknown) => {
    expect(status, `${what} answered ${status}: ${JSON.stringify(body)}`).to.be.below(500);
    statuses.set(what, [...(statuses.get(what) ?? []), status]);
  };

  const add = async () => {
    const response = await postCard(t, customer, pick(PAYMENT_METHODS));
    if (response.status === 202) challenges.set(response.body.card.id, response.body.next_action.url);
    note('add', response.status, response.body);
  };
  for (let i = 0; i < 2; i++) await add();

  for (let round = 0; round < options.rounds; round++) {
    const cards = await listAndCheck(t, customer, `before round ${round}`);
    const waiting = cards.filter((card) => card.status === 'requires_action' && challenges.has(card.id));
    // The customer passes the bank's page now; the confirmations race the other requests below.
    for (const card of waiting) await answerThreeDSecure(t, challenges.get(card.id)!, random() < 0.8 ? 'complete' : 'fail');
    for (const id of [...waitingTopups]) {
      if ((await t.api.get(`/v1/topups/${id}`).set(customer.auth)).body.status !== 'new') waitingTopups.delete(id);
    }
    // Some top-up pages are answered now, some never (confirm or cancel still race below).
    for (const [id, url] of topupChallenges) {
      topupChallenges.delete(id);
      if (waitingTopups.has(id) && random() < 0.7) await answerThreeDSecure(t, url, random() < 0.8 ? 'complete' : 'fail');
    }
    const ids = cards.map((card) => card.id);
    const anyId = () => (ids.length > 0 ? pick(ids) : 'card_doesnotexist');
    const operations: Array<() => Promise<void>> = [
      add,
      async () => {
        const card = waiting.length > 0 ? pick(waiting).id : anyId();
        const response = await t.api.post(`/v1/cards/${card}/confirm`).set(customer.auth);
        note('confirm', response.status, response.body);
      },
      async () => {
        // Often a card not saved yet: waiting for 3-D Secure, or pending with its top-up.
        const unsavedIds = cards.filter((card) => card.status === 'pending' || card.status === 'requires_action').map((card) => card.id);
        const response = await t.api.post(`/v1/cards/${unsavedIds.length > 0 && random() < 0.5 ? pick(unsavedIds) : anyId()}/default`).set(customer.auth);
        note('default', response.status, response.body);
      },
      async () => {
        const shuffled = [...ids].sort(() => random() - 0.5);
        const response = await t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids: shuffled });
        note('reorder', response.status, response.body);
      },
      async () => {
        const response = await t.api.patch(`/v1/cards/${anyId()}`).set(customer.auth).send({ exp_month: 1 + Math.floor(random() * 12), exp_year: 2035 + Math.floor(random() * 5) });
        note('expiry', response.status, response.body);
      },
      async () => {
        const response = await t.api.delete(`/v1/cards/${anyId()}`).set(customer.auth);
        note('delete', response.status, response.body);
      },
      async () => {
        // A top-up that saves a new card (pending until paid), racing the card requests.
        const response = await t.api.post('/v1/topups').set(customer.auth).set('Idempotency-Key', `race-${options.seed}-${++topupKeys}`).send({ amount: 1_000, payment_method: pick(THREE_D_SECURE), save_card: true });
        if (response.status === 202) {
          topupChallenges.set(response.body.topup.id, response.body.next_action.url);
          waitingTopups.add(response.body.topup.id);
        }
        note('topup', response.status, response.body);
      },
      async () => {
        // The customer comes back from the bank and confirms, or gives up and cancels.
        const id = waitingTopups.size > 0 ? pick([...waitingTopups]) : 'tu_doesnotexist';
        const response = await t.api.post(`/v1/topups/${id}/${random() < 0.5 ? 'confirm' : 'cancel'}`).set(customer.auth);
        note('topup_end', response.status, response.body);
      },
    ];
    // Every kind of request in every round, then more drawn at random.
    const chosen = [...operations, ...Array.from({ length: Math.max(0, options.requestsPerRound - operations.length) }, () => pick(operations))];
    await Promise.all(chosen.map((operation) => operation()));
    await checkStored(t, customer.accountId, `after round ${round}`);
  }
  await listAndCheck(t, customer, 'at the end');
  return { statuses };
}

/** Through the API: one default among verified cards whenever there is one, a card waiting for
 * 3-D Secure or being saved by a top-up (`pending`) never the default, positions 0…n-1 in the
 * order listed. */
async function listAndCheck(t: TestApp, customer: Customer, when: string): Promise<Card[]> {
  const response = await t.api.get('/v1/cards').set(customer.auth);
  expect(response.status, when).to.equal(200);
  const cards = response.body.data as Card[];
  const shown = JSON.stringify(cards.map((card) => [card.id.slice(-6), card.status, card.is_default, card.position]));
  const unsaved = (card: Card) => card.status === 'requires_action' || card.status === 'pending';
  const verified = cards.filter((card) => !unsaved(card));
  expect(cards.filter((card) => card.is_default).length, `${when}: defaults ${shown}`).to.equal(verified.length > 0 ? 1 : 0);
  expect(cards.filter((card) => unsaved(card) && card.is_default), `${when}: ${shown}`).to.deep.equal([]);
  expect(cards.map((card) => card.position), `${when}: positions ${shown}`).to.deep.equal(cards.map((_, index) => index));
  if (verified.length > 0) expect(cards[0]!.is_default, `${when}: the default leads ${shown}`).to.equal(true);
  return cards;
}

/** What the API cannot show: no removed card is still marked as the default. */
async function checkStored(t: TestApp, accountId: string, when: string): Promise<void> {
  const removedDefaults = await t.db('cards').where({ account_id: accountId, is_default: true }).whereNotNull('deleted_at');
  expect(removedDefaults, `${when}: a removed card is the default`).to.deep.equal([]);
  // A top-up that ended left no card `pending`: paid made it active, cancelled removed it.
  const stranded = await t.db('cards as c')
    .where({ 'c.account_id': accountId, 'c.status': 'pending' })
    .whereNull('c.deleted_at')
    .whereNotExists((topup) => topup.select(t.db.raw('1')).from('topups as u').whereRaw('u.card_id = c.id').andWhere('u.status', 'new'));
  expect(stranded.map((card) => card.id), `${when}: pending cards whose top-up ended`).to.deep.equal([]);
}

import { expect } from 'chai';
import type { Knex } from 'knex';
import { createKnex } from '../../src/db/create-knex.js';
import { migrateLatest } from '../../src/db/migrate.js';
import { waitFor } from '../crash/service-harness.js';
import { issueToken, MessageInbox, newJwtSecret, startService, type ServiceProcess } from '../crash/service-process.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { addCardAcross, call, onboardAcross } from './remote-flows.js';

const ACCOUNTS = 20;
const CARDS = ['pm_card_visa', 'pm_card_authenticationRequired', 'pm_card_mastercard']; // 60 additions, 20 with 3-D Secure
const KEYS = 100;
const TOPUPS = 30;
const KILL_AFTER_KEYS = 40;
const PUBLIC_LIMIT = 12;

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  }));
}

/**
 * Production's shape: three service processes behind a (simulated) load balancer, one PostgreSQL
 * database migrated once before they start, one Redis for the rate limits. Customers and billing
 * jobs are spread over all three; one instance is SIGKILLed in the middle of the charges and
 * restarted. Whatever instance answers, every key is charged once and every hold released once.
 */
describe('three instances on one PostgreSQL database and one Redis (real processes, SIGKILL, restart)', function () {
  this.timeout(180_000);
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let probe: Knex;
  const inbox = new MessageInbox();
  const services: ServiceProcess[] = [];
  const everyProcess: ServiceProcess[] = [];
  let env: Record<string, string> = {};
  const jwtSecret = newJwtSecret();
  let billingToken = '';
  const urls = () => services.map((service) => service.url);

  async function start(): Promise<ServiceProcess> {
    // A cold start (tsx compiling the service) takes seconds; several at once on a busy CI box, more.
    const service = await startService(env, 90_000);
    everyProcess.push(service);
    return service;
  }

  before(async function () {
    if (!process.env.TEST_DATABASE_URL || !process.env.REDIS_URL) {
      console.log('    note: TEST_DATABASE_URL and REDIS_URL are not both set; the three-instance test is skipped');
      this.skip();
    }
    schema = await createPostgresSchema();
    probe = createKnex(schema!.url);
    await migrateLatest(probe); // once, before the rollout: the instances find nothing to do
    await inbox.start();
    billingToken = await issueToken(jwtSecret, 'billing-job', ['billing']);
    env = {
      DATABASE_URL: schema!.url,
      AUTH_JWT_SECRET: jwtSecret,
      REDIS_URL: process.env.REDIS_URL!,
      REDIS_KEY_PREFIX: `cv-multi-${Date.now()}-${Math.random().toString(36).slice(2)}:`,
      TRUST_PROXY: '1',
      MESSAGE_TRANSPORT: 'webhook',
      MESSAGE_WEBHOOK_URL: inbox.url,
      RATE_LIMIT_PUBLIC_PER_MINUTE: String(PUBLIC_LIMIT),
      RATE_LIMIT_PER_MINUTE: '100000',
      JOB_POLL_INTERVAL_MS: '250',
      CHARGE_LEASE_SECONDS: '3',
      IDEMPOTENCY_LOCK_SECONDS: '3',
      SIMULATOR_LATENCY_MS: '30',
    };
    services.push(...(await Promise.all([start(), start(), start()])));
  });

  after(async () => {
    for (const service of everyProcess) await service.kill();
    await probe?.destroy();
    await schema?.drop();
    await inbox.close();
  });

  it('when cards are added and keys charged on all three at once, one instance killed and restarted midway, then every key is charged once, every top-up credited once and every hold released once', async () => {
    // Customers: onboarding steps and card additions go round the instances.
    const accounts = new Array<{ accountId: string; token: string }>(ACCOUNTS);
    let threeDSecure = 0;
    await pool([...Array(ACCOUNTS).keys()], 6, async (index) => {
      accounts[index] = await onboardAcross(urls, inbox, index);
      for (const [position, paymentMethod] of CARDS.entries()) {
        const how = await addCardAcross(urls()[(index + position) % 3]!, urls()[(index + position + 1) % 3]!, accounts[index]!.token, paymentMethod);
        if (how === 'three_d_secure') threeDSecure += 1;
      }
    });
    expect(threeDSecure).to.equal(ACCOUNTS);

    // Top-ups: each key sent to all three instances at once, then retried until it has its answer.
    const topups = Array.from({ length: TOPUPS }, (_, index) => ({ key: `topup-${Date.now()}-${index}`, account: accounts[index % ACCOUNTS]!, amount: 5000 + index }));
    const topup = (url: string, entry: (typeof topups)[number]) =>
      fetch(`${url}/v1/topups`, {
        method: 'POST',
        headers: { authorization: `Bearer ${entry.account.token}`, 'content-type': 'application/json', 'idempotency-key': entry.key },
        body: JSON.stringify({ amount: entry.amount }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, any> }));
    await pool(topups, 6, async (entry, index) => {
      const answers = await Promise.all(urls().map((url) => topup(url, entry)));
      for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).to.be.oneOf([201, 409]);
      let attempt = index;
      await waitFor(async () => {
        const answer = await topup(urls()[attempt++ % 3]!, entry);
        if (answer.status === 201) expect(answer.body.topup, JSON.stringify(answer.body)).to.include({ status: 'paid', amount: entry.amount });
        else expect(answer.status, JSON.stringify(answer.body)).to.equal(409);
        return answer.status === 201;
      }, 20_000, 100);
    });

    // Billing: every key to all three instances at once. One instance dies after KILL_AFTER_KEYS.
    const keys = Array.from({ length: KEYS }, (_, index) => ({ key: `multi-${Date.now()}-${index}`, account: accounts[index % ACCOUNTS]!, amount: 1000 + index }));
    const charge = (url: string, entry: (typeof keys)[number]) =>
      fetch(`${url}/v1/accounts/${entry.account.accountId}/charges`, {
        method: 'POST',
        headers: { authorization: `Bearer ${billingToken}`, 'content-type': 'application/json', 'idempotency-key': entry.key },
        body: JSON.stringify({ amount: entry.amount, reference: entry.key }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, any> }), () => ({ status: 0, body: {} as Record<string, any> }));
    const noteCharge = (key: string, chargeId: string) => answeredCharges.set(key, (answeredCharges.get(key) ?? new Set()).add(chargeId));
    let restarted: Promise<void> | undefined;
    const firstAnswers = new Map<string, number[]>();
    const answeredCharges = new Map<string, Set<string>>(); // key → every charge id a 201 named
    await pool(keys, 8, async (entry, index) => {
      if (index === KILL_AFTER_KEYS) {
        const victim = services[1]!;
        restarted = victim.kill().then(async () => {
          services[1] = await start();
        });
      }
      const answers = await Promise.all(urls().map((url) => charge(url, entry)));
      firstAnswers.set(entry.key, answers.map((answer) => answer.status));
      for (const answer of answers) if (answer.status === 201) noteCharge(entry.key, answer.body.id as string);
    });
    await restarted;
    const killedMidRequest = [...firstAnswers.values()].filter((statuses) => statuses.includes(0)).length;
    expect(killedMidRequest, 'some keys were in flight at the killed instance').to.be.greaterThan(0);

    // Retried as a billing job would, on any instance, until each key has its final answer.
    await pool(keys, 10, async (entry, index) => {
      let attempt = index;
      await waitFor(async () => {
        const answer = await charge(urls()[attempt++ % 3]!, entry);
        if (answer.status === 201) {
          expect(answer.body).to.include({ status: 'succeeded', amount: entry.amount });
          noteCharge(entry.key, answer.body.id as string);
        }
        else expect(answer.status, JSON.stringify(answer.body)).to.be.oneOf([0, 409, 503]);
        return answer.status === 201;
      }, 40_000, 200);
    });

    // Exactly once in the ledger...
    const charges = await probe('charges').whereIn('idempotency_key', keys.map((entry) => entry.key));
    expect(charges).to.have.length(KEYS);
    expect(charges.every((row: { status: string }) => row.status === 'succeeded')).to.equal(true);
    for (const row of charges) expect([...answeredCharges.get(row.idempotency_key)!], 'every answer for a key named its one charge').to.deep.equal([row.id]);
    const paidAttempts = await probe('charge_attempts').whereIn('charge_id', charges.map((row: { id: string }) => row.id)).andWhere({ status: 'succeeded' });
    expect(paidAttempts).to.have.length(KEYS);
    // ...and at the gateway: one captured payment per charge, none for anything else.
    const paid = await probe('simulator_intents').where({ purpose: 'charge', status: 'succeeded' });
    const paidPerCharge = new Map<string, number>();
    const paidPerTopup = new Map<string, number>();
    for (const intent of paid) {
      const { charge_id: chargeId, topup_id: topupId } = JSON.parse(intent.metadata as string) as { charge_id?: string; topup_id?: string };
      if (chargeId) paidPerCharge.set(chargeId, (paidPerCharge.get(chargeId) ?? 0) + 1);
      else if (topupId) paidPerTopup.set(topupId, (paidPerTopup.get(topupId) ?? 0) + 1);
      else expect.fail(`a payment for neither a charge nor a top-up: ${intent.metadata as string}`);
    }
    expect(paidPerCharge.size).to.equal(KEYS);
    expect([...paidPerCharge.values()].every((count) => count === 1), 'one payment per charge at the gateway').to.equal(true);
    for (const row of charges) expect(paidPerCharge.get(row.id), row.id).to.equal(1);

    // Every verification hold: released, exactly once, whichever instance's job did it.
    await waitFor(async () => (await probe('holds').whereIn('status', ['held', 'release_failed', 'authorizing'])).length === 0, 20_000, 200);
    const holds = await probe('holds');
    expect(holds).to.have.length(ACCOUNTS * CARDS.length);
    expect(holds.every((hold: { status: string; released_at: string | null }) => hold.status === 'released' && hold.released_at)).to.equal(true);
    const holdIntents = await probe('simulator_intents').whereIn('id', holds.map((hold: { intent_id: string }) => hold.intent_id));
    expect(holdIntents).to.have.length(holds.length);
    expect(holdIntents.every((intent: { status: string; refunded: unknown }) => intent.status === 'canceled' && !intent.refunded), 'each hold canceled once, never captured').to.equal(true);
    const releaseKeys = await probe('simulator_idempotency_keys').where('key', 'like', '%release:%');
    expect(releaseKeys, 'one release request per hold at the gateway').to.have.length(holds.length);

    // Every top-up: paid once at the gateway and credited once in the ledger, which adds up.
    const topupRows = await probe('topups').whereIn('idempotency_key', topups.map((entry) => entry.key));
    expect(topupRows).to.have.length(TOPUPS);
    expect(topupRows.every((row: { status: string }) => row.status === 'paid')).to.equal(true);
    const credits = await probe('balance_entries').where({ type: 'topup' }).whereIn('topup_id', topupRows.map((row: { id: string }) => row.id));
    expect(credits).to.have.length(TOPUPS);
    expect(paidPerTopup.size).to.equal(TOPUPS);
    for (const row of topupRows) expect(paidPerTopup.get(row.id), row.id).to.equal(1);
    for (const balance of await probe('balances')) {
      const entries = await probe('balance_entries').where({ account_id: balance.account_id });
      expect(entries.reduce((sum: number, entry: { amount: string | number }) => sum + Number(entry.amount), 0), balance.account_id).to.equal(Number(balance.available));
    }
  });

  it('when one address sends three times the public limit across the three instances at once, then exactly the limit is admitted', async () => {
    const address = '10.99.0.1';
    const responses = await Promise.all(
      Array.from({ length: PUBLIC_LIMIT * 3 }, (_, index) =>
        call(urls()[index % 3]!, 'POST', '/v1/sessions/email-code', { body: { email: `limit.${index}@example.com` }, address }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 202), statuses.join(',')).to.have.length(PUBLIC_LIMIT);
    expect(statuses.filter((status) => status === 429)).to.have.length(PUBLIC_LIMIT * 2);
  });
});

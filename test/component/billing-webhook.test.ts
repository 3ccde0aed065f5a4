import { createHmac, timingSafeEqual } from 'node:crypto';
import { expect } from 'chai';
import { EventStore } from '../../src/events/event-store.js';
import { EventDelivery } from '../../src/features/billing-events/event-delivery.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { eventsOf } from '../helpers/event-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { WebhookReceiver } from '../helpers/webhook-receiver.js';

const SECRET = 'billing-webhook-secret-for-tests-0123456789';

/** What a receiver does (docs/billing-events.md): the signed text is "<t>.<body>". */
function verifies(header: string, body: string, secret: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function oldestUndeliveredSeconds(t: TestApp): Promise<number> {
  const text = (await t.api.get('/metrics')).text;
  return Number(/^card_vault_billing_events_oldest_undelivered_seconds (\S+)$/m.exec(text)?.[1]);
}

for (const database of ['SQLite', 'PostgreSQL'] as const) {
  describe(`billing webhook delivery (${database})`, function () {
    const receiver = new WebhookReceiver();
    let t: TestApp;
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let billing: { Authorization: string };

    before(async function () {
      if (database === 'PostgreSQL') {
        schema = await createPostgresSchema();
        if (!schema) {
          console.log('    note: TEST_DATABASE_URL is not set; the webhook on PostgreSQL is skipped');
          this.skip();
        }
      }
      const url = await receiver.start();
      t = await createTestApp({ ...(schema ? { databaseUrl: schema.url } : {}), env: { BILLING_WEBHOOK_URL: url, BILLING_WEBHOOK_SECRET: SECRET } });
      billing = await billingAuth(t);
    });
    after(async () => {
      await t?.close();
      await schema?.drop();
      await receiver.stop();
    });
    beforeEach(() => receiver.reset());

    /** An account with a card and `count` paid charges: `count` charge.succeeded events. */
    async function accountWithEvents(count: number): Promise<{ accountId: string; eventIds: string[] }> {
      const { customer } = await accountWithCards(t, ['pm_card_visa']);
      for (let i = 0; i < count; i += 1) expect((await postCharge(t, billing, customer.accountId, { amount: 1_000 + i })).status).to.equal(201);
      const events = await eventsOf(t, billing, { account_id: customer.accountId });
      return { accountId: customer.accountId, eventIds: events.map((event) => event.id).reverse() };
    }

    it('when an event is recorded, then it is POSTed signed with the secret, as GET /v1/events shows it, and the backlog gauge goes back to 0', async () => {
      const { accountId, eventIds } = await accountWithEvents(1);
      t.clock.advanceSeconds(120);
      expect(await oldestUndeliveredSeconds(t)).to.be.at.least(120);

      await t.runJobs();

      expect(receiver.posts).to.have.length(1);
      const [post] = receiver.posts;
      const header = String(post!.headers['card-vault-signature']);
      expect(header).to.match(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(Number(/t=(\d+)/.exec(header)![1])).to.equal(Math.floor(t.clock.now().getTime() / 1000));
      expect(verifies(header, post!.body, SECRET)).to.equal(true);
      expect(verifies(header, post!.body.replace('1000', '1001'), SECRET), 'a changed body fails').to.equal(false);
      expect(post!.headers['content-type']).to.equal('application/json');
      const [listed] = await eventsOf(t, billing, { account_id: accountId });
      expect(JSON.parse(post!.body)).to.deep.equal(listed);
      expect(receiver.accepted()).to.deep.equal(eventIds);
      expect(await oldestUndeliveredSeconds(t)).to.equal(0);

      await t.runJobs();
      expect(receiver.posts, 'delivered once').to.have.length(1);
    });

    it('when the receiver answers 500 twice, then the first event is retried after 30 s and 60 s, and the next one waits behind it', async () => {
      const { eventIds } = await accountWithEvents(2);
      receiver.failures = 2;

      await t.runJobs();
      expect(receiver.posts.map((post) => post.status)).to.deep.equal([500]);
      await t.runJobs();
      t.clock.advanceSeconds(29);
      await t.runJobs();
      expect(receiver.posts, 'not before 30 s, and the second event waits').to.have.length(1);
      t.clock.advanceSeconds(1);
      await t.runJobs();
      expect(receiver.posts.map((post) => post.status)).to.deep.equal([500, 500]);
      t.clock.advanceSeconds(59);
      await t.runJobs();
      expect(receiver.posts, 'the second wait is 60 s').to.have.length(2);
      t.clock.advanceSeconds(1);
      await t.runJobs();

      const ids = receiver.posts.map((post) => (JSON.parse(post.body) as { id: string }).id);
      expect(ids).to.deep.equal([eventIds[0], eventIds[0], eventIds[0], eventIds[1]]);
      expect(receiver.accepted()).to.deep.equal(eventIds);
    });

    it('when two delivery workers race over several accounts, then each event arrives once, in order per account', async () => {
      const accounts = [await accountWithEvents(3), await accountWithEvents(3), await accountWithEvents(2)];
      receiver.delayMs = 15;
      const store = new EventStore(t.db);
      const worker = () => new EventDelivery({ store, clock: t.clock, logger: t.context.logger, url: t.context.config.BILLING_WEBHOOK_URL!, secret: SECRET });
      const [one, two] = [worker(), worker()];

      for (let pass = 0; pass < 5; pass += 1) await Promise.all([one.deliverDue(), two.deliverDue(), one.deliverDue()]);

      const accepted = receiver.accepted();
      expect(accepted).to.have.length(8);
      expect(new Set(accepted).size, 'no event twice').to.equal(8);
      expect(receiver.posts, 'no attempt failed or doubled').to.have.length(8);
      for (const account of accounts) expect(accepted.filter((id) => account.eventIds.includes(id))).to.deep.equal(account.eventIds);
    });

    it('when the receiver stays down, then an event is retried with backoff for 3 days and given up, and the account’s next event goes on', async () => {
      const { accountId, eventIds } = await accountWithEvents(1);
      receiver.failures = Number.MAX_SAFE_INTEGER;
      for (let hours = 0; hours <= 74; hours += 1) {
        await t.runJobs();
        t.clock.advanceSeconds(3600);
      }
      const row = await t.db('events').where({ id: eventIds[0] }).first();
      expect(row.given_up_at).to.be.a('string');
      expect(row.delivered_at).to.equal(null);
      const attempts = receiver.posts.length;
      expect(attempts).to.equal(Number(row.attempts));
      // 30 s doubling to 2 h (9 tries), then every 2 h until 3 days: about 40 in all.
      expect(attempts).to.be.within(35, 45);

      receiver.failures = 0;
      expect((await postCharge(t, billing, accountId, { amount: 3_000 })).status).to.equal(201);
      await t.runJobs();
      expect(receiver.posts.length, 'the given-up event is not tried again').to.equal(attempts + 1);
      expect(receiver.accepted()).to.have.length(1);
      expect(await oldestUndeliveredSeconds(t)).to.equal(0);
    });
  });
}

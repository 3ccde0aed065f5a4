import { expect } from 'chai';
import { uniqueKey } from '../helpers/charge-flow.js';
import { onboard, register, uniqueEmail, type Customer } from '../helpers/customer-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { storedRows } from '../helpers/stored-rows.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const CARD = '4242424242424242';
// superagent passes an array to Node's setHeader, which sends one header line per value; its types
// only admit arrays for Cookie.
const repeated = (values: string[]) => values as unknown as string;

/** The same rules on both databases: PostgreSQL refuses NUL in text, SQLite would store it. */
function inputRules(database: 'SQLite' | 'PostgreSQL') {
  describe(`input rules at the edge on ${database}`, function () {
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let t: TestApp;
    let customer: Customer;
    let support: { Authorization: string };
    const logLines: string[] = [];

    before(async function () {
      if (database === 'PostgreSQL') {
        schema = await createPostgresSchema();
        if (!schema) {
          console.log('    (PostgreSQL input-rule tests skipped: TEST_DATABASE_URL is not set)');
          this.skip();
        }
      }
      t = await createTestApp({ logLines, ...(schema ? { databaseUrl: schema.url } : {}) });
      customer = await onboard(t, 'US');
      support = { Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` };
    });
    after(async () => {
      await t?.close();
      await schema?.drop();
    });

    /** Runs a request and proves it wrote nothing to any table. */
    async function writesNothing<T>(request: () => Promise<T>): Promise<T> {
      await t.messagesSettled();
      const before = await storedRows(t.db);
      const response = await request();
      expect(await storedRows(t.db)).to.deep.equal(before);
      return response;
    }

    it('when a body string holds a NUL or another control character, then 422 validation_failed names the field and nothing is stored', async () => {
      for (const email of ['a\u0000b@example.com', 'a\u0007b@example.com', 'a\u0085b@example.com', 'a\tb@example.com']) {
        const response = await writesNothing(() => t.api.post('/v1/accounts').send({ email, country: 'US' }));
        expect(response.status, JSON.stringify(email)).to.equal(422);
        expect(response.body.code).to.equal('validation_failed');
        expect(response.body.errors).to.deep.equal([{ field: 'email', message: response.body.errors[0].message }]);
        expect(response.body.errors[0].message).to.match(/control character/);
      }
      const nested = await t.api.put('/v1/onboarding/details').set(customer.auth).send({ type: 'individual', name: 'Ada', address: { line1: '1 Main\u0000St', city: 'X', country: 'US' }, industry: 'software' });
      expect(nested.status).to.equal(422);
      expect(nested.body.errors[0].field).to.equal('address.line1');
    });

    it('when a free-text field holds a tab or a line break, then it is accepted; a carriage return or NUL there is not', async () => {
      const details = (line2: string) => ({ type: 'individual', name: 'Ada\tLovelace', address: { line1: '1 Main St', line2, city: 'Springfield', country: 'US' }, industry: 'software' });
      expect((await t.api.put('/v1/onboarding/details').set(customer.auth).send(details('Floor 2\nBack door'))).status).to.equal(200);
      for (const line2 of ['Floor 2\r\nBack', 'Floor\u00002']) {
        expect((await t.api.put('/v1/onboarding/details').set(customer.auth).send(details(line2))).status, JSON.stringify(line2)).to.equal(422);
      }
    });

    it('when a query value holds a NUL, then 422 validation_failed and support writes no audit event', async () => {
      const response = await writesNothing(() => t.api.get('/v1/support/accounts?email=a%00b').set(support));
      expect(response.status).to.equal(422);
      expect(response.body.code).to.equal('validation_failed');
      expect(response.body.errors[0].field).to.equal('email');
    });

    it('when a path id holds a NUL, a card number or has not our shape, then 404 before any query or audit write', async () => {
      for (const path of ['/v1/cards/%00', `/v1/cards/${CARD}`, '/v1/cards/card_%00/confirm', '/v1/cards/4242%E2%80%934242%E2%80%934242%E2%80%934242']) {
        const response = await writesNothing(() => t.api.post(path).set(customer.auth).send({}));
        expect(response.status, path).to.equal(404);
        expect(response.body.code).to.equal('not_found');
      }
      for (const path of ['/v1/cards/%00', '/v1/cards/card_short']) {
        expect((await writesNothing(() => t.api.get(path).set(customer.auth))).status, path).to.equal(404);
      }
      const view = await writesNothing(() => t.api.get(`/v1/support/accounts/${CARD}`).set(support));
      expect(view.status).to.equal(404);
      expect(logLines.join('\n')).not.to.include(CARD);
    });

    it('when a body carries a card number in a disguise, then 422 raw_card_data_refused and nothing is stored', async () => {
      for (const name of ['4242\u20134242\u20134242\u20134242', '\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662', '4242\u200B4242\u200B4242\u200B4242', '4242|4242|4242|4242']) {
        const response = await writesNothing(() =>
          t.api.put('/v1/onboarding/details').set(customer.auth).send({ type: 'individual', name, address: { line1: '1 Main St', city: 'X', country: 'US' }, industry: 'software' }),
        );
        expect(response.status, name).to.equal(422);
        expect(response.body.code).to.equal('raw_card_data_refused');
      }
    });

    it('when an Idempotency-Key looks like a card number or breaks the character set, then it is refused and never stored', async () => {
      const card = await writesNothing(() => t.api.post('/v1/accounts').set('Idempotency-Key', CARD).send({ email: uniqueEmail(), country: 'US' }));
      expect(card.status).to.equal(422);
      expect(card.body.code).to.equal('raw_card_data_refused');
      for (const key of ['inv 2026', 'inv/2026', 'clé']) {
        const response = await writesNothing(() => t.api.post('/v1/accounts').set('Idempotency-Key', key).send({ email: uniqueEmail(), country: 'US' }));
        expect(response.status, key).to.equal(400);
        expect(response.body.code).to.equal('invalid_idempotency_key');
        expect(response.body.detail).to.match(/letters, digits/);
      }
      expect((await t.api.post('/v1/accounts').set('Idempotency-Key', `inv-2026.11:${uniqueKey()}`).send({ email: uniqueEmail(), country: 'US' })).status).to.equal(201);
    });

    it('when an X-Request-Id looks like a card number or breaks the rule, then it is replaced, never echoed nor stored', async () => {
      for (const requestId of [CARD, '4242-4242-4242-4242', 'has space 1234', 'short']) {
        const response = await t.api.get('/v1/support/accounts').query({ email: customer.email }).set(support).set('X-Request-Id', requestId);
        expect(response.status).to.equal(200);
        expect(response.headers['x-request-id'], requestId).to.match(/^req_/);
      }
      expect((await t.api.get('/healthz').set('X-Request-Id', 'trace:2026.11_ab-12')).headers['x-request-id']).to.equal('trace:2026.11_ab-12');
      expect(JSON.stringify(await storedRows(t.db))).not.to.include(CARD);
      expect(logLines.join('\n')).not.to.include(CARD);
    });

    it('when Idempotency-Key or Authorization is sent twice, then 400 invalid_request and nothing runs', async () => {
      const keys = await writesNothing(() => t.api.post('/v1/accounts').set('Idempotency-Key', repeated(['k1', 'k2'])).send({ email: uniqueEmail(), country: 'US' }));
      expect(keys.status).to.equal(400);
      expect(keys.body.code).to.equal('invalid_request');
      expect(keys.body.detail).to.include('Idempotency-Key');
      const other = await register(t);
      const auths = await writesNothing(() => t.api.get('/v1/account').set('Authorization', repeated([customer.auth.Authorization, other.auth.Authorization])));
      expect(auths.status).to.equal(400);
      expect(auths.body.detail).to.include('Authorization');
    });

    it('when a caller with a bad token sends a card number, then 401: the scan runs after authentication', async () => {
      const response = await t.api.post('/v1/cards').set('Authorization', 'Bearer not.a.token').send({ payment_method: CARD });
      expect(response.status).to.equal(401);
      expect(response.body.code).to.equal('unauthenticated');
    });

    it('when an anonymous caller sends a card number to a route that needs a token, then 401, and to no route, 404: the body is not read', async () => {
      const cards = await writesNothing(() => t.api.post('/v1/cards').set('Idempotency-Key', uniqueKey()).send({ x: '4111 1111 1111 1111' }));
      expect(cards.status).to.equal(401);
      expect(cards.body.code).to.equal('unauthenticated');
      const nowhere = await writesNothing(() => t.api.post('/foo').set('Idempotency-Key', uniqueKey()).send({ x: '4111 1111 1111 1111' }));
      expect(nowhere.status).to.equal(404);
      expect(logLines.join('\n')).not.to.include('4111 1111');
    });

    it('when a card number is split across path segments of an unknown route, then 404 does not echo the path', async () => {
      const response = await writesNothing(() => t.api.get('/foo/4111/1111/1111/1111').set(customer.auth));
      expect(response.status).to.equal(404);
      expect(JSON.stringify(response.body)).not.to.include('4111');
      expect(logLines.join('\n')).not.to.include('4111/1111/1111/1111');
    });

    it('when a card number is written inside an id-shaped token, then it is refused in a key, replaced as a request id, and refused in a query or a body', async () => {
      const key = await writesNothing(() => t.api.post('/v1/accounts').set('Idempotency-Key', 'k_4111-1111-1111-1111').send({ email: uniqueEmail(), country: 'US' }));
      expect(key.status).to.equal(422);
      expect(key.body.code).to.equal('raw_card_data_refused');
      for (const requestId of ['req_4111-1111-1111-1111', 'r_4111_1111_1111_1111']) {
        const response = await t.api.get('/v1/support/accounts').query({ email: customer.email }).set(support).set('X-Request-Id', requestId);
        expect(response.headers['x-request-id'], requestId).to.match(/^req_[0-9a-f-]{36}$/);
      }
      const search = await writesNothing(() => t.api.get('/v1/support/accounts').query({ email: 'a_4111-1111-1111-1111' }).set(support));
      expect(search.status).to.equal(422);
      expect(search.body.code).to.equal('raw_card_data_refused');
      for (const name of ['order a_4111-1111-1111-1111', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', '4111 1111 1111 11 11', '4111 -- 1111 -- 1111 -- 1111', '4111\u31641111\u31641111\u31641111']) {
        const response = await writesNothing(() =>
          t.api.put('/v1/onboarding/details').set(customer.auth).send({ type: 'individual', name, address: { line1: '1 Main St', city: 'X', country: 'US' }, industry: 'software' }),
        );
        expect(response.status, name).to.equal(422);
        expect(response.body.code).to.equal('raw_card_data_refused');
      }
      // The number in any of the forms sent (4, then eleven 1s, a few separators between digits),
      // not a bare "4111": random ids, hashes and ciphertexts hold that by chance now and then.
      expect(JSON.stringify(await storedRows(t.db))).not.to.match(/4(?:\D{0,4}1){11}/);
      expect(logLines.join('\n')).not.to.match(/4111.1111.1111.1111/);
    });

    it('when support filters by an account_id not shaped like one, then 422 and no audit event', async () => {
      for (const path of ['/v1/support/accounts', '/v1/support/audit']) {
        const response = await writesNothing(() => t.api.get(path).query({ account_id: 'acct_not an id' }).set(support));
        expect(response.status, path).to.equal(422);
        expect(response.body.code).to.equal('validation_failed');
        expect(response.body.errors[0].field).to.equal('account_id');
      }
      expect((await t.api.get('/v1/support/accounts').query({ account_id: customer.accountId }).set(support)).status).to.equal(200);
    });
  });
}

inputRules('SQLite');
inputRules('PostgreSQL');

describe('input rules and the public rate limit', () => {
  it('when an address is over the public limit, then a body with a card number gets 429: the scan runs after the limit', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '2' } });
    try {
      for (let index = 0; index < 2; index += 1) expect((await t.api.post('/v1/sessions/email-code').send({ email: uniqueEmail() })).status).to.equal(202);
      const over = await t.api.post('/v1/sessions/email-code').send({ email: `4242 4242 4242 4242 ${'4 '.repeat(1000)}` });
      expect(over.status).to.equal(429);
      expect(over.body.code).to.equal('rate_limited');
    } finally {
      await t.close();
    }
  });

  it('when a public route is mounted with the limit twice on its way, then a request counts once', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '3' } });
    try {
      const statuses = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await t.api.post('/v1/sessions/email-code').send({ email: uniqueEmail() })).status);
      expect(statuses).to.deep.equal([202, 202, 202, 429]);
    } finally {
      await t.close();
    }
  });
});

import { expect } from 'chai';
import { addSeconds } from '../../src/clock.js';
import { requestHash } from '../../src/http/idempotency-rules.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { register, uniqueEmail } from '../helpers/customer-flow.js';

describe('idempotency keys on every POST (any caller)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ env: { IDEMPOTENCY_LOCK_SECONDS: '10' } });
  });
  afterEach(() => t.close());

  const registerWithKey = (key: string, body: object) => t.api.post('/v1/accounts').set('Idempotency-Key', key).send(body);

  it('when the same request is sent again with its key, then the first response is replayed and nothing is done twice', async () => {
    const body = { email: uniqueEmail(), country: 'US' };
    const first = await registerWithKey('signup-1', body);
    expect(first.status).to.equal(201);
    expect(first.headers['idempotent-replayed']).to.equal(undefined);

    const again = await registerWithKey('signup-1', { country: 'US', email: body.email });
    expect(again.status).to.equal(201);
    expect(again.headers['idempotent-replayed']).to.equal('true');
    expect(again.headers['content-type']).to.match(/application\/json/);
    expect(again.body).to.deep.equal(first.body);
    await t.inbox.code(body.email, 1);
    expect(t.inbox.sentTo(body.email)).to.have.length(1);
    expect(await t.db('accounts').where({ email: body.email }).count({ n: '*' }).first()).to.deep.equal({ n: 1 });
  });

  it('when a key is reused with another body, then 422 idempotency_key_reused and the second request is not run', async () => {
    await registerWithKey('signup-2', { email: uniqueEmail(), country: 'US' });
    const other = uniqueEmail();
    const reused = await registerWithKey('signup-2', { email: other, country: 'US' });
    expect(reused.status).to.equal(422);
    expect(reused.body.code).to.equal('idempotency_key_reused');
    expect(await t.db('accounts').where({ email: other }).first()).to.equal(undefined);
  });

  it('when an answer was an error, then it is replayed too (a 4xx is the outcome of the request)', async () => {
    const email = uniqueEmail();
    await register(t, 'US', email);
    const taken = await registerWithKey('signup-3', { email, country: 'US' });
    expect(taken.status).to.equal(409);
    const replay = await registerWithKey('signup-3', { email, country: 'US' });
    expect(replay.status).to.equal(409);
    expect(replay.body.code).to.equal('email_taken');
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.headers['content-type']).to.match(/application\/problem\+json/);
  });

  it('when two callers use the same key, then each gets its own result', async () => {
    const [alice, bob] = [await register(t), await register(t)];
    t.clock.advanceSeconds(120); // past the resend cooldown of the registration codes
    const a = await t.api.post('/v1/onboarding/email-code').set(alice.auth).set('Idempotency-Key', 'resend').send({});
    const b = await t.api.post('/v1/onboarding/email-code').set(bob.auth).set('Idempotency-Key', 'resend').send({});
    expect([a.status, b.status]).to.deep.equal([202, 202]);
    expect(b.headers['idempotent-replayed']).to.equal(undefined);
    expect(await t.inbox.code(bob.email, 2)).to.match(/^\d{6}$/);
    expect(await t.inbox.code(alice.email, 2)).to.match(/^\d{6}$/);
  });

  it('when the key is longer than 255 characters, empty, or not printable, then 400 invalid_idempotency_key', async () => {
    for (const key of ['k'.repeat(256), ' ']) {
      const response = await registerWithKey(key, { email: uniqueEmail(), country: 'US' });
      expect(response.status, key).to.equal(400);
      expect(response.body.code).to.equal('invalid_idempotency_key');
    }
    expect((await registerWithKey('k'.repeat(255), { email: uniqueEmail(), country: 'US' })).status).to.equal(201);
  });

  it('when a request holding a key crashed, then the key answers 409 until its lock runs out, then runs the request', async () => {
    await registerWithKey('probe', { email: uniqueEmail(), country: 'US' });
    const { scope } = await t.db('idempotency_keys').where({ key: 'probe' }).first();
    const body = { email: uniqueEmail(), country: 'US' };
    const now = t.clock.now();
    // What a process killed mid-request leaves behind: the key in progress, nobody heartbeating.
    await t.db('idempotency_keys').insert({
      scope,
      key: 'signup-crashed',
      request_hash: requestHash('POST', '/v1/accounts', body),
      status: 'in_progress',
      locked_by: 'idem_dead',
      locked_until: addSeconds(now, 10).toISOString(),
      created_at: now.toISOString(),
    });
    const busy = await registerWithKey('signup-crashed', body);
    expect(busy.status).to.equal(409);
    expect(busy.body.code).to.equal('idempotency_key_in_use');
    expect(busy.headers['retry-after']).to.equal('1');

    t.clock.advanceSeconds(11);
    const taken = await registerWithKey('signup-crashed', body);
    expect(taken.status).to.equal(201);
    expect((await registerWithKey('signup-crashed', body)).headers['idempotent-replayed']).to.equal('true');
  });

  it('when 24 hours have passed, then the key starts afresh', async () => {
    await registerWithKey('signup-old', { email: uniqueEmail(), country: 'US' });
    t.clock.advanceSeconds(24 * 60 * 60 + 1);
    const fresh = await registerWithKey('signup-old', { email: uniqueEmail(), country: 'US' });
    expect(fresh.status).to.equal(201);
    expect(fresh.headers['idempotent-replayed']).to.equal(undefined);
  });

  it('when a response is stored, then only a hash of the request is kept and the response body is encrypted', async () => {
    const body = { email: uniqueEmail(), country: 'US' };
    const first = await registerWithKey('signup-stored', body);
    const row = await t.db('idempotency_keys').where({ key: 'signup-stored' }).first();
    expect(row.request_hash).to.equal(requestHash('POST', '/v1/accounts', body));
    expect(row.status).to.equal('completed');
    expect(row.response_status).to.equal(201);
    expect(JSON.stringify(row)).to.not.include(body.email);
    expect(JSON.stringify(row)).to.not.include(first.body.token);
  });

  it('when a request is not a POST, or has no key, then nothing is stored', async () => {
    const customer = await register(t);
    expect((await t.api.get('/v1/account').set(customer.auth).set('Idempotency-Key', 'k'.repeat(300))).status).to.equal(200);
    expect(await t.db('idempotency_keys').count({ n: '*' }).first()).to.deep.equal({ n: 0 });
  });

  it('when keys are older than 24 hours, then the cleanup job deletes them', async () => {
    await registerWithKey('signup-expiring', { email: uniqueEmail(), country: 'US' });
    await t.runJobs();
    expect(await t.db('idempotency_keys').count({ n: '*' }).first()).to.deep.equal({ n: 1 });
    t.clock.advanceSeconds(24 * 60 * 60 + 1);
    await t.runJobs();
    expect(await t.db('idempotency_keys').count({ n: '*' }).first()).to.deep.equal({ n: 0 });
  });
});

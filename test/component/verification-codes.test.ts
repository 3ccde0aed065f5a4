import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { register, type Customer } from '../helpers/customer-flow.js';

describe('code rules through the API (signup frontend)', () => {
  let t: TestApp;
  let customer: Customer;
  beforeEach(async () => {
    t = await createTestApp({ env: { CODE_MAX_ATTEMPTS: '3', CODE_MAX_FAILURES: '5' } });
    customer = await register(t, 'US');
  });
  afterEach(() => t.close());

  const verifyEmail = (code: string) => t.api.post('/v1/onboarding/email-code/verify').set(customer.auth).send({ code });
  const resend = () => t.api.post('/v1/onboarding/email-code').set(customer.auth);
  const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

  it('when a code is asked for again within the cooldown, then 429 resend_too_soon with Retry-After', async () => {
    const response = await resend();
    expect(response.status).to.equal(429);
    expect(response.body.code).to.equal('resend_too_soon');
    expect(Number(response.headers['retry-after'])).to.be.within(1, 60);
  });

  it('when a new code is sent, then the previous one is void', async () => {
    const first = await t.inbox.code(customer.email, 1);
    t.clock.advanceSeconds(61);
    expect((await resend()).status).to.equal(202);
    const second = await t.inbox.code(customer.email, 2);
    if (first !== second) expect((await verifyEmail(first)).body.code).to.equal('invalid_code');
    expect((await verifyEmail(second)).status).to.equal(200);
  });

  it('when the code is past its TTL, then 422 code_expired', async () => {
    const code = await t.inbox.code(customer.email, 1);
    t.clock.advanceSeconds(601);
    const response = await verifyEmail(code);
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('code_expired');
  });

  it('when a wrong code is given, then 422 invalid_code; after the attempt limit even the right code is 429', async () => {
    const code = await t.inbox.code(customer.email, 1);
    for (let i = 0; i < 3; i += 1) {
      const response = await verifyEmail(wrong(code));
      expect(response.status).to.equal(422);
      expect(response.body.code).to.equal('invalid_code');
    }
    const right = await verifyEmail(code);
    expect(right.status).to.equal(429);
    expect(right.body.code).to.equal('too_many_attempts');
  });

  it('when wrong codes exhaust the daily budget, then fresh codes are refused too until the window passes', async () => {
    let code = await t.inbox.code(customer.email, 1);
    for (let sent = 1; sent <= 3; sent += 1) {
      for (let i = 0; i < 2; i += 1) await verifyEmail(wrong(code));
      t.clock.advanceSeconds(61);
      await resend();
      code = await t.inbox.code(customer.email, sent + 1);
    }
    const refused = await verifyEmail(code);
    expect(refused.status).to.equal(429);
    expect(refused.body.code).to.equal('too_many_attempts');

    t.clock.advanceSeconds(24 * 3600);
    await resend();
    const fresh = await t.inbox.code(customer.email, 5);
    expect((await verifyEmail(fresh)).status).to.equal(200);
  });

  it('when an email code is offered to the mobile step, then it is refused: codes are bound to their step', async () => {
    const code = await t.inbox.code(customer.email, 1);
    const response = await t.api.post('/v1/onboarding/mobile-code/verify').set(customer.auth).send({ code });
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('invalid_code');
  });

  it('when the transport fails, then the message stays queued and the retry delivers the same code', async () => {
    await t.inbox.code(customer.email, 1);
    t.clock.advanceSeconds(61);
    t.inbox.failuresToInject = 1;
    expect((await resend()).status).to.equal(202);
    await t.messagesSettled();
    expect(t.inbox.sentTo(customer.email)).to.have.length(1);
    t.clock.advanceSeconds(10);
    await t.runJobs();
    const code = await t.inbox.code(customer.email, 2);
    expect((await verifyEmail(code)).status).to.equal(200);
    const stored = await t.db('messages').where({ recipient: customer.email }).orderBy('created_at');
    expect(stored.every((row: { status: string; code: string | null; text: string }) => row.status === 'sent' && row.code === null && !row.text.includes(code))).to.equal(true);
  });

  it('when a message waits in the outbox, then its code and text are sealed; past the code’s expiry it is not sent and is wiped', async () => {
    await t.inbox.code(customer.email, 1);
    t.clock.advanceSeconds(61);
    t.inbox.failuresToInject = 1;
    await resend();
    await t.messagesSettled();
    const pending = await t.db('messages').where({ recipient: customer.email, status: 'pending' }).first();
    expect(pending.text).to.match(/^v1:/);
    expect(pending.code).to.match(/^v1:/);

    t.clock.advanceSeconds(601);
    await t.runJobs();
    expect(t.inbox.sentTo(customer.email)).to.have.length(1);
    const expired = await t.db('messages').where({ id: pending.id }).first();
    expect(expired).to.include({ status: 'expired', code: null });
    expect(expired.text).to.include('******');
  });

  it('when codes are stored, then only an HMAC is kept, never the code', async () => {
    const code = await t.inbox.code(customer.email, 1);
    const rows = await t.db('verification_codes').where({ account_id: customer.accountId });
    expect(rows).to.have.length(1);
    expect(JSON.stringify(rows)).not.to.include(code);
    expect(rows[0].code_hash).to.match(/^[0-9a-f]{64}$/);
  });
});

import { expect } from 'chai';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, register, uniqueEmail } from '../helpers/customer-flow.js';

describe('on PostgreSQL (TEST_DATABASE_URL)', function () {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let t: TestApp;

  before(async function () {
    schema = await createPostgresSchema();
    if (!schema) {
      console.log('    note: TEST_DATABASE_URL is not set; PostgreSQL tests are skipped');
      this.skip();
    }
    t = await createTestApp({ databaseUrl: schema!.url });
  });
  after(async () => {
    await t?.close();
    await schema?.drop();
  });

  it('when the service starts, then every migration has run and /readyz is ready', async () => {
    const ready = await t.api.get('/readyz');
    expect(ready.status).to.equal(200);
    expect(ready.body.checks).to.deep.equal({ database: 'ok', migrations: 'ok' });
  });

  it('when a customer goes through the activation flow, then it works as on SQLite', async () => {
    const customer = await onboard(t, 'CL');
    const state = await t.api.get('/v1/onboarding').set(customer.auth);
    expect(state.body.next_step).to.equal('card');
    const account = await t.api.get('/v1/account').set(customer.auth);
    expect(account.body).to.include({ country: 'CL', currency: 'CLP', mobile: '+56961234567', type: 'individual' });
  });

  it('when two registrations race for one email, then exactly one wins and the other gets 409', async () => {
    const email = uniqueEmail();
    const results = await Promise.all([1, 2, 3].map(() => t.api.post('/v1/accounts').send({ email, country: 'US' })));
    expect(results.map((r) => r.status).sort()).to.deep.equal([201, 409, 409]);
  });

  it('when a code is checked, then the failure budget counts work on PostgreSQL too', async () => {
    const customer = await register(t, 'US');
    const response = await t.api.post('/v1/onboarding/email-code/verify').set(customer.auth).send({ code: 'nope00' });
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('invalid_code');
  });

  it('when ten wrong codes and ten resends arrive at once, then the account lock lets exactly the limits through', async () => {
    const customer = await register(t, 'US');
    const guesses = await Promise.all(
      Array.from({ length: 10 }, () => t.api.post('/v1/onboarding/email-code/verify').set(customer.auth).send({ code: 'x00000' })),
    );
    expect(guesses.filter((r) => r.body.code === 'invalid_code')).to.have.length(5);
    expect(guesses.filter((r) => r.body.code === 'too_many_attempts')).to.have.length(5);

    t.clock.advanceSeconds(61);
    const sends = await Promise.all(Array.from({ length: 10 }, () => t.api.post('/v1/onboarding/email-code').set(customer.auth)));
    expect(sends.filter((r) => r.status === 202)).to.have.length(1);
    expect(sends.filter((r) => r.body.code === 'resend_too_soon')).to.have.length(9);
  });
});

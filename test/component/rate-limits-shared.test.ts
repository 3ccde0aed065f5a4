import { expect } from 'chai';
import { freePort } from '../crash/service-process.js';
import { uniqueEmail } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const signInCode = (t: TestApp) => t.api.post('/v1/sessions/email-code').send({ email: uniqueEmail('limit') });

async function metric(t: TestApp, series: string): Promise<number> {
  const line = (await t.api.get('/metrics')).text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('rate limits when Redis is unreachable (REDIS_URL points at a closed port)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}`, REDIS_TIMEOUT_MS: '200' } });
  });
  after(() => t.close());

  it('when a code is requested, then the public limit fails closed: 429 with Retry-After, counted', async () => {
    const response = await signInCode(t);
    expect(response.status).to.equal(429);
    expect(response.body.code).to.equal('rate_limited');
    expect(response.body.detail).to.match(/cannot be checked right now/);
    expect(Number(response.headers['retry-after'])).to.be.greaterThan(0);
    expect(t.inbox.messages, 'no code was sent').to.have.length(0);
    expect(await metric(t, 'card_vault_rate_limit_rejections_total{limit="public",reason="store_unavailable"}')).to.be.at.least(1);
  });

  it('when an API call is made, then the per-token limit fails open: answered, and counted as allowed', async () => {
    const response = await t.api.get('/v1/reference/industries');
    expect(response.status).to.equal(200);
    expect(await metric(t, 'card_vault_rate_limit_store_failures_total{limit="token",action="allowed"}')).to.be.at.least(1);
  });

  it('when /readyz is asked, then it reports Redis as failing and stays ready on the database', async () => {
    const ready = await t.api.get('/readyz');
    expect(ready.status).to.equal(200);
    expect(ready.body.checks).to.deep.equal({ database: 'ok', migrations: 'ok', redis: 'fail' });
  });
});

describe('rate limits shared through Redis (REDIS_URL)', () => {
  const apps: TestApp[] = [];

  before(async function () {
    if (!process.env.REDIS_URL) {
      console.log('    note: REDIS_URL is not set; shared rate-limit tests are skipped');
      this.skip();
    }
    // Two instances of the service on one Redis, under a prefix of their own.
    const env = { REDIS_URL: process.env.REDIS_URL!, REDIS_KEY_PREFIX: `cv-test-${Date.now()}-${Math.random().toString(36).slice(2)}:`, RATE_LIMIT_PUBLIC_PER_MINUTE: '3' };
    apps.push(await createTestApp({ env }), await createTestApp({ env }));
    // Connected before the first request, as main.ts waits at start-up.
    await Promise.all(apps.map((app) => app.context.redis!.waitUntilReady(2000)));
  });
  after(() => Promise.all(apps.map((app) => app.close())));

  it('when one address sends eight code requests across two instances, then exactly three are admitted', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, (_, index) => signInCode(apps[index % 2]!)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 202)).to.have.length(3);
    expect(statuses.filter((status) => status === 429)).to.have.length(5);
    expect(responses.find((response) => response.status === 429)!.body.detail).to.match(/Too many requests from this address/);
  });

  it('when /readyz is asked, then it reports Redis as ok', async () => {
    const ready = await apps[0]!.api.get('/readyz');
    expect(ready.status).to.equal(200);
    expect(ready.body.checks).to.deep.equal({ database: 'ok', migrations: 'ok', redis: 'ok' });
  });
});

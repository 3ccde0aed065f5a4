import { expect } from 'chai';
import express from 'express';
import { SignJWT, UnsecuredJWT } from 'jose';
import supertest from 'supertest';
import { createLogger } from '../../src/logger.js';
import { problemDetailsHandler } from '../../src/http/problem-details.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { register, uniqueEmail } from '../helpers/customer-flow.js';

const secret = new TextEncoder().encode('development-only-secret-change-me-0123456789');

async function signed(claims: Record<string, unknown>, options: { exp?: number | null; iss?: string; aud?: string } = {}) {
  const jwt = new SignJWT({ scope: 'support', ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuedAt();
  jwt.setIssuer(options.iss ?? 'card-vault').setAudience(options.aud ?? 'card-vault');
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 300);
  return jwt.sign(secret);
}

describe('HTTP plumbing: auth, errors, limits, health', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('when the service is up, then /healthz, /readyz and /metrics answer', async () => {
    expect((await t.api.get('/healthz')).body).to.deep.equal({ status: 'ok' });
    const ready = await t.api.get('/readyz');
    expect(ready.status).to.equal(200);
    expect(ready.body.checks).to.deep.equal({ database: 'ok', migrations: 'ok' });
    const metrics = await t.api.get('/metrics');
    expect(metrics.text).to.include('http_request_duration_seconds');
  });

  it('when the database is gone, then /readyz is 503', async () => {
    await t.db.destroy();
    const ready = await t.api.get('/readyz');
    expect(ready.status).to.equal(503);
    expect(ready.body.status).to.equal('not_ready');
    t = await createTestApp();
  });

  it('when a token is unsigned, expired, lacks exp, or has a wrong issuer, audience or signature, then 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const tokens = [
      new UnsecuredJWT({ scope: 'support' }).setSubject('alice').setIssuer('card-vault').setAudience('card-vault').setExpirationTime('5m').encode(),
      await signed({}, { exp: now - 10 }),
      await signed({}, { exp: null }),
      await signed({}, { iss: 'someone-else' }),
      await signed({}, { aud: 'another-service' }),
      `${(await signed({})).slice(0, -4)}AAAA`,
    ];
    for (const token of tokens) {
      const response = await t.api.get('/v1/account').set('Authorization', `Bearer ${token}`);
      expect(response.status, token).to.equal(401);
      expect(response.body.code).to.equal('unauthenticated');
      expect(response.headers['www-authenticate']).to.include('Bearer');
    }
  });

  it('when a token lacks the needed scope, then 403 forbidden', async () => {
    const support = await t.token('alice', ['support']);
    const response = await t.api.get('/v1/account').set('Authorization', `Bearer ${support}`);
    expect(response.status).to.equal(403);
    expect(response.body.code).to.equal('forbidden');
  });

  it('when the body is not JSON or too large, then 400 invalid_json / 413 payload_too_large, never a 500', async () => {
    const broken = await t.api.post('/v1/accounts').set('Content-Type', 'application/json').send('{"email": "4242424242424242"');
    expect(broken.status).to.equal(400);
    expect(broken.body.code).to.equal('invalid_json');
    expect(JSON.stringify(broken.body)).not.to.include('4242424242424242');
    const huge = await t.api.post('/v1/accounts').send({ email: uniqueEmail(), country: 'US', padding: 'x'.repeat(70 * 1024) });
    expect(huge.status).to.equal(413);
    expect(huge.body.code).to.equal('payload_too_large');
  });

  it('when the body is JSON in a charset other than UTF-8, then 415 unsupported_media_type', async () => {
    const response = await t.api.post('/v1/accounts').set('Content-Type', 'application/json; charset=latin1').send('{"email":"a@b.co","country":"US"}');
    expect(response.status).to.equal(415);
    expect(response.body.code).to.equal('unsupported_media_type');
  });

  it('when a body nests thousands deep, then 400 invalid_json, with or without an Idempotency-Key', async () => {
    const deep = `{"email":${'['.repeat(5000)}${']'.repeat(5000)},"country":"US"}`;
    for (const key of [undefined, 'deep-1']) {
      const request = t.api.post('/v1/accounts').set('Content-Type', 'application/json');
      if (key) request.set('Idempotency-Key', key);
      const response = await request.send(deep);
      expect(response.status).to.equal(400);
      expect(response.body.code).to.equal('invalid_json');
    }
  });

  it('when a path parameter cannot be decoded or a gzip body is corrupt, then 4xx problem+json, not 500', async () => {
    const badPath = await t.api.get('/v1/cards/%ZZ');
    expect(badPath.status).to.equal(400);
    expect(badPath.body.code).to.equal('invalid_request');
    const badGzip = await t.api.post('/v1/accounts').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('not gzip at all');
    expect(badGzip.status).to.equal(400);
    expect(badGzip.body.code).to.equal('invalid_request');
  });

  it('when a body carries a card number in any field, then 422 raw_card_data_refused and nothing is stored', async () => {
    const email = uniqueEmail();
    const response = await t.api.post('/v1/accounts').send({ email, country: 'US', note: { deep: ['4242 4242 4242 4242'] } });
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('raw_card_data_refused');
    expect(await t.db('accounts').where({ email_normalized: email }).first()).to.equal(undefined);
  });

  it('when an unknown route is called, then 404 problem+json', async () => {
    const response = await t.api.get('/v1/nowhere');
    expect(response.status).to.equal(404);
    expect(response.body).to.include({ status: 404, code: 'not_found' });
    expect(response.body.type).to.equal('urn:card-vault:problem:not_found');
  });

  it('when every response goes out, then it carries a request id, and a caller-supplied one is kept', async () => {
    const response = await t.api.get('/healthz').set('X-Request-Id', 'trace-12345678');
    expect(response.headers['x-request-id']).to.equal('trace-12345678');
    expect((await t.api.get('/healthz')).headers['x-request-id']).to.match(/^req_/);
  });

  it('when an unexpected error happens, then a generic 500 with an error id, no stack, and a log line with the id', async () => {
    const lines: string[] = [];
    const app = express();
    app.get('/boom', () => {
      throw new Error('secret internals at /srv/app.ts:12');
    });
    app.use(problemDetailsHandler(createLogger('error', { write: (line: string) => void lines.push(line) })));
    const response = await supertest(app).get('/boom');
    expect(response.status).to.equal(500);
    expect(response.body.code).to.equal('internal_error');
    expect(response.text).not.to.include('secret internals');
    expect(lines.join('')).to.include(response.body.error_id);
  });
});

describe('structured logs', () => {
  it('when a request is served, then its log line is JSON with the request id; a card number in a broken body never reaches the log', async () => {
    const logLines: string[] = [];
    const t = await createTestApp({ logLines });
    try {
      const response = await t.api.post('/v1/accounts').set('Content-Type', 'application/json').send('{"email": "4000056655665556", ');
      expect(response.status).to.equal(400);
      const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(entries.some((entry) => entry.request_id === response.headers['x-request-id'] && entry.status === 400)).to.equal(true);
      expect(logLines.join('')).not.to.include('4000056655665556');
    } finally {
      await t.close();
    }
  });
});

describe('rate limits on the public endpoints', () => {
  it('when one address registers too often, then 429 rate_limited with Retry-After', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_PUBLIC_PER_MINUTE: '2' } });
    try {
      await register(t);
      await register(t);
      const response = await t.api.post('/v1/accounts').send({ email: uniqueEmail(), country: 'US' });
      expect(response.status).to.equal(429);
      expect(response.body.code).to.equal('rate_limited');
      expect(Number(response.headers['retry-after'])).to.be.within(1, 60);
      expect((await t.api.get('/v1/reference/industries')).status).to.equal(200);
    } finally {
      await t.close();
    }
  });
});

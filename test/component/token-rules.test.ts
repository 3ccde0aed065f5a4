import { expect } from 'chai';
import { SignJWT } from 'jose';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const secret = new TextEncoder().encode('development-only-secret-change-me-0123456789');
const now = () => Math.floor(Date.now() / 1000);

/** A support token with these claims (HS256, our issuer and audience); `undefined` leaves one out. */
function token(claims: { sub?: unknown; iat?: number; nbf?: number; exp?: number }) {
  const payload: Record<string, unknown> = { scope: 'support', iss: 'card-vault', aud: 'card-vault', ...claims };
  for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(secret);
}

describe('token rules: subject, issue time, lifetime (AUTH_MAX_TOKEN_TTL_SECONDS)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { AUTH_MAX_TOKEN_TTL_SECONDS: '86400' } });
  });
  after(() => t.close());

  const audit = async (jwt: string) => t.api.get('/v1/support/audit').set('Authorization', `Bearer ${jwt}`);

  it('when a token is well formed, issued now, within skew, and lives at most the maximum, then it is accepted', async () => {
    for (const claims of [
      { sub: 'alice', iat: now(), exp: now() + 300 },
      { sub: 'alice', iat: now() + 30, nbf: now() + 30, exp: now() + 300 },
      { sub: 'alice', iat: now() - 100, exp: now() - 100 + 86400 },
    ]) {
      const response = await audit(await token(claims));
      expect(response.status, JSON.stringify(claims)).to.equal(200);
    }
  });

  it('when sub is not a string, iat or nbf is in the future, iat is missing, or the token lives too long, then 401', async () => {
    const cases: Array<[string, Parameters<typeof token>[0]]> = [
      ['a numeric sub', { sub: 42, iat: now(), exp: now() + 300 }],
      ['an object sub', { sub: { id: 'alice' }, iat: now(), exp: now() + 300 }],
      ['an empty sub', { sub: '', iat: now(), exp: now() + 300 }],
      ['an iat ten minutes ahead', { sub: 'alice', iat: now() + 600, exp: now() + 900 }],
      ['an nbf ten minutes ahead', { sub: 'alice', iat: now(), nbf: now() + 600, exp: now() + 900 }],
      ['no iat', { sub: 'alice', exp: now() + 300 }],
      ['an exp in the year 9999', { sub: 'alice', iat: now(), exp: 253402300799 }],
      ['a life one second over the maximum', { sub: 'alice', iat: now() - 10, exp: now() - 10 + 86401 }],
      ['an exp ten seconds ago', { sub: 'alice', iat: now() - 300, exp: now() - 10 }],
    ];
    for (const [description, claims] of cases) {
      const response = await audit(await token(claims));
      expect(response.status, description).to.equal(401);
      expect(response.body.code).to.equal('unauthenticated');
    }
  });

  it('when the maximum is configured lower, then our own one-hour tokens over it are refused', async () => {
    const strict = await createTestApp({ env: { AUTH_MAX_TOKEN_TTL_SECONDS: '600' } });
    try {
      const long = await strict.token('alice', ['support']);
      expect((await strict.api.get('/v1/support/audit').set('Authorization', `Bearer ${long}`)).status).to.equal(401);
      const short = await strict.context.tokenIssuer.issue('alice', ['support'], 600);
      expect((await strict.api.get('/v1/support/audit').set('Authorization', `Bearer ${short}`)).status).to.equal(200);
    } finally {
      await strict.close();
    }
  });
});

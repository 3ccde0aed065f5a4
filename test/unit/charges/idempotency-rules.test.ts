import { expect } from 'chai';
import type { Scope } from '../../../src/auth/principal.js';
import { callerScope, idempotencyKeyProblem, isReplayableResponse, requestHash } from '../../../src/http/idempotency-rules.js';

const principal = (subject: string, scopes: Scope[]) => ({ subject, scopes: new Set(scopes) });

describe('idempotency rules', () => {
  it('when a key is 1 to 255 letters, digits, ".", "_", ":" or "-", then it is accepted; empty, longer or with other characters, refused', () => {
    expect(idempotencyKeyProblem('inv-2026-0001')).to.equal(undefined);
    expect(idempotencyKeyProblem('inv_2026.11:0001')).to.equal(undefined);
    expect(idempotencyKeyProblem('123e4567-e89b-12d3-a456-426614174000')).to.equal(undefined);
    expect(idempotencyKeyProblem('inv 2026/11')).to.match(/letters, digits/);
    expect(idempotencyKeyProblem('k'.repeat(255))).to.equal(undefined);
    expect(idempotencyKeyProblem('k'.repeat(256))).to.match(/255/);
    expect(idempotencyKeyProblem('')).to.match(/empty/);
    expect(idempotencyKeyProblem('   ')).to.match(/empty/);
    expect(idempotencyKeyProblem('a\tb')).to.match(/letters, digits/);
    expect(idempotencyKeyProblem('clé')).to.match(/letters, digits/);
  });

  it('when two callers use one key, then their scopes differ; an anonymous caller is scoped by address', () => {
    expect(callerScope(principal('billing-job', ['billing']), '10.0.0.1')).to.equal('sub:billing-job|billing');
    expect(callerScope(principal('acct_1', ['account']), '10.0.0.1')).to.not.equal(callerScope(principal('acct_2', ['account']), '10.0.0.1'));
    expect(callerScope(principal('x', ['support', 'billing']), undefined)).to.equal(callerScope(principal('x', ['billing', 'support']), undefined));
    expect(callerScope(undefined, '10.0.0.1')).to.equal('ip:10.0.0.1');
    expect(callerScope(principal('s'.repeat(300), ['billing']), undefined)).to.match(/^sha256:[0-9a-f]{64}$/);
  });

  it('when the body has the same fields in another order, then the hash is the same; another path, method or value changes it', () => {
    const hash = requestHash('POST', '/v1/accounts/a/charges', { amount: 100, currency: 'USD' });
    expect(hash).to.match(/^[0-9a-f]{64}$/);
    expect(requestHash('post', '/v1/accounts/a/charges', { currency: 'USD', amount: 100 })).to.equal(hash);
    expect(requestHash('POST', '/v1/accounts/b/charges', { amount: 100, currency: 'USD' })).to.not.equal(hash);
    expect(requestHash('POST', '/v1/accounts/a/charges', { amount: 101, currency: 'USD' })).to.not.equal(hash);
    expect(requestHash('PUT', '/v1/accounts/a/charges', { amount: 100, currency: 'USD' })).to.not.equal(hash);
    expect(requestHash('POST', '/p', undefined)).to.not.equal(requestHash('POST', '/p', {}));
  });

  it('when a response is an outcome, then it is kept for replay; server errors, limits, auth and in-use conflicts are not', () => {
    for (const status of [200, 201, 202, 400, 402, 403, 404, 422]) expect(isReplayableResponse(status, undefined), String(status)).to.equal(true);
    expect(isReplayableResponse(409, 'email_taken')).to.equal(true);
    expect(isReplayableResponse(409, 'idempotency_key_in_use')).to.equal(false);
    for (const status of [401, 429, 500, 502, 503]) expect(isReplayableResponse(status, undefined), String(status)).to.equal(false);
  });
});

import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

// Every path the contract (API.md) names, with its method.
const contract = [
  'post /v1/accounts', 'post /v1/sessions/email-code', 'post /v1/sessions', 'get /v1/account', 'put /v1/account/preferences',
  'get /v1/reference/industries', 'get /v1/reference/currencies', 'get /v1/onboarding', 'post /v1/onboarding/email-code',
  'post /v1/onboarding/email-code/verify', 'post /v1/onboarding/mobile-code', 'post /v1/onboarding/mobile-code/verify',
  'put /v1/onboarding/details', 'post /v1/cards', 'post /v1/cards/{id}/confirm', 'get /v1/cards', 'post /v1/cards/{id}/default',
  'put /v1/cards/order', 'patch /v1/cards/{id}', 'delete /v1/cards/{id}', 'get /v1/cards/history',
  'post /v1/accounts/{account_id}/charges', 'get /v1/accounts/{account_id}/charges', 'get /v1/accounts/{account_id}/charges/{id}',
  'get /v1/support/accounts', 'get /v1/support/accounts/{id}', 'get /v1/support/audit', 'post /v1/webhooks/stripe',
  'get /healthz', 'get /readyz', 'get /metrics',
  'get /v1/balance', 'get /v1/balance/transactions', 'put /v1/balance/alert', 'post /v1/topups', 'post /v1/topups/{id}/confirm',
  'post /v1/topups/{id}/cancel', 'get /v1/topups', 'get /v1/topups/{id}', 'post /v1/support/accounts/{id}/transfers',
  'post /v1/transfer-tickets', 'get /v1/transfer-tickets', 'get /v1/transfer-tickets/{id}', 'get /v1/support/transfer-tickets',
  'get /v1/support/transfer-tickets/{id}/certificate', 'post /v1/support/transfer-tickets/{id}/credit', 'post /v1/support/transfer-tickets/{id}/reject',
];

describe('the OpenAPI document and /docs', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('when /openapi.json is read, then it documents every path and method of the contract', async () => {
    const response = await t.api.get('/openapi.json');
    expect(response.status).to.equal(200);
    expect(response.body.openapi).to.match(/^3\.1/);
    const documented = Object.entries(response.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    const normalize = (entry: string) => entry.replace(/\{[^}]+\}/g, '{}');
    const missing = contract.filter((entry) => !documented.map(normalize).includes(normalize(entry)));
    expect(missing).to.deep.equal([]);
  });

  it('when /docs is opened, then the page and its scripts are served from this service', async () => {
    const page = await t.api.get('/docs');
    expect(page.status).to.equal(200);
    expect(page.text).to.include('/docs/assets/swagger-ui-bundle.js');
    expect((await t.api.get('/docs/assets/swagger-ui-bundle.js')).status).to.equal(200);
    expect((await t.api.get('/docs/init.js')).text).to.include('/openapi.json');
  });
});

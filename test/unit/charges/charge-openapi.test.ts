import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { expect } from 'chai';
import { registerChargePaths } from '../../../src/features/charges/charge-openapi.js';

describe('registerChargePaths', () => {
  it('when the charge paths are generated, then the Charging routes of the contract are there with their statuses', () => {
    const registry = new OpenAPIRegistry();
    registerChargePaths(registry);
    const paths = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 'Card Vault', version: '1' } }).paths ?? {};
    expect(Object.keys(paths)).to.have.members(['/v1/accounts/{account_id}/charges', '/v1/accounts/{account_id}/charges/{id}', '/v1/accounts/{account_id}/charges/{id}/cancel']);
    const post = paths['/v1/accounts/{account_id}/charges']?.post;
    expect(Object.keys(post?.responses ?? {})).to.include.members(['201', '400', '401', '402', '403', '404', '409', '422', '503']);
    expect(post?.security).to.deep.equal([{ bearer: ['billing'] }]);
    expect(JSON.stringify(post?.parameters)).to.include('Idempotency-Key');
  });

  it('when the 503 is documented, then it names both codes and when each applies: unknown once a payment intent exists, unavailable only before', () => {
    const registry = new OpenAPIRegistry();
    registerChargePaths(registry);
    const post = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 'Card Vault', version: '1' } }).paths?.['/v1/accounts/{account_id}/charges']?.post;
    const unavailable = post?.responses?.['503'] as { description: string; content: Record<string, { schema: { properties: { code: { enum: string[] } } } }> };
    expect(unavailable.content['application/problem+json']!.schema.properties.code.enum).to.have.members(['gateway_outcome_unknown', 'gateway_unavailable']);
    expect(unavailable.description).to.match(/gateway_outcome_unknown: confirming the try’s payment intent failed/);
    expect(unavailable.description).to.match(/gateway_unavailable: the gateway failed before any payment intent existed/);
    expect(post?.description).to.match(/errors that are retryable on their own/);
  });
});

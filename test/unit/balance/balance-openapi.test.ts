import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { expect } from 'chai';
import { registerBalancePaths } from '../../../src/features/balance/balance-openapi.js';

describe('registerBalancePaths', () => {
  const document = () => {
    const registry = new OpenAPIRegistry();
    registerBalancePaths(registry);
    return new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 'Card Vault', version: '1' } });
  };

  it('when the balance paths are generated, then every path of the contract section is there, each with an operationId and its path parameters', () => {
    const paths = document().paths ?? {};
    const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods as Record<string, { operationId?: string; parameters?: Array<{ in: string; name: string }> }>).map(([method, op]) => ({ key: `${method} ${path}`, op, path })));
    expect(operations.map((operation) => operation.key)).to.have.members([
      'get /v1/balance', 'get /v1/balance/transactions', 'put /v1/balance/alert', 'post /v1/balance/pay-past-due', 'post /v1/topups', 'get /v1/topups', 'get /v1/topups/{id}',
      'post /v1/topups/{id}/confirm', 'post /v1/topups/{id}/cancel', 'post /v1/support/accounts/{id}/transfers',
    ]);
    for (const { key, op, path } of operations) {
      expect(op.operationId, key).to.match(/^[a-z][A-Za-z]+$/);
      for (const name of [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])) {
        expect(op.parameters?.some((parameter) => parameter.in === 'path' && parameter.name === name), `${key} declares {${name}}`).to.equal(true);
      }
    }
    expect(new Set(operations.map((operation) => operation.op.operationId)).size).to.equal(operations.length);
  });

  it('when the top-up operation is read, then it documents 201, 202 (3-D Secure), 402 with the top-up, 409, 422, 429 and 503', () => {
    const post = document().paths?.['/v1/topups']?.post;
    expect(Object.keys(post?.responses ?? {})).to.include.members(['201', '202', '400', '402', '409', '422', '429', '503']);
    expect(JSON.stringify(post?.parameters)).to.include('Idempotency-Key');
  });
});

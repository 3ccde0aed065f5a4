import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { expect } from 'chai';
import { registerCardPaths } from '../../../src/features/cards/card-openapi.js';

describe('registerCardPaths', () => {
  it('when the card paths are generated, then every Cards route of the contract is there with its statuses', () => {
    const registry = new OpenAPIRegistry();
    registerCardPaths(registry);
    const paths = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 'Card Vault', version: '1' } }).paths ?? {};
    expect(Object.keys(paths)).to.include.members(['/v1/cards', '/v1/cards/{id}/confirm', '/v1/cards/history', '/v1/cards/{id}/default', '/v1/cards/order', '/v1/cards/{id}', '/v1/webhooks/stripe']);
    expect(Object.keys(paths['/v1/cards']?.post?.responses ?? {})).to.include.members(['201', '202', '402', '409', '422', '429', '503']);
    expect(Object.keys(paths['/v1/cards/{id}']?.patch?.responses ?? {})).to.include.members(['200', '202', '402', '404', '422']);
    expect(Object.keys(paths['/v1/cards/{id}']?.delete?.responses ?? {})).to.include.members(['204', '404', '409']);
    // The signed-in customer, or the pay page's session (scope pay); deleting a card is the customer's alone.
    expect(paths['/v1/cards']?.get?.security).to.deep.equal([{ bearer: ['account'] }, { bearer: ['pay'] }]);
    expect(paths['/v1/cards/{id}']?.delete?.security).to.deep.equal([{ bearer: ['account'] }]);
  });
});

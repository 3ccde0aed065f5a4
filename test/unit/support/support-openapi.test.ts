import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { expect } from 'chai';
import { registerSupportPaths } from '../../../src/features/support/support-openapi.js';

describe('registerSupportPaths', () => {
  it('when the support paths are generated, then each needs the support scope and documents its parameters', () => {
    const registry = new OpenAPIRegistry();
    registerSupportPaths(registry);
    const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 'Card Vault', version: '1' } });
    const paths = document.paths ?? {};
    expect(Object.keys(paths)).to.have.members(['/v1/support/accounts', '/v1/support/accounts/{id}', '/v1/support/audit']);
    for (const path of Object.values(paths)) {
      expect(path.get?.security).to.deep.equal([{ bearer: ['support'] }]);
      expect(Object.keys(path.get?.responses ?? {})).to.include.members(['200', '401', '403']);
    }
    const parameters = (paths['/v1/support/accounts']?.get?.parameters ?? []) as { name: string }[];
    expect(parameters.map((parameter) => parameter.name)).to.have.members(['email', 'phone', 'last4', 'brand', 'exp_month', 'exp_year', 'account_id', 'limit']);
    const auditParameters = (paths['/v1/support/audit']?.get?.parameters ?? []) as { name: string }[];
    expect(auditParameters.map((parameter) => parameter.name)).to.have.members(['limit', 'starting_after', 'account_id', 'actor']);
  });
});

import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
}
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** What client generators need from every operation, checked on the served document so that a
 * route added anywhere fails here (and in `npm run lint:openapi`) before it reaches a client. */
describe('the OpenAPI document for client generators', () => {
  let t: TestApp;
  let operations: Array<{ method: string; path: string; operation: Operation; shared: Parameter[] }>;
  before(async () => {
    t = await createTestApp();
    const document = (await t.api.get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] as Operation, shared: (item.parameters ?? []) as Parameter[] })),
    );
  });
  after(() => t.close());

  it('when /openapi.json is read, then every operation has a unique camelCase verb+noun operationId', () => {
    const missing = operations.filter(({ operation }) => !operation.operationId).map(({ method, path }) => `${method} ${path}`);
    expect(missing, 'operations without an operationId').to.deep.equal([]);
    const badlyNamed = operations.map(({ operation }) => operation.operationId!).filter((id) => !/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(id));
    expect(badlyNamed, 'operationIds that are not camelCase verb+noun').to.deep.equal([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'duplicate operationIds').to.deep.equal([]);
  });

  it('when /openapi.json is read, then every operation declares each of its path parameters as required', () => {
    const undeclared = operations.flatMap(({ method, path, operation, shared }) => {
      const declared = [...shared, ...(operation.parameters ?? [])].filter((parameter) => parameter.in === 'path' && parameter.required);
      return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!).filter((name) => !declared.some((parameter) => parameter.name === name)).map((name) => `${method} ${path}: {${name}}`);
    });
    expect(undeclared).to.deep.equal([]);
    expect(operations.filter(({ path }) => path.includes('{')).length, 'the document has parameterised paths to check').to.be.greaterThan(5);
  });
});

import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/openapi/generate-api-types.js';

describe('the TypeScript types generated from the OpenAPI document', function () {
  // openapi-typescript loads the TypeScript compiler: seconds on a busy machine.
  this.timeout(60_000);

  it(`when openapi-typescript runs on today's document, then it writes exactly the committed ${API_TYPES_FILE}`, async () => {
    const fresh = await generateApiTypes();
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(fresh === committed, `${API_TYPES_FILE} is stale: run \`npm run openapi:types\` and commit it`).to.equal(true);
    expect(committed).to.match(/operations\["createCharge"\]/);
  });
});

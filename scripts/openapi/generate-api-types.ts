import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildOpenApiDocument } from '../../src/openapi/openapi-document.js';

/** Where the generated types live (committed, so readers and the typed test client need no build step). */
export const API_TYPES_FILE = 'src/openapi/generated/api-types.ts';

const banner = `// Generated from the OpenAPI document by \`npm run openapi:types\` (openapi-typescript). Do not edit:
// test/component/openapi-types.test.ts regenerates it and fails when it is stale.
`;

/** TypeScript types for every path, operation and schema of the served OpenAPI document. */
export async function generateApiTypes(): Promise<string> {
  // The server URL does not reach the types; any base URL gives the same file.
  const document = buildOpenApiDocument('https://card-vault.invalid') as unknown as OpenAPI3;
  const ast = await openapiTS(document, { alphabetize: false, silent: true });
  return banner + astToString(ast);
}

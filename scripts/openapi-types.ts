// Regenerates the TypeScript types of the API from the OpenAPI document:
//   npm run openapi:types
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './openapi/generate-api-types.js';

writeFileSync(API_TYPES_FILE, await generateApiTypes());
process.stdout.write(`wrote ${API_TYPES_FILE}\n`);

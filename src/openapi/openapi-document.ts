import { registerPayerPaths } from '../features/payers/payer-openapi.js';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { registerAutoTopupPaths } from '../features/balance/auto-topup-openapi.js';
import { registerBalancePaths } from '../features/balance/balance-openapi.js';
import { registerEventPaths } from '../features/billing-events/event-openapi.js';
import { registerCardPaths } from '../features/cards/card-openapi.js';
import { registerChargePaths } from '../features/charges/charge-openapi.js';
import { registerSupportPaths } from '../features/support/support-openapi.js';
import { registerTransferTicketPaths } from '../features/transfer-tickets/transfer-ticket-openapi.js';
import { registerOnboardingPaths } from './paths/onboarding-paths.js';
import { registerPayPagePaths } from '../features/pay-page/pay-page-openapi.js';

const conventions = `
JSON under /v1, snake_case fields, ISO 8601 UTC times, money as integers in the currency's minor
unit (JPY and CLP have none). Errors are RFC 9457 problem+json with a stable \`code\`.
Every POST takes an \`Idempotency-Key\` header (required on charges): same key and body within 24 h
replays the first response with \`Idempotent-Replayed: true\`; a different body is 422
\`idempotency_key_reused\`; a key whose first request is still running is 409 \`idempotency_key_in_use\`.
Idempotency keys are 1-255 of A-Z a-z 0-9 . _ : - (otherwise 400 \`invalid_idempotency_key\`);
\`Authorization\` or \`Idempotency-Key\` sent twice is 400 \`invalid_request\`.
Control characters (NUL included; tab and line break only in free-text fields) in a body or query
are 422 \`validation_failed\`; in a path, or an id not of our shape (\`card_…\`, \`acct_…\`, \`ch_…\`, \`tkt_…\`), 404.
Anything looking like a card number, in any script or disguise, in a body, query or Idempotency-Key is
refused (422 \`raw_card_data_refused\`): cards arrive as gateway payment-method ids only.`;

/** The OpenAPI 3.1 document, built once from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(publicBaseUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'Scopes (the `scope` claim): account (a customer; sub = account id), billing, support, and pay (the pay page’s session from a signed pay link, POST /v1/pay/session; sub = account id; only the routes that list it).',
  });
  registerOnboardingPaths(registry);
  registerPayerPaths(registry);
  registerCardPaths(registry);
  registerChargePaths(registry);
  registerSupportPaths(registry);
  registerBalancePaths(registry);
  registerAutoTopupPaths(registry);
  registerTransferTicketPaths(registry);
  registerEventPaths(registry);
  registerPayPagePaths(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Card Vault', version: '1.0.0', description: conventions.trim() },
    servers: [{ url: publicBaseUrl }],
  });
}

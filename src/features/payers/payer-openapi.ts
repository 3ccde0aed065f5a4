import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { addPath } from '../../openapi/openapi-helpers.js';
import { createPayerSchema, updatePayerSchema } from './payer-schemas.js';

export const payerSchema = z.object({
  id: z.string().describe('py_ and 20 base62 characters'),
  kind: z.enum(['individual', 'company']),
  legal_name: z.string(),
  tax_id: z.string().optional().describe('Chile (address country CL): a RUT, stored as 12345678-5'),
  tax_id_type: z.string().optional().describe('RUT for Chilean payers; elsewhere the payer’s own word (VAT, EIN, …)'),
  address: z.object({ line1: z.string().optional(), line2: z.string().optional(), city: z.string().optional(), region: z.string().optional(), postal_code: z.string().optional(), country: z.string() }),
  receipt_email: z.string().describe('Gets this payer’s receipts and notices (the default payer’s also go to the account’s email)'),
  is_default: z.boolean(),
  created_at: z.string(),
});

export function registerPayerPaths(registry: OpenAPIRegistry): void {
  const tag = 'Payers';
  const scope = 'account' as const;
  const params = { id: 'The payer id' };
  addPath(registry, { tag, scope, orScope: 'pay', method: 'get', path: '/v1/payers', operationId: 'listPayers', summary: 'The account’s payers, the default first', success: { status: 200, description: 'List', schema: z.object({ data: z.array(payerSchema) }) } });
  addPath(registry, {
    tag, scope, method: 'post', path: '/v1/payers', operationId: 'createPayer', summary: 'Add a payer',
    description: 'At most MAX_PAYERS_PER_ACCOUNT (default 10) live payers: 409 payer_limit_reached. 409 onboarding_incomplete before the account details are saved (they make the first payer). A Chilean payer’s tax_id is a RUT, checked as on card entry (422 invalid_rut).',
    body: createPayerSchema, success: { status: 201, description: 'The payer', schema: payerSchema }, errors: ['payer_limit_reached', 'onboarding_incomplete', 'invalid_rut', 'validation_failed'],
  });
  addPath(registry, { tag, scope, orScope: 'pay', method: 'get', path: '/v1/payers/{id}', operationId: 'getPayer', params, summary: 'One payer', success: { status: 200, description: 'The payer', schema: payerSchema }, errors: ['not_found'] });
  addPath(registry, { tag, scope, method: 'patch', path: '/v1/payers/{id}', operationId: 'updatePayer', params, summary: 'Change any of a payer’s fields', body: updatePayerSchema, success: { status: 200, description: 'The payer', schema: payerSchema }, errors: ['not_found', 'invalid_rut', 'validation_failed'] });
  addPath(registry, { tag, scope, method: 'post', path: '/v1/payers/{id}/default', operationId: 'setDefaultPayer', params, summary: 'Make the payer the account’s default payer', description: 'Cards added, top-ups and charges without payer_id then use this payer.', success: { status: 200, description: 'The payer', schema: payerSchema }, errors: ['not_found'] });
  addPath(registry, { tag, scope, method: 'delete', path: '/v1/payers/{id}', operationId: 'deletePayer', params, summary: 'Remove a payer', description: '409 payer_in_use while it has cards or charges being paid, or is the default payer.', success: { status: 204, description: 'Removed' }, errors: ['not_found', 'payer_in_use'] });
}

import { z } from 'zod';
import { isSupportedCountry } from '../accounts/countries.js';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

export const payerAddressSchema = z.strictObject({
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  region: text(100).optional(),
  postal_code: text(20).optional(),
  country: z.string().refine(isSupportedCountry, 'must be an ISO 3166 alpha-2 country code').transform((code) => code.toUpperCase()),
});

const fields = {
  kind: z.enum(['individual', 'company']),
  legal_name: text(200),
  tax_id: z.string().max(40).nullable().optional(),
  tax_id_type: z.string().max(20).nullable().optional(),
  address: payerAddressSchema,
  receipt_email: z.email('must be an email address').max(320),
};

export const createPayerSchema = z.strictObject(fields);
export const updatePayerSchema = z.strictObject(fields).partial();
export const payerQuerySchema = z.strictObject({ payer_id: z.string().min(1).max(40).optional() });

export type PayerAddress = z.infer<typeof payerAddressSchema>;
export type CreatePayerInput = z.infer<typeof createPayerSchema>;
export type UpdatePayerInput = z.infer<typeof updatePayerSchema>;

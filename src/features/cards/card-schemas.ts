import { z } from 'zod';

const upperCased = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' ? value.trim().toUpperCase() : value), schema);

export const addCardSchema = z.strictObject({
  payment_method: z.string().trim().min(1).max(255),
  holder_name: z.string().trim().min(1).max(200),
  id_type: upperCased(z.enum(['RUT', 'OTRO'])).optional(),
  id_number: z.string().max(40).optional(),
  // Where the 3-D Secure page sends the customer back to (the frontend's page).
  return_url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000).optional(),
  // The payer the card is for (GET /v1/payers); the default payer when absent.
  payer_id: z.string().min(1).max(40).optional(),
});

export const updateExpirySchema = z.strictObject({
  exp_month: z.number().int(),
  exp_year: z.number().int(),
});

export const cardListQuerySchema = z.strictObject({ payer_id: z.string().min(1).max(40).optional() });

export const cardOrderSchema = z.strictObject({
  // Whose cards these are; the default payer's when absent.
  payer_id: z.string().min(1).max(40).optional(),
  card_ids: z.array(z.string().min(1).max(40)).min(1).max(100),
});

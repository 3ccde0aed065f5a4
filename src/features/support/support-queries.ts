import { z } from 'zod';
import { AppError } from '../../errors.js';
import { validate } from '../../http/validate.js';

const brands = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'unknown'] as const;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
// The same shape as an account id in a path (ids.ts): checked before any query or audit write.
const accountId = z.string().regex(/^acct_[0-9A-Za-z]{20}$/, 'must be an account id: acct_ followed by 20 letters and digits');

// Query strings arrive as text: numbers are coerced, and a repeated parameter (an array) is refused.
export const accountSearchQuerySchema = z.strictObject({
  email: text(320).optional(),
  phone: text(40).optional(),
  last4: z.string().regex(/^\d{4}$/, 'must be the last 4 digits of the card').optional(),
  brand: z.string().toLowerCase().pipe(z.enum(brands, `must be one of ${brands.join(', ')}`)).optional(),
  exp_month: z.coerce.number().int().min(1).max(12).optional(),
  // Customers read the year off the card: `27` means 2027.
  exp_year: z.coerce.number().int().min(0).max(2100).transform((year) => (year < 100 ? 2000 + year : year)).optional(),
  account_id: accountId.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type AccountSearchQuery = z.infer<typeof accountSearchQuerySchema>;

export function parseAccountSearchQuery(query: unknown): AccountSearchQuery {
  const parsed = validate(accountSearchQuerySchema, query, 'query');
  if (!parsed.email && !parsed.phone && !parsed.last4 && !parsed.account_id) {
    throw new AppError('validation_failed', 'Search needs at least one of email, phone, last4 or account_id, e.g. ?email=ada@example.com.', {
      errors: [{ field: 'query', message: 'give email, phone, last4 or account_id' }],
    });
  }
  const cardNarrowing = (['brand', 'exp_month', 'exp_year'] as const).filter((key) => parsed[key] !== undefined);
  if (!parsed.last4 && cardNarrowing.length > 0) {
    throw new AppError('validation_failed', `${cardNarrowing.join(', ')} narrow a card search: give last4 too.`, {
      errors: cardNarrowing.map((field) => ({ field, message: 'needs last4' })),
    });
  }
  return parsed;
}

export const auditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: text(40).optional(),
  account_id: accountId.optional(),
  actor: text(255).optional(),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const parseAuditQuery = (query: unknown): AuditQuery => validate(auditQuerySchema, query, 'query');

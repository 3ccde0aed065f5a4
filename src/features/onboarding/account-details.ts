import { z } from 'zod';
import { isSupportedCountry } from '../accounts/countries.js';
import { isKnownIndustry } from '../reference/industries.js';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

const address = z.strictObject({
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  region: text(100).optional(),
  postal_code: text(20).optional(),
  country: z.string().refine(isSupportedCountry, 'must be an ISO 3166 alpha-2 country code').transform((code) => code.toUpperCase()),
});

const industry = z.string().refine(isKnownIndustry, 'must be one of GET /v1/reference/industries');

export const accountDetailsSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('individual'), name: text(200), address, industry }),
  z.strictObject({
    type: z.literal('enterprise'),
    enterprise_name: text(200),
    address,
    contact_name: text(200),
    contact_position: text(100),
    industry,
    currency: z.string().length(3, 'must be an ISO 4217 code'),
  }),
]);

export type AccountDetails = z.infer<typeof accountDetailsSchema>;

import { normalizePhoneForSearch, parseMobileNumber } from '../../onboarding/rules/parse-mobile-number.js';

/**
 * The E.164 numbers a phone number quoted to support may stand for. A number written
 * internationally (`+56 9 6123 4567`, `0056…`, or digits that read as a country code) has one
 * reading; a number without `+` or `00` may also be national (`(201) 555-0123`, `09 6123 4567`), so
 * it is also read in each country that accounts are registered in. Mobiles are stored as verified
 * E.164, so every reading is a candidate and the database picks the ones that exist.
 */
export function phoneSearchCandidates(input: string, accountCountries: readonly string[]): string[] {
  const candidates = new Set<string>();
  const international = normalizePhoneForSearch(input);
  if (international) candidates.add(international);
  if (mayBeNational(input)) {
    for (const country of accountCountries) {
      const national = parseMobileNumber(input, country);
      if (national.ok) candidates.add(national.e164);
    }
  }
  return [...candidates];
}

/** Only a number without `+` or `00` can be national, and only those need the account countries. */
export const mayBeNational = (input: string) => !/^\s*(\+|00)/.test(input);

/**
 * Mobile numbers for the SMS step, parsed with libphonenumber's `max` metadata: the `min` build
 * only knows lengths and cannot tell a mobile range from a fixed-line one.
 */
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
  type PhoneNumberType,
} from 'libphonenumber-js/max';

export type MobileNumberError = 'invalid_phone' | 'phone_region_mismatch' | 'phone_not_mobile';
export type ParsedMobileNumber = { ok: true; e164: string } | { ok: false; code: MobileNumberError };

// FIXED_LINE_OR_MOBILE is what the metadata says where the numbering plan itself cannot tell the
// two apart (US, CA, MX, and CL, where numbers port freely between fixed and mobile, so even a
// Santiago `2 2…` number may be a mobile): refusing it would refuse every mobile number there.
// The SMS code, not this rule, proves that a number receives texts.
const SMS_CAPABLE_TYPES: ReadonlySet<PhoneNumberType> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * `input` is E.164 (`+56 9 6123 4567`) or national (`9 6123 4567`, read in the account's country).
 * The number must belong to the account's country itself, not merely share its calling code:
 * a Jersey mobile (+44 7797…) does not serve a GB account, nor a Kazakh one (+7 701…) a Russian one.
 */
export function parseMobileNumber(input: string, accountCountry: string): ParsedMobileNumber {
  const country = accountCountry.toUpperCase();
  const phone = parseStrictly(input, isSupportedCountry(country) ? country : undefined);
  // An extension reaches a desk phone behind a switchboard, never an SMS inbox.
  if (!phone || phone.ext) return { ok: false, code: 'invalid_phone' };
  if (phone.country !== country) return { ok: false, code: 'phone_region_mismatch' };
  const type = phone.getType();
  if (!type || !SMS_CAPABLE_TYPES.has(type)) return { ok: false, code: 'phone_not_mobile' };
  return { ok: true, e164: phone.number };
}

/**
 * The E.164 form of a number as a customer might quote it to support: `+56 9 6123 4567`,
 * `0056-9-6123-4567`, `(56) 961234567`, `56961234567`. Without an account there is no default
 * country, so a number is always read as international (a leading `00` or no prefix at all count
 * as `+`); a national number (`09 6123 4567`) gives `undefined`, as does anything that is not a
 * valid number of some country.
 */
export function normalizePhoneForSearch(input: string): string | undefined {
  // `(0)` is the trunk prefix people write inside an international number: `+44 (0)20 7946 0958`.
  const compact = input.replace(/\(0\)/g, '').replace(/[\s\-().\u00a0]/g, '');
  const digits = /^(?:\+|00)?(\d{6,15})$/.exec(compact)?.[1];
  if (!digits) return undefined;
  return parseStrictly(`+${digits}`)?.number;
}

function parseStrictly(input: string, defaultCountry?: CountryCode): PhoneNumber | undefined {
  // `extract: false`: the whole input must be the number, not text that happens to contain one.
  const phone = parsePhoneNumberFromString(input, { defaultCountry, extract: false });
  if (!phone) return undefined;
  if (phone.isValid()) return phone;
  return withoutLegacyMexicanMobilePrefix(phone);
}

/**
 * Mexico dropped the `1` after +52 for mobiles in 2019 and libphonenumber now calls
 * `+52 1 55 1234 5678` invalid, but messaging apps still show numbers that way, so customers copy
 * them. An 11-digit national number starting with 1 is otherwise never valid in Mexico.
 */
function withoutLegacyMexicanMobilePrefix(phone: PhoneNumber): PhoneNumber | undefined {
  if (phone.countryCallingCode !== '52' || !/^1\d{10}$/.test(phone.nationalNumber)) return undefined;
  const modern = parsePhoneNumberFromString(`+52${phone.nationalNumber.slice(1)}`, { extract: false });
  return modern?.isValid() ? modern : undefined;
}

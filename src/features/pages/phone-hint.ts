import examples from 'libphonenumber-js/mobile/examples';
import { getCountryCallingCode, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import { isSupportedCountry } from '../accounts/countries.js';

export interface PhoneHint {
  country: string;
  calling_code: string;
  /** A sample mobile number of the country, in national format, for the field's hint. */
  example: string | null;
}

// libphonenumber's example for Chile is a Santiago landline (Chilean numbers are typed
// FIXED_LINE_OR_MOBILE); people know mobiles by their leading 9.
const mobileExamples: Record<string, string> = { CL: '9 6123 4567' };

/** What the mobile-number field shows for an account's country: its calling code and a sample. */
export function phoneHint(country: string): PhoneHint | undefined {
  const code = country.toUpperCase();
  if (!isSupportedCountry(code)) return undefined;
  const example = getExampleNumber(code as CountryCode, examples);
  return { country: code, calling_code: `+${getCountryCallingCode(code as CountryCode)}`, example: mobileExamples[code] ?? example?.formatNational() ?? null };
}

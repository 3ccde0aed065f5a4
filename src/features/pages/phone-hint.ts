import examples from 'libphonenumber-js/mobile/examples';
import { getCountryCallingCode, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import { isSupportedCountry } from '../accounts/countries.js';

export interface PhoneHint {
  country: string;
  calling_code: string;
  /** A sample mobile number of the country, in national format, for the field's hint. */
  example: string | null;
}

/** What the mobile-number field shows for an account's country: its calling code and a sample. */
export function phoneHint(country: string): PhoneHint | undefined {
  const code = country.toUpperCase();
  if (!isSupportedCountry(code)) return undefined;
  const example = getExampleNumber(code as CountryCode, examples);
  return { country: code, calling_code: `+${getCountryCallingCode(code as CountryCode)}`, example: example?.formatNational() ?? null };
}

import { getCountries } from 'libphonenumber-js/max';

// ISO 3166-1 alpha-2 codes we can also check mobile numbers for. libphonenumber lists a few
// telephone-only regions (Ascension, Tristan da Cunha, Kosovo's user-assigned XK) that are not
// ISO 3166 countries; leave them out.
const notIsoCountries = new Set(['AC', 'TA', 'XK']);
const supportedCountries = new Set<string>(getCountries().filter((code) => !notIsoCountries.has(code)));

export const isSupportedCountry = (code: string) => supportedCountries.has(code.toUpperCase());

/** Every country an account can be registered in (the registration form's list). */
export const supportedCountryCodes = (): string[] => [...supportedCountries].sort();

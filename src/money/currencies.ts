import { TOPUP_AMOUNTS } from './topup-amounts.js';

/**
 * The currencies an account can hold. Every amount in the service is an integer in the currency's
 * minor unit: 100 USD is $1.00, while JPY and CLP have no minor unit, so 150 JPY is ¥150.
 */
export interface Currency {
  code: string;
  name: string;
  /** ISO 4217 minor-unit exponent: 2 for cents, 0 for JPY and CLP. */
  decimals: number;
  /** The card verification hold: about 1.00 USD, as a round local amount a customer recognises on
   * a statement. Chosen once from rough exchange rates, not tracked against them. */
  verificationAmount: number;
  /** The smallest charge Stripe accepts, from "Minimum and maximum charge amounts" at
   * docs.stripe.com/currencies. Stripe applies it in the settlement currency after conversion, so
   * this is the presentment-side equivalent; it is what keeps holds and charges from bouncing. */
  minimumChargeAmount: number;
}

const CURRENCIES: readonly Currency[] = [
  { code: 'USD', name: 'US dollar', decimals: 2, verificationAmount: 100, minimumChargeAmount: 50 },
  { code: 'EUR', name: 'Euro', decimals: 2, verificationAmount: 100, minimumChargeAmount: 50 },
  { code: 'GBP', name: 'Pound sterling', decimals: 2, verificationAmount: 100, minimumChargeAmount: 30 },
  { code: 'CAD', name: 'Canadian dollar', decimals: 2, verificationAmount: 150, minimumChargeAmount: 50 },
  { code: 'AUD', name: 'Australian dollar', decimals: 2, verificationAmount: 150, minimumChargeAmount: 50 },
  { code: 'NZD', name: 'New Zealand dollar', decimals: 2, verificationAmount: 150, minimumChargeAmount: 50 },
  { code: 'CHF', name: 'Swiss franc', decimals: 2, verificationAmount: 100, minimumChargeAmount: 50 },
  { code: 'SEK', name: 'Swedish krona', decimals: 2, verificationAmount: 1000, minimumChargeAmount: 300 },
  { code: 'NOK', name: 'Norwegian krone', decimals: 2, verificationAmount: 1000, minimumChargeAmount: 300 },
  { code: 'DKK', name: 'Danish krone', decimals: 2, verificationAmount: 500, minimumChargeAmount: 250 },
  { code: 'PLN', name: 'Polish złoty', decimals: 2, verificationAmount: 400, minimumChargeAmount: 200 },
  { code: 'JPY', name: 'Japanese yen', decimals: 0, verificationAmount: 150, minimumChargeAmount: 50 },
  // Stripe lists no CLP minimum; its rule for unlisted currencies is the equivalent of 0.50 USD,
  // which is roughly 475 CLP, rounded up here.
  { code: 'CLP', name: 'Chilean peso', decimals: 0, verificationAmount: 1000, minimumChargeAmount: 500 },
  { code: 'MXN', name: 'Mexican peso', decimals: 2, verificationAmount: 2000, minimumChargeAmount: 1000 },
  { code: 'BRL', name: 'Brazilian real', decimals: 2, verificationAmount: 500, minimumChargeAmount: 50 },
  { code: 'INR', name: 'Indian rupee', decimals: 2, verificationAmount: 10000, minimumChargeAmount: 50 },
];

const BY_CODE = new Map(CURRENCIES.map((currency) => [currency.code, currency]));

// Where a country's own currency is not one we support, the account starts in USD.
const FALLBACK_CURRENCY = 'USD';
const COUNTRIES_BY_CURRENCY: Record<string, readonly string[]> = {
  // The euro area (Bulgaria since 1 January 2026), the states that use the euro by agreement or
  // unilaterally, and the French overseas regions that are part of the EU.
  EUR: [
    'AT', 'BE', 'BG', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT',
    'NL', 'PT', 'SI', 'SK', 'AD', 'MC', 'SM', 'VA', 'ME', 'XK', 'AX', 'GF', 'GP', 'MQ', 'RE', 'YT',
    'BL', 'MF', 'PM',
  ],
  GBP: ['GB', 'GG', 'JE', 'IM'],
  USD: ['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'EC', 'SV'],
  CAD: ['CA'],
  AUD: ['AU', 'CX', 'CC', 'NF'],
  NZD: ['NZ', 'CK', 'NU'],
  CHF: ['CH', 'LI'],
  SEK: ['SE'],
  NOK: ['NO', 'SJ'],
  DKK: ['DK', 'GL', 'FO'],
  PLN: ['PL'],
  JPY: ['JP'],
  CLP: ['CL'],
  MXN: ['MX'],
  BRL: ['BR'],
  INR: ['IN'],
};
const CURRENCY_BY_COUNTRY = new Map(
  Object.entries(COUNTRIES_BY_CURRENCY).flatMap(([currency, countries]) =>
    countries.map((country) => [country, currency] as const),
  ),
);

/** Currency codes are accepted in either case and answered in upper case. */
export const normalizeCurrency = (code: string): string => code.toUpperCase();

export const isSupportedCurrency = (code: string): boolean => BY_CODE.has(normalizeCurrency(code));

export const findCurrency = (code: string): Currency | undefined => BY_CODE.get(normalizeCurrency(code));

export const verificationAmount = (currency: string): number | undefined => findCurrency(currency)?.verificationAmount;

export const minimumChargeAmount = (currency: string): number | undefined => findCurrency(currency)?.minimumChargeAmount;

/** The default currency of an account registered in `country` (ISO 3166-1 alpha-2). */
export const currencyForCountry = (country: string): string =>
  CURRENCY_BY_COUNTRY.get(country.toUpperCase()) ?? FALLBACK_CURRENCY;

/** `GET /v1/reference/currencies`, in the public API's snake_case. */
export function supportedCurrencies(): Array<{
  code: string;
  name: string;
  decimals: number;
  verification_amount: number;
  minimum_charge_amount: number;
  topup_min_amount: number;
  topup_max_amount: number;
  topup_presets: number[];
}> {
  return CURRENCIES.map((currency) => ({
    code: currency.code,
    name: currency.name,
    decimals: currency.decimals,
    verification_amount: currency.verificationAmount,
    minimum_charge_amount: currency.minimumChargeAmount,
    topup_min_amount: TOPUP_AMOUNTS[currency.code]!.min,
    topup_max_amount: TOPUP_AMOUNTS[currency.code]!.max,
    topup_presets: [...TOPUP_AMOUNTS[currency.code]!.presets],
  }));
}

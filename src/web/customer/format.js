import { locale } from './i18n.js';

// One formatter per kind of value, so a card, an amount or a date reads the same on every view,
// in the browser's locale and time zone.

/** Minor units as a person reads them, with the currency's own decimals. */
export function money(amount, currency, decimals = 2) {
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(amount / 10 ** decimals);
  } catch {
    return `${(amount / 10 ** decimals).toFixed(decimals)} ${currency}`;
  }
}

/** A plain number in the locale's separators (an amount typed without its currency). */
export const number = (value, decimals = 0) => new Intl.NumberFormat(locale(), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

/** A moment in the browser's time zone, with the zone's name so nobody guesses. */
export const dateTime = (value) =>
  new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(value));

/** A card's expiry as it is printed on the card: 04/2032. */
export const expiry = (month, year) => `${String(month).padStart(2, '0')}/${year}`;

export { brandName as brand } from '../shared/brands.js';

/** An E.164 number in groups a person reads back: +1 650 253 0000, +56 9 6123 4567. */
export function phone(e164) {
  const value = String(e164 ?? '');
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(value);
  if (us) return `+1 ${us[1]} ${us[2]} ${us[3]}`;
  const cl = /^\+56(9)(\d{4})(\d{4})$/.exec(value);
  if (cl) return `+56 ${cl[1]} ${cl[2]} ${cl[3]}`;
  return value;
}

/** A receipt number in groups of four digits from the end (TU-01 2345 6789), to read out on the phone. */
export function receipt(value) {
  const match = /^([A-Z]+-)(\d+)$/.exec(String(value ?? ''));
  if (!match) return String(value ?? '');
  return match[1] + match[2].replace(/\B(?=(\d{4})+$)/g, ' ');
}
